package org.newsgraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.newsgraph.csv.SpreadsheetCsv;
import org.newsgraph.store.TdbStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kg query}: SPARQL against the store, without a server, or against a running server's endpoint. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Runs a SPARQL query (a .rq file or --query TEXT) against the store, or with --endpoint against "
                + "a running server (kg up / kg serve hold the store's lock), and prints the result.")
public final class QueryCommand implements Callable<Integer> {
    enum Format { table, csv, tsv, json }

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Parameters(paramLabel = "FILE.rq", description = "File holding the query.")
        Path file;

        @Option(names = "--query", paramLabel = "TEXT", description = "The query itself.")
        String text;
    }

    @Mixin
    EndpointOption endpoint;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws IOException {
        String q = source.text != null ? source.text : Files.readString(source.file, StandardCharsets.UTF_8);
        Query query = QueryFactory.create(q);
        PrintWriter out = spec.commandLine().getOut();
        if (endpoint.given()) {
            String url = endpoint.url(spec);
            try (QueryExecution qe = org.apache.jena.sparql.exec.http.QueryExecutionHTTP.service(url).query(query).build()) {
                out.print(run(query, qe));
            } catch (org.apache.jena.atlas.web.HttpException e) {
                throw new IllegalStateException("the endpoint " + url + " answered: "
                        + (e.getStatusCode() > 0 ? e.getStatusCode() + " " : "") + firstLine(e), e);
            }
            out.flush();
            return 0;
        }
        try (TdbStore s = TdbStore.open(store.existing())) {
            String result = Txn.calculateRead(s.dataset(), () -> {
                try (QueryExecution qe = QueryExecution.create(query, s.dataset())) {
                    return run(query, qe);
                }
            });
            out.print(result);
        }
        out.flush();
        return 0;
    }

    /** Runs the query and writes its result in the chosen format. */
    private String run(Query query, QueryExecution qe) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        if (query.isSelectType()) {
            ResultSet rs = qe.execSelect();
            switch (format) {
                case csv -> csv(buf, rs);
                case tsv -> ResultSetFormatter.outputAsTSV(buf, rs);
                case json -> ResultSetFormatter.outputAsJSON(buf, rs);
                default -> ResultSetFormatter.out(buf, rs, query.getPrologue());
            }
        } else if (query.isAskType()) {
            buf.writeBytes((qe.execAsk() + "\n").getBytes(StandardCharsets.UTF_8));
        } else if (query.isConstructType() || query.isDescribeType()) {
            var m = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
            RDFDataMgr.write(buf, m, format == Format.json ? Lang.JSONLD : Lang.TURTLE);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    /** SPARQL results as CSV for a spreadsheet: values as SPARQL's CSV writes them, no cell a formula. */
    private static void csv(ByteArrayOutputStream buf, ResultSet rs) {
        java.io.StringWriter w = new java.io.StringWriter();
        try (SpreadsheetCsv out = new SpreadsheetCsv(w, rs.getResultVars())) {
            while (rs.hasNext()) {
                var b = rs.nextBinding();
                java.util.List<String> row = new java.util.ArrayList<>();
                for (String v : rs.getResultVars()) {
                    org.apache.jena.graph.Node n = b.get(org.apache.jena.sparql.core.Var.alloc(v));
                    row.add(n == null ? "" : n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : n.isBlank() ? "_:" + n.getBlankNodeLabel() : n.toString());
                }
                out.row(row);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        buf.writeBytes(w.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String firstLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m);
    }
}
