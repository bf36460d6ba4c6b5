package org.newsgraph.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Tells a watched folder's files that are still being written from those that have settled: a file is taken once
 * its size and modification time are what they were at the previous look and it was last modified at least
 * {@code minAgeMillis} ago, so that a page being copied in is built whole, and a copy that stalls for a while (a
 * slow network, a paused transfer) is not taken half: it has to stay untouched for the whole minimum age. A file
 * moved in whole keeps its old modification time and is taken at the second look.
 */
public final class SettledFiles implements Predicate<Path> {
    /** How long a file must have stayed untouched by default before it is built. */
    public static final long DEFAULT_MIN_AGE_MILLIS = 30_000;

    private record Seen(long size, long modified) {}

    private final Map<Path, Seen> last = new HashMap<>();
    private final long minAgeMillis;
    private final java.util.function.LongSupplier clock;

    public SettledFiles() {
        this(DEFAULT_MIN_AGE_MILLIS, System::currentTimeMillis);
    }

    /** With the minimum age and a clock of milliseconds, for tests and for {@code kg serve --watch-settle}. */
    public SettledFiles(long minAgeMillis, java.util.function.LongSupplier clock) {
        this.minAgeMillis = minAgeMillis;
        this.clock = clock;
    }

    @Override
    public synchronized boolean test(Path file) {
        Seen now;
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            now = new Seen(a.size(), a.lastModifiedTime().toMillis());
        } catch (IOException e) {
            return true; // the reader names what is wrong with it
        }
        Seen before = last.put(file, now);
        return now.equals(before) && clock.getAsLong() - now.modified() >= minAgeMillis;
    }

    /** A stamp of the file's current state (size and time), or "" when it cannot be read: what changes when it does. */
    public static String stamp(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return a.size() + "/" + a.lastModifiedTime().toMillis();
        } catch (IOException e) {
            return "";
        }
    }
}
