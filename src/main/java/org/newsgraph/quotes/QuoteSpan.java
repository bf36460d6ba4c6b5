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

    /**
     * Whether its words make a statement rather than a scare quote or the title of a work: four words or more,
     * not after a word that names a work or gives a title ({@code lexicons/title-cues.txt}), not written in title case in running text ("The Kid Who Would Be King", "Make America Great Again" name a
     * film and a slogan; people's words are written in sentence case; a headline may capitalise every word).
     */
    public boolean isStatement(String text) {
        String q = text.substring(start, end);
        return wordCount(q) >= STATEMENT_WORDS
                && !(kind == QuoteKind.DIRECT && !hasLabel() && block.kind() == org.newsgraph.ingest.Block.Kind.BODY && (titleCase(q) || titled(text)));
    }

    private static final java.util.Set<String> TITLE_CUES = org.newsgraph.nlp.WordLists.load("title-cues");

    /**
     * Whether the word before the opening mark names a work or gives a title ("her book “a history of the
     * harbour”", "an essay titled “why the ferry matters”"): the marks hold a title, whatever its case.
     */
    private boolean titled(String text) {
        int i = open - 1;
        while (i >= block.start() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == ',')) i--;
        int end = i + 1;
        while (i >= block.start() && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-')) i--;
        return end > i + 1 && TITLE_CUES.contains(text.substring(i + 1, end).toLowerCase(java.util.Locale.ROOT));
    }

    private static final java.util.Set<String> MINOR_WORDS = java.util.Set.of("a", "an", "the", "and", "or", "but", "nor", "of", "in",
            "on", "at", "to", "for", "by", "with", "from", "as", "into", "over", "per", "vs", "via", "de", "la", "le", "du", "von", "van");

    /** Spoken forms: a contraction ("It’s", "don’t", "we’re") or a question or exclamation. */
    private static final java.util.regex.Pattern SPOKEN = java.util.regex.Pattern.compile(
            "(?i)\\b(?:I|it|that|what|there|he|she|who|here|let)['\u2019]s\\b|n['\u2019]t\\b|['\u2019](?:re|m|ll|ve|d)\\b|[!?]['\u2019\u201D\"]*\\s*$");

    /** Every word capitalised but the short function words of titles, no sentence inside, nothing spoken. */
    static boolean titleCase(String q) {
        if (SPOKEN.matcher(q.strip()).find()) return false;
        String t = q.strip().replaceAll("[,.;:!?]+$", "");
        if (t.matches(".*[.!?;:]\\s.*") || t.chars().noneMatch(Character::isLowerCase)) return false;
        int capitalised = 0;
        for (String w : t.split("[\\s\u2014\u2013]+")) {
            String bare = w.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (bare.isEmpty()) continue;
            if (Character.isUpperCase(bare.codePointAt(0)) || Character.isDigit(bare.codePointAt(0))) capitalised++;
            else if (!MINOR_WORDS.contains(bare)) return false;
        }
        return capitalised >= 3;
    }

    static int wordCount(String s) {
        int n = 0;
        for (String w : s.trim().split("[\\s\u2014\u2013]+")) if (w.chars().anyMatch(Character::isLetterOrDigit)) n++;
        return n;
    }
}
