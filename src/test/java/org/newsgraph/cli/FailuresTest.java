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
}
