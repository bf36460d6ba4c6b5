package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.newsgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kg link --report}: what the knowledge base does not know yet. */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = "Reports on linking: --report lists the entities that are not linked to Wikidata, most mentioned first, for curation.")
public final class LinkCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--report", required = true, description = "List unlinked entities by number of mentions.")
    boolean report;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most N rows (default: ${DEFAULT-VALUE}).")
    int limit;

    static final String UNLINKED = """
            PREFIX ng: <https://w3id.org/newsgraph/ontology#>
            PREFIX schema: <https://schema.org/>
            SELECT ?type ?name (COUNT(DISTINCT ?m) AS ?mentions) (COUNT(DISTINCT ?a) AS ?articles)
            WHERE {
              ?m a ng:Mention ; ng:refersTo ?e ; ng:inArticle ?a .
              ?e a ?class ; schema:name ?name .
              VALUES (?class ?type) { (schema:Person "Person") (schema:Organization "Organization") (schema:Place "Place") (ng:Treaty "Treaty") }
              FILTER NOT EXISTS { ?e ng:wikidataId ?q }
            }
            GROUP BY ?type ?name
            ORDER BY DESC(?mentions) ?name
            """;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (TdbStore s = TdbStore.open(store.existing())) {
            Txn.executeRead(s.dataset(), () -> {
                out.printf("%8s %8s  %-12s %s%n", "mentions", "articles", "type", "name");
                try (QueryExecution qe = QueryExecution.create(UNLINKED + " LIMIT " + limit, s.dataset())) {
                    var rs = qe.execSelect();
                    while (rs.hasNext()) {
                        QuerySolution r = rs.next();
                        out.printf("%8d %8d  %-12s %s%n", r.getLiteral("mentions").getLong(), r.getLiteral("articles").getLong(),
                                r.getLiteral("type").getString(), r.getLiteral("name").getString());
                    }
                }
            });
        }
        out.flush();
        return 0;
    }
}
