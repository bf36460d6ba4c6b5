package org.newsgraph.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestPipelines;
import org.newsgraph.build.GraphBuilder;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.RdfMapper;
import org.newsgraph.store.TdbStore;

/** Statements regrouped in a store on disk as articles arrive and change, one build at a time. */
class StatementConsolidatorTest {
    @TempDir
    Path dir;

    private final GraphBuilder builder = new GraphBuilder(TestPipelines::get, new RdfMapper(new Iris()), 1, false);

    private void build(TdbStore store, Path... files) {
        builder.build(List.of(files).stream().map(Path::toString).toList(), store, GraphBuilder.Progress.NONE, p -> {
            throw new AssertionError(p.toString());
        });
    }

    private Path article(String name, String text) throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        return Files.writeString(in.resolve(name), text);
    }

    /** Each statement with the sources of its reports. */
    private static Map<String, List<String>> statements(TdbStore store) {
        String q = "PREFIX ng: <https://w3id.org/newsgraph/ontology#> SELECT ?st (GROUP_CONCAT(?src; separator=' ') AS ?srcs) "
                + "WHERE { ?r ng:reportOf ?st ; ng:inArticle ?a . ?a ng:sourceFile ?src } GROUP BY ?st";
        return Txn.calculateRead(store.dataset(), () -> {
            Map<String, List<String>> out = new TreeMap<>();
            try (QueryExecution qe = QueryExecution.create(q, store.dataset())) {
                qe.execSelect().forEachRemaining(s -> out.put(s.getResource("st").getURI(),
                        List.of(s.getLiteral("srcs").getString().split(" ")).stream().map(p -> Path.of(p).getFileName().toString()).sorted().toList()));
            }
            return out;
        });
    }

    @Test
    void statementsRegroupAsArticlesArriveAndChange() throws Exception {
        Path a = article("a.txt", "Dam Opens\n\nMayor Ellen Brandt opened the dam on Monday, May 6, 2024. "
                + "\"This dam will keep the valley dry for a hundred years,\" Brandt said.\n");
        Path b = article("b.txt", "Valley Dam Opened\n\nMayor Ellen Brandt opened the dam on Monday, May 6, 2024. "
                + "\"This dam will keep the valley dry for a hundred years,\" said Brandt.\n");
        Path c = article("c.txt", "Dam Criticised\n\nEngineer Paul Okafor said on Tuesday, May 7, 2024: \"The spillway is far too small for a flood.\"\n");
        try (TdbStore store = TdbStore.open(dir.resolve("store"))) {
            build(store, a);
            assertEquals(List.of(List.of("a.txt")), List.copyOf(statements(store).values()));
            build(store, a, b);
            assertEquals(List.of(List.of("a.txt", "b.txt")), List.copyOf(statements(store).values()), "one remark, two reports");
            Map<String, List<String>> before = statements(store);
            build(store, a, b, c);
            Map<String, List<String>> after = statements(store);
            assertEquals(2, after.size());
            assertTrue(after.entrySet().containsAll(before.entrySet()), "the first statement is kept as it was: " + after);
            Files.writeString(b, "Valley Dam Opened\n\nMayor Ellen Brandt opened the dam on Monday, May 6, 2024. "
                    + "\"Nobody in this town will pay a cent more in taxes for it,\" said Brandt.\n");
            build(store, a, b, c);
            assertEquals(List.of(List.of("a.txt"), List.of("b.txt"), List.of("c.txt")),
                    statements(store).values().stream().sorted((x, y) -> x.get(0).compareTo(y.get(0))).toList(), "a changed report leaves the statement");
            assertFalse(StatementConsolidator.pending(store));
        }
    }

    @Test
    void groupingStoppedHalfWayIsRedoneByTheNextBuild() throws Exception {
        Path a = article("a.txt", "Dam Opens\n\nMayor Ellen Brandt opened the dam on Monday. \"This dam will keep the valley dry,\" Brandt said.\n");
        try (TdbStore store = TdbStore.open(dir.resolve("store"))) {
            build(store, a);
            assertFalse(StatementConsolidator.pending(store));
            // what a kill after the first article written and before grouping leaves behind: the mark, and reports
            // whose statements are not written yet
            StatementConsolidator.markPending(store);
            Txn.executeWrite(store.dataset(), () -> store.datasetGraph().deleteAny(new Iris().statementsGraph(), Node.ANY, Node.ANY, Node.ANY));
            assertTrue(StatementConsolidator.pending(store));
            assertEquals(0, statements(store).size());
            build(store, a);
            assertFalse(StatementConsolidator.pending(store));
            assertEquals(1, statements(store).size());
        }
    }
}
