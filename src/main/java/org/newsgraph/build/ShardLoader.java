package org.newsgraph.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.newsgraph.rdf.Iris;
import org.newsgraph.statements.StatementConsolidator;
import org.newsgraph.store.TdbStore;

/**
 * Loads N-Quads shards written by {@code kg extract} into a store: into an empty store with Jena's TDB2
 * bulk loader (the phased loader, as {@code tdb2.tdbloader}); into a store that holds articles already, an
 * article graph at a time in transactions, replacing older versions. Statements are grouped at the end.
 */
public final class ShardLoader {
    /** What a load did. */
    public record Result(long quads, boolean bulk, double seconds) {}

    private final Iris iris;

    public ShardLoader(Iris iris) {
        this.iris = iris;
    }

    public static List<Path> shards(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".nq") || p.toString().endsWith(".nq.gz")).sorted().toList();
        }
    }

    public Result load(Path dir, TdbStore store) throws IOException {
        long t0 = System.nanoTime();
        List<Path> files = shards(dir);
        boolean empty = store.isEmpty();
        long quads = 0;
        StatementConsolidator.markPending(store);
        if (empty) {
            DataLoader loader = LoaderFactory.phasedLoader(store.datasetGraph(), (fmt, args) -> { });
            loader.startBulk();
            try {
                loader.load(files.stream().map(Path::toString).toList());
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            quads = loader.countQuads();
        } else {
            for (Path f : files) quads += loadInTransactions(f, store);
        }
        new StatementConsolidator(iris).rebuild(store);
        return new Result(quads, empty, (System.nanoTime() - t0) / 1e9);
    }

    private long loadInTransactions(Path f, TdbStore store) {
        DatasetGraph shard = DatasetGraphFactory.create();
        RDFParser.source(f.toString()).parse(shard);
        Node entities = iris.entitiesGraph();
        Node statements = iris.statementsGraph();
        List<TdbStore.ArticleWrite> writes = new ArrayList<>();
        long n = 0;
        long pending = 0;
        for (var it = shard.listGraphNodes(); it.hasNext(); ) {
            Node g = it.next();
            if (g.equals(entities) || g.equals(statements)) continue;
            List<Quad> qs = shard.stream(g, Node.ANY, Node.ANY, Node.ANY).toList();
            n += qs.size();
            pending += qs.size();
            writes.add(new TdbStore.ArticleWrite(g, out -> qs.forEach(out::quad)));
            if (writes.size() >= GraphBuilder.BATCH || pending >= GraphBuilder.BATCH_QUADS) {
                store.replaceArticles(statements, entities, writes);
                writes = new ArrayList<>();
                pending = 0;
            }
        }
        List<Quad> shared = new ArrayList<>();
        shard.stream(entities, Node.ANY, Node.ANY, Node.ANY).forEach(shared::add);
        shard.stream(statements, Node.ANY, Node.ANY, Node.ANY).forEach(shared::add);
        n += shared.size();
        // the shared graphs' quads go with the last batch, so that no article is left without its statements
        List<TdbStore.ArticleWrite> last = writes;
        last.add(new TdbStore.ArticleWrite(NodeHolder.NONE, out -> shared.forEach(out::quad)));
        store.replaceArticles(statements, entities, last);
        return n;
    }

    /** A graph name no article has, for writes that replace nothing. */
    private static final class NodeHolder {
        static final Node NONE = org.apache.jena.graph.NodeFactory.createURI("urn:newsgraph:none");
    }
}
