package org.newsgraph.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.ingest.Block;
import org.newsgraph.model.QuoteKind;
import org.newsgraph.nlp.Lexicons;
import org.newsgraph.nlp.WordLists;

/**
 * Finds the quoted spans of an article as news prints them:
 * <ul>
 * <li>double marks, curly or straight, and mixed ({@code “…"}, {@code "…”}), and a paragraph opened with a
 * closing mark ({@code ”…”});</li>
 * <li>two apostrophes standing for a double mark ({@code ''…''}), as some archives print quotes;</li>
 * <li>a mark left open at a paragraph's end: the quote runs to the end of the paragraph and the next
 * paragraph opens a new one (multi-paragraph quotes);</li>
 * <li>single marks ({@code ‘…’}, {@code '…'}, British style) in paragraphs that have no double marks, the
 * apostrophes of "don’t" and "the farmers’ union" told apart from closing marks;</li>
 * <li>transcript and Q&amp;A lines, {@code NAME: …} with the label in capitals, where the article has two
 * or more of them;</li>
 * <li>block quotes: a first-person paragraph without marks (kept only when a sieve finds its speaker);</li>
 * <li>headline quotes, in double or single marks.</li>
 * </ul>
 * Captions and listed headlines of other articles quote nobody and are skipped.
 */
public final class QuoteSpans {
    private static final Set<String> FIRST_PERSON_OPENERS = WordLists.load("first-person-openers");
    /** {@code PENCE:}, {@code SEN. WARREN:}, {@code Q:} at the start of a line, after an optional opening mark. */
    private static final Pattern LABEL = Pattern.compile("^[\"\u201C\u201D]?\\s*((?:[A-Z][A-Z.'\u2019\\-]*\\s){0,3}[A-Z][A-Z.'\u2019\\-]*|Q|A):\\s+\\S");

    public List<QuoteSpan> find(String text, List<Block> blocks) {
        List<QuoteSpan> out = new ArrayList<>();
        long labelled = blocks.stream().filter(b -> running(b) && transcriptLine(text, b) != null).count();
        for (Block b : blocks) {
            if (b.kind() == Block.Kind.CAPTION || b.kind() == Block.Kind.LISTED || !b.kind().isContent() || b.end() <= b.start()) continue;
            // one "NOTE: …" line is not a transcript; two labelled lines are
            QuoteSpan label = running(b) && labelled >= 2 ? transcriptLine(text, b) : null;
            List<QuoteSpan> marked = doubleMarked(text, b);
            if (label != null) {
                // the quotes inside too: read as ordinary quotes when the label names no one ("READ MORE: …")
                out.add(label);
                if (marked.isEmpty() && !hasDoubleMark(text, b)) marked = singleMarked(text, b);
                out.addAll(marked);
                continue;
            }
            if (marked.isEmpty() && !hasDoubleMark(text, b)) marked = singleMarked(text, b);
            out.addAll(marked);
            if (marked.isEmpty() && b.kind() == Block.Kind.BODY && !hasDoubleMark(text, b)) {
                QuoteSpan block = blockQuote(text, b);
                if (block != null) out.add(block);
            }
        }
        return out;
    }

    /** Body text, or a short line of it that reads like a heading ("HOST: Why now?"). */
    private static boolean running(Block b) {
        return b.kind() == Block.Kind.BODY || b.kind() == Block.Kind.HEADING;
    }

    private static QuoteKind kindOf(Block b) {
        return b.kind() == Block.Kind.TITLE ? QuoteKind.HEADLINE : QuoteKind.DIRECT;
    }

    // ------------------------------------------------------------------ double marks

    private static boolean hasDoubleMark(String text, Block b) {
        for (int i = b.start(); i < b.end(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\u201C' || c == '\u201D') return true;
            if (twoApostrophes(text, i, b.end())) return true;
        }
        return false;
    }

    private static boolean twoApostrophes(String text, int i, int end) {
        return i + 1 < end && ((text.charAt(i) == '\'' && text.charAt(i + 1) == '\'')
                || (text.charAt(i) == '\u2018' && text.charAt(i + 1) == '\u2018')
                || (text.charAt(i) == '\u2019' && text.charAt(i + 1) == '\u2019'));
    }

    static List<QuoteSpan> doubleMarked(String text, Block b) {
        List<QuoteSpan> out = new ArrayList<>();
        int i = b.start();
        while (i < b.end()) {
            char c = text.charAt(i);
            int width;
            String convention;
            if (twoApostrophes(text, i, b.end()) && (i == b.start() || !Character.isLetter(text.charAt(i - 1)))) {
                width = 2;
                convention = "two-apostrophes";
            } else if (c == '\u201C' || c == '"') {
                width = 1;
                convention = "double";
            } else if (c == '\u201D' && (i == b.start() || Character.isWhitespace(text.charAt(i - 1)))
                    && i + 1 < b.end() && Character.isLetterOrDigit(text.charAt(i + 1))) {
                width = 1; // a paragraph opened with a closing mark
                convention = "double";
            } else {
                i++;
                continue;
            }
            int close = width == 2 ? closingPair(text, i + 2, b.end()) : closingDouble(text, i + 1, b.end());
            int after;
            if (close >= 0 && text.charAt(close) == '\u201C') {
                after = close; // a new quote opens before this one closed: this one ends there
                convention = "unclosed";
            } else if (close >= 0) {
                after = close + width;
            } else if (c == '"' && i > b.start() && width == 1) {
                i++; // a stray straight mark inside a paragraph opens nothing
                continue;
            } else {
                close = b.end(); // left open: the quote runs to the end of its paragraph
                after = b.end();
                convention = "unclosed";
            }
            QuoteSpan s = span(text, i, i + width, close, after, b, kindOf(b), convention);
            if (s != null) out.add(s);
            i = Math.max(after, i + 1);
        }
        return out;
    }

    private static int closingDouble(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\u201D' || c == '"') return i;
            if (c == '\u201C') return i; // a new quote opens before this one closed
        }
        return -1;
    }

