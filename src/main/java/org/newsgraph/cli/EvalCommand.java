package org.newsgraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newsgraph.Pipeline;
import org.newsgraph.eval.Gold;
import org.newsgraph.eval.Scorer;
import org.newsgraph.extract.Extraction;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.Inputs;
import org.newsgraph.rdf.Iris;
import org.newsgraph.statements.ReportRefs;
import org.newsgraph.statements.StatementClusterer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kg eval}: extraction quality against gold annotations. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Extracts INPUT and scores it against the gold files in --gold (one JSON file per article, "
                + "matched by source_file): precision, recall and F1 of persons, organisations, places, treaties, "
                + "quotes, speaker attribution, Wikidata links and article metadata.")
public final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--gold", paramLabel = "DIR", required = true, description = "Directory of gold JSON files.")
    Path gold;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "The annotated articles.")
    List<String> inputs;

    @Mixin
    LinkingOptions linking;

    @Option(names = "--json", description = "Print the scores as JSON.")
    boolean json;

    @Option(names = "--misses", description = "Also list every miss and spurious find.")
    boolean misses;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Map<String, Gold> golds = new HashMap<>();
        try (Stream<Path> files = Files.list(gold)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                Gold g = Gold.read(f);
                golds.put(g.sourceFile(), g);
            }
        }
        Pipeline pipeline = linking.pipelines().get();
        Scorer scorer = new Scorer();
        Inputs in = new Inputs();
        int[] scored = {0};
        List<Gold> scoredGolds = new ArrayList<>();
        Map<String, Extraction> extractions = new LinkedHashMap<>();
        for (Path f : in.files(inputs, p -> err.println("skipped " + p))) {
            in.read(f, (Article a) -> {
                Gold g = golds.get(a.source());
                if (g == null) {
                    err.println("no gold file for " + a.source());
                    return;
                }
                var x = pipeline.process(a);
                scorer.add(g, x);
                scoredGolds.add(g);
                extractions.put(a.source(), x);
                scored[0]++;
            }, p -> err.println("skipped " + p));
        }
        Iris iris = new Iris();
        var statements = new StatementClusterer().cluster(ReportRefs.of(new ArrayList<>(extractions.values()), iris));
        scorer.addStatements(scoredGolds, extractions, statements, (src, q) -> iris.report(src, q.start(), q.end()).getURI());
        if (json) {
            ObjectMapper m = new ObjectMapper();
            ObjectNode root = m.createObjectNode();
            root.put("articles", scored[0]);
            root.put("anonymous_quotes_given_a_name", scorer.anonymousNamed());
            scorer.counts().forEach((k, c) -> {
                ObjectNode n = root.putObject(k);
                n.put("precision", round(c.precision()));
                n.put("recall", round(c.recall()));
                n.put("f1", round(c.f1()));
                n.put("gold", c.gold);
                n.put("predicted", c.predicted);
            });
            out.println(m.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        } else {
            out.printf("%d articles scored against %s%n", scored[0], gold);
            out.printf("%-22s %9s %9s %9s %6s %9s%n", "measure", "precision", "recall", "F1", "gold", "predicted");
            scorer.counts().forEach((k, c) -> out.printf("%-22s %9.3f %9.3f %9.3f %6d %9d%n", k, c.precision(), c.recall(), c.f1(), c.gold, c.predicted));
            out.printf("unnamed sources' quotes given a name: %d%n", scorer.anonymousNamed());
        }
        if (misses) scorer.misses().forEach(out::println);
        out.flush();
        return scored[0] == 0 ? KgCommand.SOME_FAILED : 0;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
