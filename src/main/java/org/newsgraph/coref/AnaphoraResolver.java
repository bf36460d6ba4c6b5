package org.newsgraph.coref;

/**
 * Decides which entity of an article an anaphor refers to ("he", "she" in "“…,” he said"), as CoreNLP separates
 * finding a quote's speaker mention from resolving that mention to a person. Implementations are named after
 * their technique.
 */
public interface AnaphoraResolver {
    /**
     * The entity the pronoun at [start, end) refers to, or null when none fits.
     *
     * @param lastSpeaker the key of the speaker of the nearest attributed quote before the pronoun, or null: the
     *                    running speaker, whom news writing goes on quoting with a pronoun
     * @param lastSpeakerAt where that quote ends (or -1)
     */
    Resolution resolve(Discourse d, int start, int end, String lastSpeaker, int lastSpeakerAt);

    /** An antecedent, with the resolver's score for it and the margin over the next candidate. */
    record Resolution(String key, double score, double margin) {}
}
