package org.newsgraph.extract;

import org.newsgraph.model.EntityType;
import org.newsgraph.model.Candidate;
import java.util.List;
import org.newsgraph.nlp.AnalyzedText;

/**
 * Finds the names of persons, organisations, places or treaties in an analysed article. Implementations are
 * named by technique ({@link RuleMentionFinder}, {@link StatisticalMentionFinder}); {@link MentionMerger}
 * combines what several find. Every mention carries the method that found it and a confidence.
 */
public interface MentionFinder {
    /** The mentions found, in text order; they may overlap. */
    List<Candidate> find(AnalyzedText text);

    /** The types of entity this finder can find (a later finder's mention of another type wins an overlap). */
    default java.util.Set<EntityType> types() {
        return java.util.EnumSet.allOf(EntityType.class);
    }
}
