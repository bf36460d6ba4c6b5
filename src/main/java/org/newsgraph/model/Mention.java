package org.newsgraph.model;

import java.util.Objects;

/**
 * A stretch of article text that names an entity.
 *
 * @param start      offset of the first character in the article text
 * @param end        offset after the last character
 * @param text       the text as written
 * @param type       the kind of entity named
 * @param method     how it was found: a rule name ("kb-name", "title-before-name", ...) or a model name
 * @param confidence the recogniser's confidence, 0 to 1
 */
public record Mention(int start, int end, String text, EntityType type, String method, double confidence) {
    public Mention {
        Objects.requireNonNull(text);
        Objects.requireNonNull(type);
        Objects.requireNonNull(method);
        if (start < 0 || end <= start) throw new IllegalArgumentException("bad mention span [" + start + "," + end + ")");
        if (end - start != text.length()) throw new IllegalArgumentException("span and text differ: " + text);
        if (confidence < 0 || confidence > 1) throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
    }

    public boolean overlaps(Mention o) {
        return start < o.end && o.start < end;
    }
}