    private static int closingPair(String text, int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            if ((text.charAt(i) == '\'' || text.charAt(i) == '\u2019') && text.charAt(i + 1) == text.charAt(i)) return i;
        }
        return -1;
    }

    // ------------------------------------------------------------------ single marks

    static List<QuoteSpan> singleMarked(String text, Block b) {
        List<QuoteSpan> out = new ArrayList<>();
        int i = b.start();
        while (i < b.end()) {
            char c = text.charAt(i);
            boolean opener = (c == '\u2018' || c == '\'')
                    && (i == b.start() || Character.isWhitespace(text.charAt(i - 1)) || "([\u2014\u2013-".indexOf(text.charAt(i - 1)) >= 0)
                    && i + 1 < b.end() && Character.isLetterOrDigit(text.charAt(i + 1));
            if (!opener) {
                i++;
                continue;
            }
            int close = closingSingle(text, i + 1, b.end());
            if (close < 0) {
                i++;
                continue;
            }
            QuoteSpan s = span(text, i, i + 1, close, close + 1, b, kindOf(b), "single");
            if (s != null) out.add(s);
            i = close + 1;
        }
        return out;
    }

    /**
     * A closing single mark follows a non-space and is not followed by a letter (so not the apostrophe of
     * "don’t"); after an "s" and before a lower-case word other than a cue ("the farmers’ union") it is a
     * plural possessive.
     */
    private static int closingSingle(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != '\u2019' && c != '\'') continue;
            if (Character.isWhitespace(text.charAt(i - 1))) continue;
            if (i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1))) continue;
            if (text.charAt(i - 1) == 's' && possessiveBefore(text, i + 1, to)) continue;
            return i;
        }
        return -1;
    }

    private static boolean possessiveBefore(String text, int from, int to) {
        int s = from;
        while (s < to && text.charAt(s) == ' ') s++;
        if (s == from || s >= to || !Character.isLowerCase(text.charAt(s))) return false;
        int e = s;
        while (e < to && Character.isLetter(text.charAt(e))) e++;
        return !Lexicons.SPEECH_VERBS.contains(text.substring(s, e));
    }

    // ------------------------------------------------------------------ lines without marks

    static QuoteSpan transcriptLine(String text, Block b) {
        Matcher m = LABEL.matcher(text).region(b.start(), b.end());
        if (!m.find()) return null;
        String label = m.group(1);
        if (label.length() < 2 && !label.equals("Q") && !label.equals("A")) return null;
        if (label.chars().filter(Character::isLetter).count() < 1) return null;
        int content = m.end() - 1;
        int end = b.end();
        while (end > content && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == '"' || text.charAt(end - 1) == '\u201D')) end--;
        if (end <= content) return null;
        return new QuoteSpan(b.start(), content, end, b.end(), b, QuoteKind.DIRECT, "transcript", m.start(1), m.end(1));
    }

    static QuoteSpan blockQuote(String text, Block b) {
        String bt = text.substring(b.start(), b.end());
        if (QuoteSpan.wordCount(bt) < 6) return null;
        String first = bt.strip().split("\\s+")[0].replaceAll("[,.;:]$", "");
        if (!FIRST_PERSON_OPENERS.contains(first)) return null;
        return new QuoteSpan(b.start(), b.start(), b.end(), b.end(), b, QuoteKind.BLOCK, "block", -1, -1);
    }

    private static QuoteSpan span(String text, int open, int from, int to, int after, Block b, QuoteKind kind, String convention) {
        int s = from;
        int e = to;
        while (s < e && Character.isWhitespace(text.charAt(s))) s++;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
        if (e <= s) return null;
        return new QuoteSpan(open, s, e, Math.max(after, e), b, kind, convention, -1, -1);
    }
}
