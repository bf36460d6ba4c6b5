package org.newsgraph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.KgCommand;
import org.newsgraph.cli.KgRun;

/** The machine fails under the store: a full disk, a file cut short, a mount point. One line each, nothing lost. */
class FaultsIT {
    @TempDir
    Path tmp;

    private static KgRun kg(String... args) {
        return KgRun.of(args);
    }

    private Path articles(String name, int n) throws IOException {
        Path in = Files.createDirectories(tmp.resolve(name));
        for (int i = 0; i < n; i++) {
            Files.writeString(in.resolve("story-" + i + ".txt"), "Port Talks " + i + "\n\nMayor Ellen Brandt said on Monday that talks "
                    + "with the union of harbour workers would resume, and union leader Ana Lopez said: \"We are ready to talk " + i + " times.\"\n");
        }
        return in;
    }

    @Test
    void aStoreWithAFileCutShortIsNamedInOneLine() throws Exception {
        Path store = tmp.resolve("store");
        assertEquals(0, kg("build", "--store", store.toString(), articles("in", 3).toString()).code());
        Path nodes = store.resolve("Data-0001").resolve("nodes-data.obj");
        try (var ch = java.nio.channels.FileChannel.open(nodes, java.nio.file.StandardOpenOption.WRITE)) {
            ch.truncate(Files.size(nodes) / 2);
        }
        KgRun r = kg("stats", "--store", store.toString());
        assertEquals(KgCommand.SOME_FAILED, r.code(), r.out());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("is damaged") && r.err().contains(store.toString()) && r.err().contains("nodes-data.obj"), r.err());
    }

    @Test
    void aStoreIsCreatedInsideAnEmptyDirectoryAndNothingIsLeftBesideIt() throws Exception {
        Path mount = Files.createDirectories(tmp.resolve("mnt"));
        assertEquals(0, kg("build", "--store", mount.toString(), articles("in", 1).toString()).code());
        try (var s = Files.list(tmp)) {
            assertFalse(s.anyMatch(p -> p.getFileName().toString().contains("creating")), "nothing beside the directory");
        }
        try (var s = Files.list(mount)) {
            assertFalse(s.anyMatch(p -> p.getFileName().toString().contains("creating")), "nothing left inside it");
        }
        KgRun stats = kg("stats", "--store", mount.toString());
        assertEquals(0, stats.code(), stats.err());
        assertTrue(stats.out().contains("articles         1"), stats.out());
    }

    @Test
    void aFullDiskStopsTheBuildWithOneLineAndKeepsWhatWasStored() throws Exception {
        Path small = Files.createDirectories(tmp.resolve("small"));
        boolean mounted = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", small.toString())
                .redirectErrorStream(true).start().waitFor() == 0;
        assumeTrue(mounted, "a small file system can be mounted here (root in a machine that allows it)");
        try {
            Path store = small.resolve("store");
            assertEquals(0, kg("build", "--store", store.toString(), articles("first", 3).toString()).code());
            fill(small);
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), KgCommand.class.getName(), "build", "--store", store.toString(),
                    articles("more", 40).toString()).redirectErrorStream(true).start();
            assertTrue(p.waitFor(120, TimeUnit.SECONDS));
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(KgCommand.SOME_FAILED, p.exitValue(), out);
            assertTrue(out.contains("no space left on the disk"), out);
            assertFalse(out.contains("\tat "), "no stack trace: " + out);
            Files.delete(small.resolve("fill"));
            KgRun stats = kg("stats", "--store", store.toString());
            assertEquals(0, stats.code(), stats.err());
            assertTrue(stats.out().matches("(?s)articles\\s+([3-9]|[1-4][0-9])\\b.*"), "what was stored before is there: " + stats.out());
            KgRun validate = kg("validate", "--store", store.toString());
            assertEquals(0, validate.code(), validate.out());
        } finally {
            new ProcessBuilder("umount", small.toString()).start().waitFor();
        }
    }

    /** Fills the file system, leaving a few blocks: the store's next writes fail. */
    private static void fill(Path fs) throws IOException {
        long free = Files.getFileStore(fs).getUsableSpace();
        byte[] block = new byte[4096];
        try (var out = Files.newOutputStream(fs.resolve("fill"))) {
            for (long n = 0; n + 64 * 1024 < free; n += block.length) out.write(block);
        } catch (IOException full) {
            // full already
        }
    }

    @Test
    void twoBuildsCreatingOneNewStoreAtOnceNeverBreakIt() throws Exception {
        Path a = articles("in-a", 2);
        Path b = Files.createDirectories(tmp.resolve("in-b"));
        Files.writeString(b.resolve("other.txt"), "Ferry Returns\n\nThe ferry returned on Monday, the harbour master said.\n");
        Path store = tmp.resolve("shared-store");
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        java.util.List<Process> ps = new java.util.ArrayList<>();
        java.util.List<Path> logs = new java.util.ArrayList<>();
        for (Path in : java.util.List.of(a, b)) {
            Path log = tmp.resolve(in.getFileName() + ".log");
            logs.add(log);
            ps.add(new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"), "org.newsgraph.cli.KgCommand", "build",
                    in.toString(), "--store", store.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start());
        }
        for (Process p : ps) assertTrue(p.waitFor(180, java.util.concurrent.TimeUnit.SECONDS), "a build did not end");
        String both = Files.readString(logs.get(0)) + Files.readString(logs.get(1));
        assertFalse(both.contains("Failed to open") || both.contains("OSPG"), both);
        int ok = (ps.get(0).exitValue() == 0 ? 1 : 0) + (ps.get(1).exitValue() == 0 ? 1 : 0);
        assertTrue(ok >= 1, "one build at least stored its articles: " + both);
        if (ok == 1) assertTrue(both.contains("is in use by process"), "the other says which process holds the store: " + both);
        KgRun stats = kg("stats", "--store", store.toString());
        assertEquals(0, stats.code(), stats.err());
        System.out.println("two builds into one new store at once: " + ok + " stored, messages: "
                + both.lines().filter(l -> l.startsWith("kg")).toList());
    }
}
