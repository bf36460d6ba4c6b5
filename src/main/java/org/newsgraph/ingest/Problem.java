package org.newsgraph.ingest;

/** An input, or part of one, that was skipped, and why: printed as one line "source: reason". */
public record Problem(String source, String reason) {
    @Override
    public String toString() {
        return source + ": " + reason;
    }
}
