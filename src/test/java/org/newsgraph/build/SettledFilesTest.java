package org.newsgraph.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestPipelines;
import org.newsgraph.ingest.Problem;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.RdfMapper;
import org.newsgraph.store.TdbStore;

/** A watched folder's file is built once it has stopped changing, whole, never half-copied. */
class SettledFilesTest {
    @TempDir
    Path dir;

    @Test
    void aFileBeingCopiedInIsBuiltOnlyOnceItHasSettledAndThenWhole() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path f = in.resolve("story.txt");
        Files.writeString(f, "Port Talks\n\n\"We will stay out,\" said union leader Ana Lopez on Monday.\n");
        SettledFiles settled = new SettledFiles();
        GraphBuilder b = new GraphBuilder(TestPipelines::get, new RdfMapper(new Iris()), 1, false);
        List<Problem> problems = new ArrayList<>();
        try (TdbStore store = TdbStore.open(dir.resolve("store"))) {
            assertEquals(0, b.build(List.of(in.toString()), store, problems::add, settled).written(), "first seen: it may still grow");
            Files.writeString(f, "\"The company must talk to us,\" she said.\n", StandardOpenOption.APPEND);
            assertEquals(0, b.build(List.of(in.toString()), store, problems::add, settled).written(), "it grew since the last look");
            var built = b.build(List.of(in.toString()), store, problems::add, settled);
            assertEquals(1, built.written(), "unchanged since the last look: built");
            assertTrue(problems.isEmpty(), problems.toString());
            long quotes = org.apache.jena.system.Txn.calculateRead(store.dataset(), () -> store.datasetGraph().stream(null, null,
                    org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/newsgraph/ontology#saidBy"), null).count());
            assertEquals(2, quotes, "both quotes, the one copied in last too");
        }
    }

    @Test
    void aFileThatIsGoneIsLeftToTheReaderToName() {
        assertTrue(new SettledFiles().test(dir.resolve("nosuch.txt")));
        assertFalse(new SettledFiles().test(dir));
    }
}
