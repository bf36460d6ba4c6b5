package org.newsgraph.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Tells a watched folder's files that are still being written from those that have settled: a file is taken
 * once its size and modification time are what they were at the previous look, so that a page being copied in
 * is built whole, on a later look, and never half.
 */
public final class SettledFiles implements Predicate<Path> {
    private record Seen(long size, long modified) {}

    private final Map<Path, Seen> last = new HashMap<>();

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
        return now.equals(before);
    }
}
