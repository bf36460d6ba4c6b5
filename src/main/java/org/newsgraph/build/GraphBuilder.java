package org.newsgraph.build;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
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
import org.newsgraph.rdf.RdfMapper;
import org.newsgraph.statements.StatementConsolidator;
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

    public GraphBuilder(Supplier<Pipeline> pipelines, RdfMapper mapper, int threads, boolean force) {
        this.pipelines = pipelines;
        this.mapper = mapper;
        this.threads = Math.max(1, threads);
        this.force = force;
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
                    window.add(new Pending(article, pool.submit(() -> local.get().process(article))));
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

    private void drain(Pending p, TdbStore store, Consumer<Problem> report, int[] written, long[] quads, long[] tokens) {
        try {
            Extraction x = p.extraction().get();
            quads[0] += store.replace(mapper.iris().articleGraph(p.article().source()), s -> mapper.write(x, s));
            tokens[0] += x.tokens();
            written[0]++;
        } catch (ExecutionException e) {
            Throwable c = e.getCause() == null ? e : e.getCause();
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
