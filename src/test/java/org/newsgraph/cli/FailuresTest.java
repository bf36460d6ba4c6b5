package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What a user reads when a command fails: the cause in words to act on, one line. */
class FailuresTest {
    @Test
    void aStoreLockedByAnotherProcessSaysWhichAndWhatToDo() {
        String jena = "Failed to get a lock: file='/data/store/tdb.lock': held by process 4242";
        String line = Failures.describe(new org.apache.jena.dboe.DBOpEnvException(jena));
        assertTrue(line.startsWith("the store /data/store is in use by process 4242"), line);
        assertTrue(line.contains("stop it first"), line);
    }

    @Test
    void aFullDiskIsSaidSoWhereverItShows() {
        assertTrue(Failures.describe(new java.io.UncheckedIOException(new java.io.IOException("No space left on device")))
                .startsWith("no space left on the disk"));
        assertTrue(Failures.describe(new InternalError("a fault occurred in a recent unsafe memory access operation"))
                .startsWith("no space left on the disk"));
    }

    @Test
    void aMissingFileIsNamedAsMissing() {
        assertEquals("no such file: q.rq", Failures.describe(new java.nio.file.NoSuchFileException("q.rq")));
    }

    @Test
    void aLongMessageIsOneLine() {
        assertEquals("first", Failures.describe(new IllegalStateException("first\nsecond")));
    }

    @Test
    void aPortInUseAndTooFewFileHandlesAreSaidInWords() {
        String port = Failures.describe(new RuntimeException(new java.io.IOException("Failed to bind to /127.0.0.1:3030")));
        assertEquals("the port 3030 on 127.0.0.1 is in use by another program: choose another with --port, or stop that program", port);
        String files = Failures.describe(new IllegalStateException("Failed to open: /s/Data-0001/OSPG.bpt (mode=rw)",
                new java.io.FileNotFoundException("/s/Data-0001/OSPG.bpt (Too many open files)")));
        assertTrue(files.startsWith("too many open files: raise the limit of open files (ulimit -n; now "), files);
    }

    @Test
    void aPortInUseIsSaidWhenTheServerStarts() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            java.nio.file.Path store = java.nio.file.Files.createTempDirectory("kg-port");
            try (var st = org.newsgraph.store.TdbStore.open(store)) {
                Exception e = org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () -> org.newsgraph.serve.SparqlServer.start(
                        st.datasetGraph(), org.newsgraph.serve.SparqlServer.Config.readOnly("127.0.0.1", taken.getLocalPort())));
                assertTrue(Failures.describe(e).startsWith("the port " + taken.getLocalPort() + " on 127.0.0.1 is in use"), Failures.describe(e));
            }
        }
    }
}
