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
        long[] now = {System.currentTimeMillis()};
        SettledFiles settled = new SettledFiles(30_000, () -> now[0]);
        GraphBuilder b = new GraphBuilder(TestPipelines::get, new RdfMapper(new Iris()), 1, false);
        List<Problem> problems = new ArrayList<>();
        try (TdbStore store = TdbStore.open(dir.resolve("store"))) {
            assertEquals(0, b.build(List.of(in.toString()), store, problems::add, settled).written(), "first seen: it may still grow");
            Files.writeString(f, "\"The company must talk to us,\" she said.\n", StandardOpenOption.APPEND);
            assertEquals(0, b.build(List.of(in.toString()), store, problems::add, settled).written(), "it grew since the last look");
            now[0] = System.currentTimeMillis();
            assertEquals(0, b.build(List.of(in.toString()), store, problems::add, settled).written(),
                    "unchanged since the last look, but touched a moment ago: a stalled copy looks the same");
            now[0] = System.currentTimeMillis() + 31_000;
            var built = b.build(List.of(in.toString()), store, problems::add, settled);
            assertEquals(1, built.written(), "unchanged and untouched for the settle time: built");
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

    @Test
    void aFileMovedInWholeIsTakenAtTheSecondLookAndAStalledCopyOnlyAfterTheSettleTime() throws Exception {
        long[] now = {System.currentTimeMillis()};
        SettledFiles settled = new SettledFiles(30_000, () -> now[0]);
        Path moved = Files.writeString(dir.resolve("moved.txt"), "Harbour\n\nThe harbour opened.\n");
        Files.setLastModifiedTime(moved, java.nio.file.attribute.FileTime.fromMillis(now[0] - 3_600_000));
        assertFalse(settled.test(moved), "first look");
        assertTrue(settled.test(moved), "an hour old and unchanged: moved in whole");
        Path stalled = Files.writeString(dir.resolve("stalled.txt"), "Harbour\n\nThe first 4,000 bytes of a copy");
        for (int look = 0; look < 5; look++) {
            now[0] += 5_000;
            assertFalse(settled.test(stalled), "a copy paused for " + (look + 1) * 5 + " s is not taken");
        }
        now[0] += 10_000;
        assertTrue(settled.test(stalled), "untouched for the settle time: taken");
    }

    @Test
    void aBadFileIsNamedOncePerChangeNotAtEveryLook() throws Exception {
        Path bad = Files.write(dir.resolve("broken.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
        List<Problem> said = new ArrayList<>();
        OncePerChange once = new OncePerChange(dir, said::add);
        for (int look = 0; look < 3; look++) once.accept(new Problem("broken.txt", "binary data, not text; not read"));
        assertEquals(1, said.size(), "named once for three looks");
        Files.write(bad, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2, 3});
        once.accept(new Problem("broken.txt", "binary data, not text; not read"));
        assertEquals(2, said.size(), "named again once it changed");
    }
}
