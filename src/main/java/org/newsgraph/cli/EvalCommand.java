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
import org.newsgraph.eval.Split;
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

    @Option(names = "--gold", paramLabel = "DIR", description = "Directory of gold JSON files.")
    Path gold;

    @Option(names = "--truth", paramLabel = "FILE", description = "Instead of --gold: the ground truth of an article-body "
            + "benchmark ({ID: {\"articleBody\": ...}}, as the ScrapingHub article-extraction benchmark gives it); INPUT "
            + "are the pages, ID.html. Scores the body each page yields as the benchmark scores it (shingle F1).")
    Path truth;

    @Option(names = "--coref", description = "The gold files are coreference chains (corpora/coref): score how the "
            + "resolver resolves each third-person pronoun of a named person.")
    boolean coref;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "The annotated articles.")
    List<String> inputs;

    @Mixin
    LinkingOptions linking;

    @Option(names = "--json", description = "Print the scores as JSON.")
    boolean json;

    @Option(names = "--misses", description = "Also list every error, grouped by kind (missed, spurious, wrong type, "
            + "wrong boundary, wrong speaker, ...), the most frequent kind first.")
    boolean misses;

    @Option(names = "--split", paramLabel = "SPLIT", defaultValue = "all",
            description = "Score only the articles of this split of the annotated corpora: dev, train, tune (the part of training set aside for tuning) or all "
                    + "(default: ${DEFAULT-VALUE}). The development split is fixed by file name; training never reads it.")
    String split;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if ((gold == null) == (truth == null)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give --gold DIR (annotated articles) or --truth FILE (page bodies)");
        }
        if (truth != null) return new PageBodyEval(truth, inputs, misses, json).run(out, err);
        Split wanted = switch (split.toLowerCase(java.util.Locale.ROOT)) {
            case "dev", "development" -> Split.DEV;
            case "train" -> Split.TRAIN;
            case "tune" -> Split.TUNE;
            case "all" -> Split.ALL;
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--split: dev, train, tune or all, not " + split);
        };
        if (coref) return new CorefEval(gold, inputs, wanted, misses).run(linking.pipelines().get(), out, err);
        Map<String, Gold> golds = new HashMap<>();
        try (Stream<Path> files = Files.list(gold)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                Gold g = Gold.read(f);
                golds.put(g.sourceFile(), g);
            }
        }
        golds.values().removeIf(g -> !wanted.includes(Split.of(g)));
        Pipeline pipeline = linking.pipelines().get();
        Scorer scorer = new Scorer();
        Inputs in = new Inputs();
        int[] scored = {0};
        List<Gold> scoredGolds = new ArrayList<>();
        Map<String, Extraction> extractions = new LinkedHashMap<>();
        for (Inputs.InputFile f : in.files(inputs, p -> err.println(p.line()))) {
            in.read(f, (Article a) -> {
                Gold g = golds.get(a.source());
                if (g == null) {
                    if (wanted == Split.ALL) err.println("no gold file for " + a.source());
                    return;
                }
                var x = pipeline.process(a);
                scorer.add(g, x);
                scoredGolds.add(g);
                extractions.put(a.source(), x);
                scored[0]++;
            }, p -> err.println(p.line()));
        }
        Iris iris = new Iris();
        var statements = new StatementClusterer().cluster(ReportRefs.of(new ArrayList<>(extractions.values()), iris));
        scorer.addStatements(scoredGolds, extractions, statements, (src, q) -> iris.report(src, q.start(), q.end()).getURI());
        if (json) {
            ObjectMapper m = new ObjectMapper();
            ObjectNode root = m.createObjectNode();
            root.put("articles", scored[0]);
            root.put("anonymous_quotes_given_a_name", scorer.anonymousNamed());
            scorer.counts().forEach((k, c) -> put(root.putObject(k), c));
            ObjectNode mentions = root.putObject("mentions");
            scorer.mentionCounts().forEach((k, c) -> put(mentions.putObject(k), c));
            ObjectNode methods = root.putObject("mentions_by_method");
            scorer.mentionsByMethod().forEach((k, c) -> put(methods.putObject(k), c));
            ObjectNode sieves = root.putObject("speaker_by_sieve");
            scorer.speakerBySieve().forEach((k, c) -> put(sieves.putObject(k), c));
            ObjectNode given = root.putObject("speaker_by_how_given");
            scorer.speakerByGiven().forEach((k, c) -> put(given.putObject(k), c));
            var bands = root.putArray("calibration");
            for (int i = 0; i < scorer.calibration().size(); i++) {
                Scorer.Count c = scorer.calibration().get(i);
                ObjectNode b = bands.addObject();
                b.put("from", round(0.5 + i / 10.0));
                b.put("quotes", c.predicted);
                b.put("right", round(c.precision()));
            }
            root.put("check_flag_catches_wrong", round(scorer.wrongFlagged()));
            root.put("check_flag_flags_right", round(scorer.rightFlagged()));
            out.println(m.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        } else {
            out.printf("%d articles scored against %s%n", scored[0], gold);
            out.printf("%-22s %9s %9s %9s %6s %9s%n", "measure", "precision", "recall", "F1", "gold", "predicted");
            scorer.counts().forEach((k, c) -> {
                if (c.gold > 0 || c.predicted > 0) row(out, k, c);
            });
            out.printf("unnamed sources' quotes given a name: %d%n", scorer.anonymousNamed());
            if (scorer.mentionCounts().get("all").gold > 0) {
                out.printf("%nmention level (each occurrence of a name)%n");
                scorer.mentionCounts().forEach((k, c) -> row(out, k, c));
            }
            if (scorer.mentionCounts().get("all").gold > 0) {
                out.printf("%nmention precision per method that found them%n");
                out.printf("%-34s %9s %9s%n", "method", "precision", "mentions");
                scorer.mentionsByMethod().forEach((k, c) -> out.printf("%-34s %9.3f %9d%n", k, c.precision(), c.predicted));
            }
            if (!scorer.speakerBySieve().isEmpty()) {
                out.printf("%nspeaker right, per rule that decided (found quotes whose gold speaker is known)%n");
                out.printf("%-34s %9s %9s%n", "rule", "right", "quotes");
                scorer.speakerBySieve().forEach((k, c) -> out.printf("%-34s %9.3f %9d%n", k, c.precision(), c.predicted));
            }
            if (!scorer.speakerByGiven().isEmpty()) {
                out.printf("%nspeaker right, by how the text gives the speaker (as the gold says)%n");
                out.printf("%-34s %9s %9s%n", "given as", "right", "quotes");
                scorer.speakerByGiven().forEach((k, c) -> out.printf("%-34s %9.3f %9d%n", k, c.precision(), c.predicted));
            }
            if (!scorer.speakerBySieve().isEmpty()) {
                out.printf("%ncalibration: share of speakers right per confidence band%n");
                out.printf("%-34s %9s %9s%n", "confidence", "right", "quotes");
                for (int i = 0; i < scorer.calibration().size(); i++) {
                    Scorer.Count c = scorer.calibration().get(i);
                    String band = i == 0 ? "below 0.6" : String.format(java.util.Locale.ROOT, "%.1f to %.1f", 0.5 + i / 10.0, 0.6 + i / 10.0);
                    if (c.predicted > 0) out.printf("%-34s %9.3f %9d%n", band, c.precision(), c.predicted);
                    else out.printf("%-34s %9s %9d%n", band, "-", 0);
                }
                out.printf(java.util.Locale.ROOT, "check flag (confidence below %.1f): catches %.3f of wrong speakers, flags %.3f of right ones%n",
                        Scorer.CHECK_BELOW, scorer.wrongFlagged(), scorer.rightFlagged());
            }
        }
        if (misses) {
            scorer.missesByKind().forEach((kind, list) -> {
                out.printf("%n%s: %d%n", kind, list.size());
                list.forEach(m -> out.println("  " + m.source() + ": " + m.what()));
            });
        }
        out.flush();
        return scored[0] == 0 ? KgCommand.SOME_FAILED : 0;
    }

    private static void row(PrintWriter out, String k, Scorer.Count c) {
        out.printf("%-22s %9.3f %9.3f %9.3f %6d %9d%n", k, c.precision(), c.recall(), c.f1(), c.gold, c.predicted);
    }

    private static void put(ObjectNode n, Scorer.Count c) {
        n.put("precision", round(c.precision()));
        n.put("recall", round(c.recall()));
        n.put("f1", round(c.f1()));
        n.put("gold", c.gold);
        n.put("predicted", c.predicted);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
