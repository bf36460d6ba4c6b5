package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.newsgraph.csv.SpreadsheetCsv;
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

    @Mixin
    EndpointOption endpoint;

    @Option(names = "--speaker", paramLabel = "NAME", description = "Only statements of speakers whose name contains NAME.")
    String speaker;

    enum Format { table, csv }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (for reading; long words are cut) or csv (every field whole, for spreadsheets) (default: ${DEFAULT-VALUE}).")
    Format format;

    static final String QUERY = """
            PREFIX ng: <https://w3id.org/newsgraph/ontology#>
            PREFIX schema: <https://schema.org/>
            SELECT ?st ?name ?date ?articles ?divergence ?divergent (SAMPLE(?t) AS ?text)
                   (GROUP_CONCAT(DISTINCT ?outlet; separator="; ") AS ?outlets)
            WHERE {
              ?st a ng:Statement ; ng:speaker ?who ; ng:articleCount ?articles ; ng:divergence ?divergence ; ng:divergent ?divergent .
              ?who schema:name ?name .
              OPTIONAL { ?st ng:utteranceDate ?date }
              ?r ng:reportOf ?st ; schema:text ?t ; ng:inArticle ?article .
              OPTIONAL { ?article schema:publisher/schema:name ?publisher }
              OPTIONAL { ?article ng:sourceFile ?source }
              BIND(COALESCE(?publisher, ?source, "") AS ?outlet)
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
        if (endpoint.given()) {
            try (QueryExecution qe = org.apache.jena.sparql.exec.http.QueryExecutionHTTP.service(endpoint.url(spec)).query(q.asQuery()).build()) {
                print(out, qe.execSelect());
            }
        } else {
            try (TdbStore s = TdbStore.open(store.existing())) {
                Txn.executeRead(s.dataset(), () -> {
                    try (QueryExecution qe = QueryExecution.create(q.asQuery(), s.dataset())) {
                        print(out, qe.execSelect());
                    }
                });
            }
        }
        out.flush();
        return 0;
    }

    private void print(PrintWriter out, org.apache.jena.query.ResultSet rs) {
        if (format == Format.csv) {
            csv(out, rs);
            return;
        }
        out.printf("%-22s %-10s %8s %10s  %-24s  %s%n", "speaker", "date", "articles", "divergence", "outlets", "words (one report)");
        while (rs.hasNext()) {
            QuerySolution r = rs.next();
            out.printf(Locale.ROOT, "%-22s %-10s %8d %9.2f%s  %-24s  %s%n", r.getLiteral("name").getString(),
                    date(r), r.getLiteral("articles").getInt(), r.getLiteral("divergence").getDouble(),
                    r.getLiteral("divergent").getBoolean() ? "!" : " ", cut(r.getLiteral("outlets").getString(), 24),
                    cut(r.getLiteral("text").getString(), 70));
        }
    }

    private static void csv(PrintWriter out, org.apache.jena.query.ResultSet rs) {
        try {
            SpreadsheetCsv printer = new SpreadsheetCsv(out, List.of("statement", "speaker", "date", "articles", "divergence", "divergent", "outlets", "words"));
            while (rs.hasNext()) {
                QuerySolution r = rs.next();
                printer.row(List.of(r.getResource("st").getURI(), r.getLiteral("name").getString(), r.contains("date") ? date(r) : "",
                        r.getLiteral("articles").getInt(), String.format(Locale.ROOT, "%.3f", r.getLiteral("divergence").getDouble()),
                        r.getLiteral("divergent").getBoolean(), r.getLiteral("outlets").getString(), r.getLiteral("text").getString()));
            }
            printer.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String date(QuerySolution r) {
        return r.contains("date") ? r.getLiteral("date").getLexicalForm() : "-";
    }

    private static String cut(String text, int width) {
        String t = text.replaceAll("\\s+", " ");
        return t.length() > width ? t.substring(0, width - 3) + "..." : t;
    }
}
