package org.newsgraph.build;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.newsgraph.ingest.Article;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.RdfMapper;
import org.newsgraph.statements.StatementConsolidator;
import org.newsgraph.store.TdbStore;

/**
 * A TDB2 store: one transaction per batch of articles, and at the end the regrouping of statements of the
 * speakers whose reports the build added or replaced (all of them when an earlier build stopped before
 * regrouping).
 */
public final class StoreTarget implements Target {
    private final TdbStore store;
    private final Iris iris;
    private final boolean regroupAll;
    private final boolean prune;
    private final Set<Node> speakers = new LinkedHashSet<>();
    private final List<Node> alone = new ArrayList<>();
    private boolean marked;

    public StoreTarget(TdbStore store, Iris iris) {
        this(store, iris, false);
    }

    /** With {@code prune}, the build ends by removing the articles that the inputs no longer hold. */
    public StoreTarget(TdbStore store, Iris iris, boolean prune) {
        this.store = store;
        this.iris = iris;
        this.prune = prune;
        this.regroupAll = StatementConsolidator.pending(store);
    }

    @Override
    public boolean isCurrent(Article a, String contentHash) {
        return store.isCurrent(iris.articleGraph(a.source()), contentHash);
    }

    @Override
    public String sourceWithText(Article a) {
        // a pruning build mirrors its inputs: a renamed file's stored twin is about to go, so it is no reason to skip
        if (prune) return null;
        return store.sourceWithText(RdfMapper.textHash(a), a.source());
    }

    @Override
    public long write(List<Article> articles, List<Consumer<StreamRDF>> writers) {
        List<TdbStore.ArticleWrite> ws = new ArrayList<>();
        List<Node> graphs = new ArrayList<>();
        Set<Node> reports = new LinkedHashSet<>();
        Set<Node> spoken = new HashSet<>();
        for (int i = 0; i < articles.size(); i++) {
            Node g = iris.articleGraph(articles.get(i).source());
            graphs.add(g);
            Consumer<StreamRDF> w = writers.get(i);
            ws.add(new TdbStore.ArticleWrite(g, out -> w.accept(new Touches(out, reports, spoken))));
        }
        long n = replace(graphs, ws);
        for (Node r : reports) if (!spoken.contains(r)) alone.add(r);
        store.compactIfGrown();
        return n;
    }

    @Override
    public int finish(boolean anyWritten, Set<String> present, StatementConsolidator.Progress progress) {
        int removed = 0;
        if (prune) {
            List<Node> gone = new ArrayList<>();
            store.articles().forEach((graph, source) -> {
                if (!present.contains(source)) gone.add(graph);
            });
            removed = remove(gone);
        }
        StatementConsolidator c = new StatementConsolidator(iris);
        if (regroupAll) {
            c.rebuild(store, progress);
        } else if (anyWritten || removed > 0) {
            c.regroup(store, speakers, alone, progress);
        }
        store.compactIfGrown();
        return removed;
    }

    /**
     * Removes articles, by their named graphs, in one transaction: their graphs, their reports' part of the statements
     * and the entities nothing else mentions. Their speakers are regrouped when the build finishes. Returns how many.
     */
    public int remove(List<Node> graphs) {
        List<TdbStore.ArticleWrite> ws = new ArrayList<>();
        for (Node g : graphs) ws.add(new TdbStore.ArticleWrite(g, out -> { }));
        for (int from = 0; from < ws.size(); from += REMOVE_BATCH) {
            int to = Math.min(ws.size(), from + REMOVE_BATCH);
            replace(graphs.subList(from, to), ws.subList(from, to));
        }
        return graphs.size();
    }

    /** Articles removed per transaction. */
    static final int REMOVE_BATCH = 1_000;

    private long replace(List<Node> graphs, List<TdbStore.ArticleWrite> ws) {
        if (!marked) {
            StatementConsolidator.markPending(store);
            marked = true;
        }
        // the speakers of the versions being replaced lose reports: they are regrouped too
        Txn.executeRead(store.dataset(), () -> {
            for (Node g : graphs) store.datasetGraph().find(g, Node.ANY, NG.saidBy, Node.ANY).forEachRemaining(q -> speakers.add(q.getObject()));
        });
        return store.replaceArticles(iris.statementsGraph(), iris.entitiesGraph(), ws);
    }

    /** Notes the speakers and reports of the quads written. */
    private final class Touches extends StreamRDFWrapper {
        private final Set<Node> reports;
        private final Set<Node> spoken;

        Touches(StreamRDF out, Set<Node> reports, Set<Node> spoken) {
            super(out);
            this.reports = reports;
            this.spoken = spoken;
        }

        @Override
        public void quad(Quad q) {
            if (q.getPredicate().equals(NG.saidBy)) {
                speakers.add(q.getObject());
                spoken.add(q.getSubject());
            } else if (q.getPredicate().equals(NG.type) && q.getObject().equals(NG.Report)) {
                reports.add(q.getSubject());
            }
            super.quad(q);
        }
    }
}
