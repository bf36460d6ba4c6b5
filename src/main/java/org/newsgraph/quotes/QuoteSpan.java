package org.newsgraph.quotes;

import java.util.Objects;
import org.newsgraph.ingest.Block;
import org.newsgraph.model.QuoteKind;

/**
 * A quoted stretch of an article, before anyone is named as its speaker.
 *
 * @param open       offset of the opening mark (of the content, for spans without marks)
 * @param start      offset of the first quoted character
 * @param end        offset after the last quoted character
 * @param after      offset after the closing mark (the content's end when the span has none)
 * @param block      the paragraph or line it stands in
 * @param kind       direct, block or headline
 * @param convention how the text marks it: "double", "two-apostrophes", "single", "unclosed", "transcript", "block"
 * @param labelStart for a transcript line ({@code NAME: …}), the offset of the speaker label, else -1
 * @param labelEnd   offset after the label, else -1
 */
public record QuoteSpan(int open, int start, int end, int after, Block block, QuoteKind kind, String convention,
                        int labelStart, int labelEnd) {
    /** Quotes of one to three words are scare quotes and titles, not statements. */
    public static final int STATEMENT_WORDS = 4;

    public QuoteSpan {
        Objects.requireNonNull(block);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(convention);
        if (!(open <= start && start < end && end <= after)) {
            throw new IllegalArgumentException("bad quote span " + open + "/" + start + "/" + end + "/" + after);
        }
    }

    public boolean hasLabel() {
        return labelStart >= 0;
    }

    public boolean contains(int from, int to) {
        return from >= start && to <= end;
    }

    /** Whether its words make a statement rather than a scare quote. */
    public boolean isStatement(String text) {
        return wordCount(text.substring(start, end)) >= STATEMENT_WORDS;
    }

    static int wordCount(String s) {
        int n = 0;
        for (String w : s.trim().split("[\\s\u2014\u2013]+")) if (w.chars().anyMatch(Character::isLetterOrDigit)) n++;
        return n;
    }
}
