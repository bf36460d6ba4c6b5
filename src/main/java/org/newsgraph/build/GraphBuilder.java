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
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.RdfMapper;
import org.newsgraph.statements.ReportRefs;
import org.newsgraph.statements.StatementClusterer;
import org.newsgraph.statements.StatementWriter;
import org.newsgraph.store.TdbStore;

/**
 * Builds the knowledge graph from inputs into a store: reads articles one by one, extracts them on all
 * cores, and writes them in input order, a batch of articles per transaction, so that a build stopped at
 * any point leaves only whole articles. An article whose content is unchanged since the last build is
 * skipped; the same text under another name is skipped as a duplicate; an article that fails is reported
 * and the others are built. The build ends by grouping all reports into statements.
 */
public final class GraphBuilder {
    /** Told of each input file as it is finished, and of the grouping of statements that ends a build, for progress bars. */
    public interface Progress extends org.newsgraph.statements.StatementConsolidator.Progress {
        void fileDone(Path file);

        @Override
        default void grouped(int done, int total) { }

        Progress NONE = f -> { };
    }

    /**
     * A transaction is committed once it holds this many quads (or {@link #BATCH} articles): each commit syncs
     * the disk, so small transactions made the build write at half the speed of Jena's bulk loader (measured with
     * 32 articles a transaction), while 100,000 quads (some 40 MB of memory) write about as fast as the loader
     * when measured on their own.
     */
    public static final int BATCH_QUADS = 100_000;
    /**
     * The longest one article's extraction is waited for: news articles take milliseconds; the bounds on input size
     * and on each stage keep any input far below this, which is the last guard.
     */
    public static final int EXTRACTION_SECONDS = 300;
    /** The most articles written per transaction. */
    public static final int BATCH = 1_000;

    private final Supplier<Pipeline> pipelines;
    private final RdfMapper mapper;
    private final int threads;
    private final boolean force;
    private final int commitQuads;
    private final StatementClusterer clusterer = new StatementClusterer();
    private final StatementWriter statements;

    public GraphBuilder(Supplier<Pipeline> pipelines, RdfMapper mapper, int threads, boolean force) {
        this(pipelines, mapper, threads, force, BATCH_QUADS);
    }

    /** @param commitQuads a transaction is committed once it holds this many quads */
    public GraphBuilder(Supplier<Pipeline> pipelines, RdfMapper mapper, int threads, boolean force, int commitQuads) {
        this.pipelines = pipelines;
        this.mapper = mapper;
        this.threads = Math.max(1, threads);
        this.force = force;
        this.commitQuads = Math.max(1, commitQuads);
        this.statements = new StatementWriter(mapper.iris());
    }

    /** Builds into a store. */
    public BuildSummary build(List<String> inputs, TdbStore store, Progress progress, Consumer<Problem> onProblem) {
        return build(inputs, new StoreTarget(store, mapper.iris()), progress, onProblem);
    }

    /** Builds into any target. */
    public BuildSummary build(List<String> inputs, Target target, Progress progress, Consumer<Problem> onProblem) {
        return build(inputs, target, progress, onProblem, f -> true);
    }

    /** Builds the files that are {@code ready} (the others are left for a later build) into a store. */
    public BuildSummary build(List<String> inputs, TdbStore store, Consumer<Problem> onProblem, java.util.function.Predicate<Path> ready) {
        return build(inputs, new StoreTarget(store, mapper.iris()), Progress.NONE, onProblem, ready);
    }

