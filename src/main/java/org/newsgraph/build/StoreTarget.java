package org.newsgraph.build;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.riot.system.StreamRDF;
import org.newsgraph.ingest.Article;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.RdfMapper;
import org.newsgraph.statements.StatementConsolidator;
import org.newsgraph.store.TdbStore;

/** A TDB2 store: one transaction per batch of articles, and the grouping of statements at the end. */
public final class StoreTarget implements Target {
    private final TdbStore store;
    private final Iris iris;

    public StoreTarget(TdbStore store, Iris iris) {
        this.store = store;
        this.iris = iris;
    }

    @Override
    public boolean isCurrent(Article a) {
        return store.isCurrent(iris.articleGraph(a.source()), RdfMapper.contentHash(a));
    }

    @Override
    public String sourceWithText(Article a) {
        return store.sourceWithText(RdfMapper.textHash(a), a.source());
    }

    @Override
    public long write(List<Article> articles, List<Consumer<StreamRDF>> writers) {
        List<TdbStore.ArticleWrite> ws = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) ws.add(new TdbStore.ArticleWrite(iris.articleGraph(articles.get(i).source()), writers.get(i)));
        return store.replaceArticles(iris.statementsGraph(), ws);
    }

    @Override
    public void finish(boolean anyWritten) {
        if (anyWritten || StatementConsolidator.needed(store)) new StatementConsolidator(iris).rebuild(store);
    }
}
