package org.newsgraph.quotes;

/**
 * Who said a quote, as a sieve decided: a named entity, or an unnamed source's description.
 *
 * @param speakerKey  key of the speaking entity, or null
 * @param description how the article describes an unnamed speaker ("a senior official"), or null
 * @param cue         the attribution words ("said", "told reporters"), or null
 * @param method      the sieve that decided, with how it resolved the speaker phrase ("cue-after+pronoun")
 * @param confidence  0 to 1
 */
public record Attribution(String speakerKey, String description, String cue, String method, double confidence) {
    public Attribution {
        if (speakerKey == null && description == null) throw new IllegalArgumentException("an attribution names a speaker or describes one");
        if (speakerKey != null && description != null) throw new IllegalArgumentException("a named or an unnamed speaker, not both");
    }

    static Attribution named(String key, String cue, String method, double confidence) {
        return new Attribution(key, null, cue, method, confidence);
    }

    static Attribution unnamed(String description, String cue, String method, double confidence) {
        return new Attribution(null, description, cue, method, confidence);
    }

    /** The same speaker, decided by another sieve. */
    Attribution by(String newMethod, double newConfidence) {
        return new Attribution(speakerKey, description, cue, newMethod, newConfidence);
    }
}
