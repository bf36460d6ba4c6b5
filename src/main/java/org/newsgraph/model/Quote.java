package org.newsgraph.model;

import java.util.Objects;

/**
 * Words an article reports someone said.
 *
 * @param start              offset of the first quoted character
 * @param end                offset after the last quoted character
 * @param text               the quoted words exactly as written, without the quote marks
 * @param kind               direct (in quote marks), block (a paragraph without marks) or headline
 * @param speakerKey         key of the speaking entity, or null when unattributed or unnamed
 * @param speakerDescription how the article describes an unnamed speaker ("a senior official"), or null
 * @param cue                the attribution words ("told reporters", "said"), or null
 * @param method             the rule that found the attribution
 * @param confidence         0 to 1
 * @param occasion           when and where the words were said, as far as the article tells, or null
 */
public record Quote(int start, int end, String text, QuoteKind kind, String speakerKey, String speakerDescription,
                    String cue, String method, double confidence, Occasion occasion) {

    public Quote(int start, int end, String text, QuoteKind kind, String speakerKey, String speakerDescription,
                 String cue, String method, double confidence) {
        this(start, end, text, kind, speakerKey, speakerDescription, cue, method, confidence, null);
    }

    public Quote withOccasion(Occasion o) {
        return new Quote(start, end, text, kind, speakerKey, speakerDescription, cue, method, confidence, o);
    }

    public Quote {
        Objects.requireNonNull(text);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(method);
        if (start < 0 || end <= start) throw new IllegalArgumentException("bad quote span [" + start + "," + end + ")");
        if (end - start != text.length()) throw new IllegalArgumentException("span and text differ");
        if (speakerKey != null && speakerDescription != null) {
            throw new IllegalArgumentException("a quote has a named or an unnamed speaker, not both");
        }
    }
}
