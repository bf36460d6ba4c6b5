package org.newsgraph.quotes;

import java.util.List;

/**
 * One possible speaker of a quote, with what the article shows for it, as a {@link SpeakerRanker} reads it.
 *
 * @param attribution who it is, with the cue and method of the sieve that proposed it (or of the source that
 *                    put it up: the running speaker, a person named near the quote)
 * @param features    the names of the features that hold ("by=cue-after", "prev-speaker", "before=1")
 */
public record SpeakerCandidate(Attribution attribution, List<String> features) {
    public SpeakerCandidate {
        java.util.Objects.requireNonNull(attribution);
        features = List.copyOf(features);
    }

    /** The entity's key, or null for an unnamed source. */
    public String key() {
        return attribution.speakerKey();
    }

    /** Whether it is the same speaker as {@code a}: the same entity, or both unnamed. */
    boolean same(Attribution a) {
        return a != null && java.util.Objects.equals(key(), a.speakerKey());
    }
}
