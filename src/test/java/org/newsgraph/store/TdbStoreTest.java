package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.rdf.Literals;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestPipelines;
import org.newsgraph.extract.Extraction;
import org.newsgraph.ingest.PageLayout;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.RdfMapper;

class TdbStoreTest {
    @TempDir
    Path dir;

    private final RdfMapper mapper = new RdfMapper(new Iris());

    private static Extraction article(String source, String text) {
        return TestPipelines.extract(PageLayout.plainText(source, text));
    }

    private void write(TdbStore s, Extraction x) {
        s.replace(mapper.iris().articleGraph(x.article().source()), out -> mapper.write(x, out));
    }

    private static Graph copy(TdbStore s, Node g) {
        return Txn.calculateRead(s.dataset(), () -> {
            Graph out = GraphFactory.createDefaultGraph();
            s.datasetGraph().getGraph(g).find().forEachRemaining(out::add);
            return out;
        });
    }

    @Test
    void storeOnDiskReopensWithTheSameGraph() {
        Extraction x = article("a.txt", "Mayor Ellen Brandt opened the bridge in Paris.\n");
        Node g = mapper.iris().articleGraph("a.txt");
        Graph before;
        try (TdbStore s = TdbStore.open(dir)) {
            write(s, x);
            before = copy(s, g);
        }
        try (TdbStore s = TdbStore.open(dir)) {
            assertTrue(before.size() > 10);
            assertTrue(before.isIsomorphicWith(copy(s, g)));
        }
    }

    @Test
    void reingestingAChangedArticleReplacesOnlyItsGraph() {
        try (TdbStore s = TdbStore.open(dir)) {
            write(s, article("a.txt", "Mayor Ellen Brandt opened the bridge in Paris.\n"));
            write(s, article("b.txt", "Governor Leon Hart visited Berlin.\n"));
            Graph b = copy(s, mapper.iris().articleGraph("b.txt"));
            Extraction changed = article("a.txt", "Mayor Ellen Brandt closed the bridge in Canberra.\n");
            write(s, changed);
            Graph a = copy(s, mapper.iris().articleGraph("a.txt"));
            assertTrue(a.toString().contains("Canberra"));
            assertFalse(a.toString().contains("Paris"));
            // nothing of the old version is left: the graph is exactly what the new version maps to
            var fresh = org.apache.jena.query.DatasetFactory.create().asDatasetGraph();
            mapper.write(changed, org.apache.jena.riot.system.StreamRDFLib.dataset(fresh));
            assertTrue(fresh.getGraph(mapper.iris().articleGraph("a.txt")).isIsomorphicWith(a));
            assertTrue(b.isIsomorphicWith(copy(s, mapper.iris().articleGraph("b.txt"))));
            assertTrue(s.isCurrent(mapper.iris().articleGraph("a.txt"), mapper.contentHash(changed.article())));
        }
    }

    @Test
    void aWriteThatFailsLeavesTheStoreAsItWas() {
        try (TdbStore s = TdbStore.open(dir)) {
            write(s, article("a.txt", "Mayor Ellen Brandt opened the bridge in Paris.\n"));
            long size = s.size();
            Node g = mapper.iris().articleGraph("a.txt");
            try {
                s.replace(g, out -> {
                    throw new IllegalStateException("extractor crashed");
                });
            } catch (IllegalStateException expected) {
                // the article fails; the store must not change
            }
            assertEquals(size, s.size());
        }
    }

    @Test
    void replacingAGraphLeavesExactlyTheNewQuadsInItAndOtherGraphsAlone() {
        Node g = NodeFactory.createURI("urn:g");
        Node h = NodeFactory.createURI("urn:h");
        Node p = NodeFactory.createURI("urn:p");
        try (TdbStore s = TdbStore.open(dir)) {
            s.replace(g, out -> {
                out.quad(Quad.create(g, NodeFactory.createURI("urn:a"), p, Literals.integer(1)));
                out.quad(Quad.create(g, NodeFactory.createURI("urn:b"), p, Literals.decimal(0.25)));
                out.quad(Quad.create(h, NodeFactory.createURI("urn:c"), p, Literals.integer(3)));
            });
            s.replace(g, out -> {
                out.quad(Quad.create(g, NodeFactory.createURI("urn:b"), p, Literals.decimal(0.25)));
                out.quad(Quad.create(g, NodeFactory.createURI("urn:b"), p, Literals.integer(2)));
            });
            Graph expected = GraphFactory.createDefaultGraph();
            expected.add(NodeFactory.createURI("urn:b"), p, Literals.decimal(0.25));
            expected.add(NodeFactory.createURI("urn:b"), p, Literals.integer(2));
            assertTrue(expected.isIsomorphicWith(copy(s, g)));
            assertEquals(1, copy(s, h).size());
            assertEquals(3, s.size());
        }
    }

    @Test
    void compactionReplacesTheFilesAndKeepsTheData() throws Exception {
        try (TdbStore s = TdbStore.open(dir)) {
            for (int i = 0; i < 5; i++) write(s, article("a.txt", "Mayor Ellen Brandt opened bridge number " + i + " in Paris.\n"));
            assertFalse(s.compactIfGrown(2, 0), "the files have not grown to twice their size since the store was opened");
            Graph kept = copy(s, mapper.iris().articleGraph("a.txt"));
            long size = s.size();
            assertTrue(s.compactIfGrown(1, 0), "compacts when the files reach their size after the last compaction");
            assertTrue(Files.isDirectory(dir.resolve("Data-0002")) && !Files.exists(dir.resolve("Data-0001")), "a new generation, the old one deleted");
            assertTrue(kept.isIsomorphicWith(copy(s, mapper.iris().articleGraph("a.txt"))));
            assertEquals(size, s.size());
            write(s, article("b.txt", "Mayor Ellen Brandt opened the school in Lyon.\n"));
        }
        try (TdbStore s = TdbStore.open(dir)) {
            long articles = Txn.calculateRead(s.dataset(), () -> {
                long n = 0;
                for (var it = s.datasetGraph().listGraphNodes(); it.hasNext(); ) if (it.next().getURI().contains("/graph/article/")) n++;
                return n;
            });
            assertEquals(2L, articles, "the compacted store reopens with its data and what came after");
        }
    }
}
