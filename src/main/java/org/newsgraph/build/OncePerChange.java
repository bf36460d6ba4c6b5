package org.newsgraph.build;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.newsgraph.ingest.Problem;

/**
 * Passes on a watched folder's problems once per state of the file they name: a bad file is named at the look that
 * first finds it, and again only after it changes, not at every look.
 */
public final class OncePerChange implements Consumer<Problem> {
    private final Path dir;
    private final Consumer<Problem> out;
    private final Set<String> said = ConcurrentHashMap.newKeySet();

    public OncePerChange(Path dir, Consumer<Problem> out) {
        this.dir = dir;
        this.out = out;
    }

    @Override
    public void accept(Problem p) {
        String file = p.source().replaceAll(":\\d+$", ""); // "feed.jsonl:3" is a line of feed.jsonl
        if (said.add(p.line() + "|" + SettledFiles.stamp(dir.resolve(file)))) out.accept(p);
    }
}
