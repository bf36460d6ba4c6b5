package org.newsgraph.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestPipelines;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.RdfMapper;
import org.newsgraph.store.TdbStore;

/** What a progress bar is told: each file, then the regrouping of statements up to its end. */
class BuildProgressTest {
    @TempDir
    Path tmp;

    @Test
    void theBarFollowsTheFilesAndThenTheGroupingOfEverySpeakersStatements() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("ferry.txt"), "Harbour council approves a new ferry\n\nThe council approved a new ferry route "
                + "on Tuesday. \"It will help everyone who works on the islands,\" said Mara Lindqvist, the council's chair.\n");
        Files.writeString(in.resolve("bridge.txt"), "Bridge reopens after repairs\n\nThe old bridge reopened on Friday. \"We are "
                + "proud of the crews who worked through the winter,\" said Tomas Berg, the city's engineer.\n");
        List<String> seen = new ArrayList<>();
        GraphBuilder.Progress progress = new GraphBuilder.Progress() {
            @Override
            public void fileDone(Path file) {
                seen.add("file " + file.getFileName());
            }

            @Override
            public void grouped(int done, int total) {
                seen.add("grouped " + done + "/" + total);
            }
        };
        GraphBuilder builder = new GraphBuilder(TestPipelines::get, new RdfMapper(new Iris()), 1, false);
        try (TdbStore store = TdbStore.open(tmp.resolve("store"))) {
            builder.build(List.of(in.toString()), store, progress, p -> { });
        }
        assertEquals(List.of("file bridge.txt", "file ferry.txt"), seen.subList(0, 2), seen.toString());
        List<String> grouping = seen.subList(2, seen.size());
        assertEquals("grouped 0/2", grouping.get(0), "two speakers to regroup: " + seen);
        assertEquals("grouped 2/2", grouping.get(grouping.size() - 1), seen.toString());
        assertTrue(grouping.size() == 3, seen.toString());
    }
}
