package org.newsgraph.build;

import java.util.List;
import org.newsgraph.ingest.Problem;

/**
 * What a build did: articles written, skipped as unchanged, inputs that failed, quads written, tokens read,
 * seconds in all, seconds spent in store writes (article batches and the grouping of statements), and of those the
 * seconds of the grouping of statements at the end.
 */
public record BuildSummary(int written, int unchanged, List<Problem> problems, long quads, long tokens, double seconds,
                           double writeSeconds, double groupingSeconds) {
    public BuildSummary {
        problems = List.copyOf(problems);
    }

    public String line() {
        return String.format("%d articles built, %d unchanged, %d failed; %d quads written; %.1f s",
                written, unchanged, problems.size(), quads, seconds);
    }
}
