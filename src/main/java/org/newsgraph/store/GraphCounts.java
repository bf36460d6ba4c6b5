package org.newsgraph.store;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/** What a store holds, counted: the figures of {@code kg stats} and of the home page. */
public final class GraphCounts {
    private GraphCounts() {}

    private static final String P = "PREFIX ng: <https://w3id.org/newsgraph/ontology#> PREFIX schema: <https://schema.org/> ";

    /** Each count's name and the pattern whose distinct ?x it counts. */
    static final Map<String, String> PATTERNS = new LinkedHashMap<>();

    static {
        PATTERNS.put("articles", "?x a schema:NewsArticle");
        PATTERNS.put("persons", "?x a schema:Person");
        PATTERNS.put("organizations", "?x a schema:Organization ; ^schema:mentions ?a");
        PATTERNS.put("places", "?x a schema:Place");
        PATTERNS.put("treaties", "?x a ng:Treaty");
        PATTERNS.put("quotes", "?x a ng:Report");
        PATTERNS.put("statements", "?x a ng:Statement");
        PATTERNS.put("wikidata links", "?x ng:wikidataId ?q");
    }

    /** The counts, in a stable order; with {@code quads} the number of quads in all named graphs last. */
    public static Map<String, Long> of(DatasetGraph dsg, boolean quads) {
        return Txn.calculateRead(dsg, () -> counts(q -> QueryExecution.create(P + q, DatasetFactory.wrap(dsg)), quads));
    }

    /** The same counts, asked of a running server's SPARQL endpoint. */
    public static Map<String, Long> of(String endpoint, boolean quads) {
        return counts(q -> org.apache.jena.sparql.exec.http.QueryExecutionHTTP.service(endpoint).query(P + q).build(), quads);
    }

    private static Map<String, Long> counts(java.util.function.Function<String, QueryExecution> exec, boolean quads) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (var e : PATTERNS.entrySet()) out.put(e.getKey(), count(exec, "SELECT (COUNT(DISTINCT ?x) AS ?n) { " + e.getValue() + " }"));
        if (quads) out.put("quads", count(exec, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"));
        return out;
    }

    private static long count(java.util.function.Function<String, QueryExecution> exec, String q) {
        try (QueryExecution qe = exec.apply(q)) {
            return qe.execSelect().next().getLiteral("n").getLong();
        }
    }
}
