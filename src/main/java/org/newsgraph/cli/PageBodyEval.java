package org.newsgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsgraph.eval.BodyScorer;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.Inputs;

/**
 * {@code kg eval --truth FILE PAGES}: reads each page as {@code kg build} reads it and scores the article
 * body against the benchmark's ground truth with {@link BodyScorer}. A page the reader refuses is an empty
 * prediction (recall 0, left out of precision), as the benchmark scores a missing one.
 */
final class PageBodyEval {
    private final Path truth;
    private final List<String> inputs;
    private final boolean misses;
    private final boolean json;

    PageBodyEval(Path truth, List<String> inputs, boolean misses, boolean json) {
        this.truth = truth;
        this.inputs = inputs;
        this.misses = misses;
        this.json = json;
    }

    int run(PrintWriter out, PrintWriter err) throws IOException {
        JsonNode gt;
        try {
            gt = new ObjectMapper().readTree(truth.toFile());
        } catch (IOException e) {
            err.println(truth + ": not a ground-truth file (" + e.getMessage() + ")");
            return KgCommand.USAGE;
        }
        Map<String, String> bodies = new LinkedHashMap<>();
        Map<String, String> refused = new TreeMap<>();
        Inputs in = new Inputs();
        for (Inputs.InputFile f : in.files(inputs, p -> err.println(p.line()))) {
            String id = pageId(f.path().getFileName().toString());
            if (!gt.has(id)) continue;
            in.read(f, (Article a) -> bodies.merge(id, a.body(), (x, y) -> x), p -> {
                refused.put(id, p.toString());
                err.println(p.line());
            });
        }
        BodyScorer scorer = new BodyScorer();
        var fields = gt.fields();
        while (fields.hasNext()) {
            var e = fields.next();
            scorer.add(e.getKey(), e.getValue().path("articleBody").asText(""), bodies.getOrDefault(e.getKey(), ""));
        }
        BodyScorer.Result r = scorer.result();
        if (json) {
            ObjectMapper m = new ObjectMapper();
            ObjectNode root = m.createObjectNode();
            root.put("f1", r.f1()).put("precision", r.precision()).put("recall", r.recall()).put("accuracy", r.accuracy())
                    .put("pages", r.pages()).put("empty_predictions", r.empty()).put("refused", refused.size());
            out.println(m.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        } else {
            out.printf("html body F1 %.3f (P %.3f, R %.3f, exact %.3f) on %d pages; %d refused, %d empty%n",
                    r.f1(), r.precision(), r.recall(), r.accuracy(), r.pages(), refused.size(), r.empty());
        }
        if (misses) {
            refused.forEach((id, why) -> out.println("  refused " + why));
            scorer.pages().stream().filter(p -> p.tp() + p.fp() > 0)
                    .sorted(Comparator.comparingDouble((BodyScorer.Page p) -> p.tp() / Math.max(1e-9, p.tp() + 0.5 * (p.fp() + p.fn()))))
                    .limit(30).forEach(p -> out.printf("  %s  P %.2f R %.2f%n", p.id(),
                            p.tp() / Math.max(1e-9, p.tp() + p.fp()), p.tp() / Math.max(1e-9, p.tp() + p.fn())));
        }
        out.flush();
        return 0;
    }

    /** A page's id is its file name without the extension: ID.html, ID.htm. */
    static String pageId(String fileName) {
        return fileName.replaceAll("(?i)\\.(html?|xhtml)(\\.gz)?$", "");
    }
}
