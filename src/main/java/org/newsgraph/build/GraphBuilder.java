package org.newsgraph.build;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.newsgraph.Pipeline;
import org.newsgraph.extract.Extraction;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.Inputs;
import org.newsgraph.ingest.Problem;
import org.newsgraph.nlp.LanguageGate;
import org.newsgraph.rdf.RdfMapper;
import org.newsgraph.statements.ReportRefs;
import org.newsgraph.statements.StatementClusterer;
import org.newsgraph.statements.StatementConsolidator;
import org.newsgraph.statements.StatementWriter;
import org.newsgraph.store.TdbStore;

/**
 * Builds the knowledge graph from inputs into a store: reads articles one by one, extracts them on all cores,
 * and writes each article's graph in its own transaction, in input order. An article whose content is
 * unchanged since the last build is skipped; one that fails is reported and leaves the store as it was.
 */
public final class GraphBuilder {
    /** Told of each input file as it is finished, for progress bars. */
    public interface Progress {
        void fileDone(Path file);

        Progress NONE = f -> { };
    }

    private final Supplier<Pipeline> pipelines;
    private final RdfMapper mapper;
    private final int threads;
    private final boolean force;
    private final StatementClusterer clusterer = new StatementClusterer();
    private final StatementWriter statements;

    public GraphBuilder(Supplier<Pipeline> pipelines, RdfMapper mapper, int threads, boolean force) {
        this.pipelines = pipelines;
        this.mapper = mapper;
        this.threads = Math.max(1, threads);
        this.force = force;
        this.statements = new StatementWriter(mapper.iris());
    }

    public BuildSummary build(List<String> inputs, TdbStore store, Progress progress, Consumer<Problem> onProblem) {
        long t0 = System.nanoTime();
        Inputs in = new Inputs();
        List<Problem> problems = new ArrayList<>();
        Consumer<Problem> report = p -> {
            problems.add(p);
            onProblem.accept(p);
        };
        ThreadLocal<Pipeline> local = ThreadLocal.withInitial(pipelines);
        ThreadLocal<LanguageGate> gates = ThreadLocal.withInitial(LanguageGate::new);
        Map<String, String> seenText = new HashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "extract");
            t.setDaemon(true);
            return t;
        });
        int[] written = {0};
        int[] unchanged = {0};
        long[] quads = {0};
        long[] tokens = {0};
        Deque<Pending> window = new ArrayDeque<>();
        try {
            for (Path file : in.files(inputs, report)) {
                in.read(file, article -> {
                    if (!force && store.isCurrent(mapper.iris().articleGraph(article.source()), RdfMapper.contentHash(article))) {
                        unchanged[0]++;
                        return;
                    }
                    String textHash = RdfMapper.textHash(article);
                    String twin = seenText.putIfAbsent(textHash, article.source());
                    if (twin == null) twin = store.sourceWithText(textHash, article.source());
                    if (twin != null) {
                        report.accept(new Problem(article.source(), "same text as " + twin + "; skipped as a duplicate"));
                        return;
                    }
                    window.add(new Pending(article, pool.submit(() -> {
                        Optional<String> refused = gates.get().refuse(article);
                        if (refused.isPresent()) throw new Refused(refused.get());
                        return local.get().process(article);
                    })));
                    while (window.size() > threads * 2) drain(window.poll(), store, report, written, quads, tokens);
                }, report);
                progress.fileDone(file);
            }
            while (!window.isEmpty()) drain(window.poll(), store, report, written, quads, tokens);
        } finally {
            pool.shutdownNow();
        }
        if (written[0] > 0 || StatementConsolidator.needed(store)) {
            new StatementConsolidator(mapper.iris()).rebuild(store);
        }
        return new BuildSummary(written[0], unchanged[0], problems, quads[0], tokens[0], (System.nanoTime() - t0) / 1e9);
    }

    private record Pending(Article article, Future<Extraction> extraction) {}

    /** An article the builder does not read, and why. */
    private static final class Refused extends Exception {
        Refused(String why) {
            super(why, null, false, false);
        }
    }

    private void drain(Pending p, TdbStore store, Consumer<Problem> report, int[] written, long[] quads, long[] tokens) {
        try {
            Extraction x = p.extraction().get();
            var iris = mapper.iris();
            String src = p.article().source();
            // the article, and its quotes grouped on their own until the corpus-wide grouping ends the build,
            // so that a build stopped at any point leaves every report with a statement
            quads[0] += store.replaceArticle(iris.articleGraph(src), iris.statementsGraph(), iris.article(src).getURI() + "/", s -> {
                mapper.write(x, s);
                statements.write(clusterer.cluster(ReportRefs.of(List.of(x), iris)), s);
            });
            tokens[0] += x.tokens();
            written[0]++;
        } catch (ExecutionException e) {
            Throwable c = e.getCause() == null ? e : e.getCause();
            if (c instanceof Refused r) {
                report.accept(new Problem(p.article().source(), r.getMessage()));
                return;
            }
            report.accept(new Problem(p.article().source(), "extraction failed: " + c.getClass().getSimpleName()
                    + (c.getMessage() == null ? "" : " " + c.getMessage().lines().findFirst().orElse(""))));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (RuntimeException e) {
            report.accept(new Problem(p.article().source(), "could not be stored: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage().lines().findFirst().orElse(""))));
        }
    }
}
