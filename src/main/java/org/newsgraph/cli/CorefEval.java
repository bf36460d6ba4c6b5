package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.newsgraph.Pipeline;
import org.newsgraph.coref.SalienceResolver;
import org.newsgraph.eval.CorefScorer;
import org.newsgraph.eval.Split;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.Inputs;

/**
 * {@code kg eval --coref --gold DIR TEXTS}: reads each text as {@code kg build} does, finds its entities, and
 * scores the shipped pronoun resolver against the gold coreference chains with {@link CorefScorer}.
 */
final class CorefEval {
    private final Path gold;
    private final List<String> inputs;
    private final Split split;
    private final boolean misses;

    CorefEval(Path gold, List<String> inputs, Split split, boolean misses) {
        this.gold = gold;
        this.inputs = inputs;
        this.split = split;
        this.misses = misses;
    }

    int run(Pipeline pipeline, PrintWriter out, PrintWriter err) throws IOException {
        Map<String, CorefScorer.GoldDoc> golds = new HashMap<>();
        try (Stream<Path> files = Files.list(gold)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                CorefScorer.GoldDoc g = CorefScorer.read(f);
                if (split.includes(Split.of(g.sourceFile()))) golds.put(g.sourceFile(), g);
            }
        }
        CorefScorer scorer = new CorefScorer();
        SalienceResolver resolver = new SalienceResolver();
        Inputs in = new Inputs();
        int[] docs = {0};
        for (Inputs.InputFile f : in.files(inputs, p -> err.println(p.line()))) {
            in.read(f, (Article a) -> {
                CorefScorer.GoldDoc g = golds.get(a.source());
                if (g == null) return;
                var d = pipeline.discourse(a);
                scorer.add(g, d.getKey(), d.getValue(), resolver);
                docs[0]++;
            }, p -> err.println(p.line()));
        }
        out.printf("%d documents scored against %s: third-person pronouns of named persons, resolved to the person%n", docs[0], gold);
        out.printf("%-22s %9s %9s%n", "genre", "right", "pronouns");
        scorer.byGenre().forEach((k, v) -> out.printf("%-22s %9.3f %9d%n", k, v[1] == 0 ? 0 : v[0] / (double) v[1], v[1]));
        if (misses) {
            out.printf("%nwrong antecedent: %d%n", scorer.misses().size());
            scorer.misses().forEach(m -> out.println("  " + m));
        }
        out.flush();
        return docs[0] == 0 ? KgCommand.SOME_FAILED : 0;
    }
}