    private BuildSummary build(List<String> inputs, Target target, Progress progress, Consumer<Problem> onProblem,
                               java.util.function.Predicate<Path> ready) {
        Run run = new Run(target, onProblem);
        Inputs in = new Inputs();
        ThreadLocal<Pipeline> local = ThreadLocal.withInitial(pipelines);
        ThreadLocal<LanguageGate> gates = ThreadLocal.withInitial(LanguageGate::new);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "extract");
            t.setDaemon(true);
            return t;
        });
        Deque<Pending> window = new ArrayDeque<>();
        try {
            for (Inputs.InputFile file : in.files(inputs, run::problem)) {
                if (!ready.test(file.path())) continue;
                in.read(file, article -> {
                    if (run.skip(article)) return;
                    window.add(new Pending(article, pool.submit(() -> {
                        Optional<String> other = gates.get().otherLanguage(article);
                        if (other.isPresent()) return mapped(Extraction.unread(article, other.get()));
                        return mapped(local.get().process(article));
                    })));
                    while (window.size() > threads * 2) run.take(window.poll());
                }, run::problem);
                progress.fileDone(file.path());
            }
            while (!window.isEmpty()) run.take(window.poll());
            run.flush();
        } finally {
            pool.shutdownNow();
        }
        long t = System.nanoTime();
        int removed = target.finish(run.written > 0, run.present, progress);
        long grouping = System.nanoTime() - t;
        run.writeNanos += grouping;
        return new BuildSummary(run.written, run.unchanged, run.unread, run.problems, run.quads, run.tokens, (System.nanoTime() - run.t0) / 1e9,
                run.writeNanos / 1e9, grouping / 1e9, removed);
    }

    private record Pending(Article article, Future<Mapped> extraction) {}

    /** An extraction and its quads, made on the extraction thread so that the writer only writes. */
    private record Mapped(Extraction extraction, List<org.apache.jena.sparql.core.Quad> quads) {}

    /**
     * The article's quads, and its quotes grouped on their own until the corpus-wide grouping ends the
     * build, so that a build stopped at any point leaves every report with a statement.
     */
    private Mapped mapped(Extraction x) {
        List<org.apache.jena.sparql.core.Quad> quads = new ArrayList<>();
        var sink = new org.apache.jena.riot.system.StreamRDFBase() {
            @Override
            public void quad(org.apache.jena.sparql.core.Quad q) {
                quads.add(q);
            }
        };
        mapper.write(x, sink);
        statements.write(clusterer.cluster(ReportRefs.of(List.of(x), mapper.iris())), sink);
        return new Mapped(x, quads);
    }

    /** The state of one build. */
    private final class Run {
        final long t0 = System.nanoTime();
        final Target target;
        final Consumer<Problem> onProblem;
        final List<Problem> problems = new ArrayList<>();
        final Map<String, String> seenText = new HashMap<>();
        /** Every article the inputs hold, and every source a problem was reported for: what a prune keeps. */
        final java.util.Set<String> present = new java.util.HashSet<>();
        final List<Mapped> batch = new ArrayList<>();
        long batchQuads;
        int written;
        int unchanged;
        /** Articles stored without extraction: not in English. */
        int unread;
        long quads;
        long tokens;
        long writeNanos;

        Run(Target target, Consumer<Problem> onProblem) {
            this.target = target;
            this.onProblem = onProblem;
        }

        void problem(Problem p) {
            present.add(p.source());
            if (!p.warning()) problems.add(p);
            onProblem.accept(p);
        }

        /** Whether the article needs no work: unchanged since the last build, or the same text as another. */
        boolean skip(Article article) {
            present.add(article.source());
            if (!force && target.isCurrent(article, mapper.contentHash(article))) {
                seenText.putIfAbsent(RdfMapper.textHash(article), article.source());
                unchanged++;
                return true;
            }
            String textHash = RdfMapper.textHash(article);
            String twin = seenText.putIfAbsent(textHash, article.source());
            if (twin == null) twin = target.sourceWithText(article);
            if (twin != null) {
                problem(new Problem(article.source(), "same text as " + twin + "; skipped as a duplicate"));
                return true;
            }
            return false;
        }

        void take(Pending p) {
            try {
                Mapped x = p.extraction().get(EXTRACTION_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
                for (String note : x.extraction().notes()) problem(Problem.warning(p.article().source(), note));
                batch.add(x);
                batchQuads += x.quads().size();
                tokens += x.extraction().tokens();
                if (!x.extraction().read()) unread++;
                if (batch.size() >= BATCH || batchQuads >= commitQuads) flush();
            } catch (ExecutionException e) {
                Throwable c = e.getCause() == null ? e : e.getCause();
                problem(new Problem(p.article().source(), "extraction failed: " + describe(c)));
            } catch (java.util.concurrent.TimeoutException e) {
                p.extraction().cancel(true);
                problem(new Problem(p.article().source(), "extraction took longer than " + EXTRACTION_SECONDS + " s; skipped"));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }

        /** Writes the batch in one transaction; if that fails, article by article, to name the one at fault. */
        void flush() {
            if (batch.isEmpty()) return;
            try {
                quads += write(batch);
                written += batch.size();
            } catch (RuntimeException e) {
                if (TdbStore.diskFull(e)) throw e; // no article will fit: stop, with what was committed intact
                for (Mapped x : batch) {
                    try {
                        quads += write(List.of(x));
                        written++;
                    } catch (RuntimeException e1) {
                        if (TdbStore.diskFull(e1)) throw e1;
                        problem(new Problem(x.extraction().article().source(), "could not be stored: " + describe(e1)));
                    }
                }
            }
            batch.clear();
            batchQuads = 0;
        }

        private long write(List<Mapped> xs) {
            List<Article> articles = new ArrayList<>();
            List<Consumer<org.apache.jena.riot.system.StreamRDF>> writers = new ArrayList<>();
            for (Mapped x : xs) {
                articles.add(x.extraction().article());
                writers.add(s -> x.quads().forEach(s::quad));
            }
            long t = System.nanoTime();
            try {
                return target.write(articles, writers);
            } finally {
                writeNanos += System.nanoTime() - t;
            }
        }
    }

    private static String describe(Throwable t) {
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : " " + t.getMessage().lines().findFirst().orElse(""));
    }
}
