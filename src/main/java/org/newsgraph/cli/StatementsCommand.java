package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.newsgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kg statements}: what each speaker said, how many outlets reported it, and how the reports differ. */
@Command(name = "statements", mixinStandardHelpOptions = true,
        description = "Lists statements (one per utterance) with speaker, date, number of articles reporting it and "
                + "how far the reports diverge (flagged with !), most reported first.")
public final class StatementsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--speaker", paramLabel = "NAME", description = "Only statements of speakers whose name contains NAME.")
    String speaker;

    static final String QUERY = """
            PREFIX ng: <https://w3id.org/newsgraph/ontology#>
            PREFIX schema: <https://schema.org/>
            SELECT ?st ?name ?date ?articles ?divergence ?divergent (SAMPLE(?t) AS ?text)
            WHERE {
              ?st a ng:Statement ; ng:speaker ?who ; ng:articleCount ?articles ; ng:divergence ?divergence ; ng:divergent ?divergent .
              ?who schema:name ?name .
              OPTIONAL { ?st ng:utteranceDate ?date }
              ?r ng:reportOf ?st ; schema:text ?t .
              #FILTER
            }
            GROUP BY ?st ?name ?date ?articles ?divergence ?divergent
            ORDER BY DESC(?articles) ?name ?date
            """;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ParameterizedSparqlString q = new ParameterizedSparqlString(
                QUERY.replace("#FILTER", speaker == null ? "" : "FILTER(CONTAINS(LCASE(?name), LCASE(?filter)))"));
        if (speaker != null) q.setLiteral("filter", speaker);
        try (TdbStore s = TdbStore.open(store.existing())) {
            Txn.executeRead(s.dataset(), () -> {
                out.printf("%-22s %-10s %8s %10s  %s%n", "speaker", "date", "articles", "divergence", "words (one report)");
                try (QueryExecution qe = QueryExecution.create(q.asQuery(), s.dataset())) {
                    var rs = qe.execSelect();
                    while (rs.hasNext()) {
                        QuerySolution r = rs.next();
                        String text = r.getLiteral("text").getString().replaceAll("\\s+", " ");
                        if (text.length() > 70) text = text.substring(0, 67) + "...";
                        out.printf(Locale.ROOT, "%-22s %-10s %8d %9.2f%s  %s%n", r.getLiteral("name").getString(),
                                r.contains("date") ? r.getLiteral("date").getLexicalForm() : "-", r.getLiteral("articles").getInt(),
                                r.getLiteral("divergence").getDouble(), r.getLiteral("divergent").getBoolean() ? "!" : " ", text);
                    }
                }
            });
        }
        out.flush();
        return 0;
    }
}
