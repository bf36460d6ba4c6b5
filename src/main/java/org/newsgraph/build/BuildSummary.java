package org.newsgraph.build;

import java.util.List;
import org.newsgraph.ingest.Problem;

/**
 * What a build did: articles written (and of them, stored without extraction as not English), skipped as unchanged, inputs that failed, quads written, tokens read,
 * seconds in all, seconds spent in store writes (article batches and the grouping of statements), and of those the
 * seconds of the grouping of statements at the end.
 */
public record BuildSummary(int written, int unchanged, int unread, List<Problem> problems, long quads, long tokens, double seconds,
                           double writeSeconds, double groupingSeconds, int removed) {
    public BuildSummary {
        problems = List.copyOf(problems);
    }

    public BuildSummary(int written, int unchanged, int unread, List<Problem> problems, long quads, long tokens, double seconds,
                        double writeSeconds, double groupingSeconds) {
        this(written, unchanged, unread, problems, quads, tokens, seconds, writeSeconds, groupingSeconds, 0);
    }

    public String line() {
        String stored = unread == 0 ? "" : String.format(" (%d stored without extraction: not English)", unread);
        String gone = removed == 0 ? "" : String.format(", %d removed (no longer in the inputs)", removed);
        return String.format(java.util.Locale.ROOT, "%d articles built%s, %d unchanged%s, %d failed; %d quads written; %.1f s",
                written, stored, unchanged, gone, problems.size(), quads, seconds);
    }
}
