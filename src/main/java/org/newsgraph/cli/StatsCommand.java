package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.newsgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kg stats}: what the store holds. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Counts articles, entities by type, quotes, statements, Wikidata links and quads.")
public final class StatsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    private static final String P = "PREFIX ng: <https://w3id.org/newsgraph/ontology#> PREFIX schema: <https://schema.org/> ";

    static final Map<String, String> COUNTS = new LinkedHashMap<>();

    static {
        COUNTS.put("articles", "SELECT (COUNT(DISTINCT ?x) AS ?n) { ?x a schema:NewsArticle }");
        COUNTS.put("persons", "SELECT (COUNT(DISTINCT ?x) AS ?n) { ?x a schema:Person }");
        COUNTS.put("organizations", "SELECT (COUNT(DISTINCT ?x) AS ?n) { ?x a schema:Organization ; ^schema:mentions ?a }");
        COUNTS.put("places", "SELECT (COUNT(DISTINCT ?x) AS ?n) { ?x a schema:Place }");
        COUNTS.put("treaties", "SELECT (COUNT(DISTINCT ?x) AS ?n) { ?x a ng:Treaty }");
        COUNTS.put("quotes", "SELECT (COUNT(DISTINCT ?x) AS ?n) { ?x a ng:Report }");
        COUNTS.put("statements", "SELECT (COUNT(DISTINCT ?x) AS ?n) { ?x a ng:Statement }");
        COUNTS.put("wikidata links", "SELECT (COUNT(DISTINCT ?x) AS ?n) { ?x ng:wikidataId ?q }");
        COUNTS.put("quads", "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (TdbStore s = TdbStore.open(store.existing())) {
            Txn.executeRead(s.dataset(), () -> {
                for (var e : COUNTS.entrySet()) {
                    try (QueryExecution qe = QueryExecution.create(P + e.getValue(), s.dataset())) {
                        long n = qe.execSelect().next().getLiteral("n").getLong();
                        out.printf("%-16s %d%n", e.getKey(), n);
                    }
                }
            });
        }
        out.flush();
        return 0;
    }
}
