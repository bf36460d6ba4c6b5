package org.newsgraph.quotes;

import java.util.List;

/**
 * Scores a quote's candidate speakers: for each, the probability that it is the one who spoke. Implementations
 * are named after their technique.
 */
public interface SpeakerRanker {
    /** The probability that each candidate, in order, is the quote's speaker. */
    double[] probabilities(List<SpeakerCandidate> candidates);
}
