package org.newsgraph.statements;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.TdbStore;

/**
 * Regroups every report in the store into statements: the corpus-wide step that follows the per-article writes
 * of a build. Statements never join two speakers, so it goes one speaker at a time (and the reports with no
 * speaker in chunks): only one speaker's reports are in memory, and only what changed is written, several
 * speakers to a transaction. A build regroups only the speakers its articles touch. From the first article a
 * build writes until grouping has finished, a mark in the store says that grouping is pending, so that a build
 * stopped anywhere in between regroups everything on the next run.
 */
public final class StatementConsolidator {
    /** Quads gathered before they are written in one transaction. */
    static final int WRITE_QUADS = 50_000;
    /** Reports without a speaker read at a time. */
    static final int CHUNK = 5_000;
    private static final String PENDING = "statements.pending";

    private final Iris iris;
    private final StatementClusterer clusterer = new StatementClusterer();
    private final StatementWriter writer;

    public StatementConsolidator(Iris iris) {
        this.iris = iris;
        this.writer = new StatementWriter(iris);
    }

    /**
     * Marks the store as changed and not yet regrouped, before the first article of a build is written: a build
     * stopped anywhere after that leaves the mark, and the next build regroups every report.
     */
    public static void markPending(TdbStore store) {
        try {
            Files.writeString(store.dir().resolve(PENDING), "articles written, statements not yet regrouped\n",
                    StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot mark statement grouping as pending in " + store.dir(), e);
        }
    }

    /** Whether a build changed the store and did not finish regrouping. */
    public static boolean pending(TdbStore store) {
        return Files.exists(store.dir().resolve(PENDING));
    }

    private static void done(TdbStore store) {
        try {
            Files.deleteIfExists(store.dir().resolve(PENDING));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear the statement grouping mark in " + store.dir(), e);
        }
    }

    /** Told how far a regrouping is: {@code done} of {@code total} groups of reports (a speaker's, or a chunk of unattributed ones). */
    public interface Progress {
        void grouped(int done, int total);

        Progress NONE = (done, total) -> { };
    }

    /** Regroups all reports; returns the number of statements. */
    public int rebuild(TdbStore store) {
        return rebuild(store, Progress.NONE);
    }

    /** Regroups all reports, telling {@code progress}; returns the number of statements. */
    public int rebuild(TdbStore store, Progress progress) {
        markPending(store);
        Set<Node> speakers = new LinkedHashSet<>();
        List<Node> alone = new ArrayList<>();
        Txn.executeRead(store.dataset(), () -> {
            DatasetGraph dsg = store.datasetGraph();
            dsg.find(Node.ANY, Node.ANY, NG.type, NG.Report).forEachRemaining(q -> {
                var said = dsg.find(q.getGraph(), q.getSubject(), NG.saidBy, Node.ANY);
                if (said.hasNext()) speakers.add(said.next().getObject());
                else alone.add(q.getSubject());
            });
        });
        return regroup(store, speakers, alone, progress);
    }

    /**
     * Regroups the reports of these speakers, and these reports that have no speaker: what a build must redo
     * after writing articles whose reports (new, or of the versions it replaced) have these speakers. Returns the
     * number of statements written.
     */
    public int regroup(TdbStore store, Collection<Node> speakers, List<Node> alone) {
        return regroup(store, speakers, alone, Progress.NONE);
    }

    /** {@link #regroup(TdbStore, Collection, List)}, telling {@code progress} after each group. */
    public int regroup(TdbStore store, Collection<Node> speakers, List<Node> alone, Progress progress) {
        markPending(store);
        Batch batch = new Batch(store);
        int total = speakers.size() + (alone.size() + CHUNK - 1) / CHUNK;
        int done = 0;
        progress.grouped(done, total);
        for (Node speaker : speakers) {
            List<Node> reports = Txn.calculateRead(store.dataset(), () -> {
                List<Node> rs = new ArrayList<>();
                store.datasetGraph().find(Node.ANY, Node.ANY, NG.saidBy, speaker).forEachRemaining(q -> rs.add(q.getSubject()));
                return rs;
            });
            batch.add(speaker, reports);
            progress.grouped(++done, total);
        }
        for (int i = 0; i < alone.size(); i += CHUNK) {
            batch.add(null, alone.subList(i, Math.min(alone.size(), i + CHUNK)));
            progress.grouped(++done, total);
        }
        batch.write();
        done(store);
        return batch.statements;
    }

    /** Statements of several speakers, written together. */
    private final class Batch {
        final TdbStore store;
        final List<Quad> quads = new ArrayList<>();
        final List<Node> reports = new ArrayList<>();
        final List<Node> speakers = new ArrayList<>();
        int statements;

        Batch(TdbStore store) {
            this.store = store;
        }

        void add(Node speaker, List<Node> group) {
            List<ReportRef> refs = Txn.calculateRead(store.dataset(), () -> ReportRefs.of(store.datasetGraph(), group));
            List<Statement> sts = clusterer.cluster(refs);
            statements += sts.size();
            writer.write(sts, new StreamRDFBase() {
                @Override
                public void quad(Quad q) {
                    quads.add(q);
                }
            });
            reports.addAll(group);
            if (speaker != null) speakers.add(speaker);
            if (quads.size() >= WRITE_QUADS) write();
        }

        /**
         * Makes the statements graph say about these reports, their old statements and their new ones exactly
         * what was gathered: what no longer holds is deleted, what is new is added, the rest is left alone.
         */
        void write() {
            if (quads.isEmpty() && reports.isEmpty()) return;
            Node g = iris.statementsGraph();
            // the reports, their old statements and their new ones
            store.rewrite(g, quads, dsg -> {
                Set<Node> subjects = new HashSet<>(reports);
                for (Node r : reports) dsg.find(g, r, NG.reportOf, Node.ANY).forEachRemaining(q -> subjects.add(q.getObject()));
                for (Node sp : speakers) dsg.find(g, Node.ANY, NG.speaker, sp).forEachRemaining(q -> subjects.add(q.getSubject()));
                return subjects;
            });
            quads.clear();
            reports.clear();
            speakers.clear();
        }
    }
}
