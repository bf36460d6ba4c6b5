package org.newsgraph.statements;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.model.Names;

/**
 * How alike two reports of quoted words are, robust to what outlets do to quotes: trimming (one report
 * contained in another), translation and paraphrase (other words for the same content), quote-mark style
 * and case. The score is the largest of: the overlap of content-word stems and the overlap of word pairs,
 * each counted against the shorter report; and {@link #SAME_OPENING} when both open with the same
 * words, as reports of one remark in different translations usually do.
 */
public final class QuoteSimilarity {
    private static final Set<String> STOP = Set.copyOf(java.util.Arrays.asList("a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at",
            "for", "with", "by", "from", "it", "its", "is", "are", "was", "were", "be", "been", "this", "that", "these",
            "those", "we", "they", "i", "you", "he", "she", "them", "us", "our", "their", "my", "me", "his", "her", "so",
            "do", "does", "did", "have", "has", "had", "will", "would", "can", "could", "not", "no", "as", "if", "there",
            "what", "who", "which", "how", "why", "all", "any", "some", "very", "just", "also", "even", "about", "up",
            "out", "off", "way", "by", "than", "then"));

    /** The score of two reports that open with the same {@link #OPENING} words. */
    static final double SAME_OPENING = 0.8;
    static final int OPENING = 4;

    private QuoteSimilarity() {}

    /** Lower-case words of the text (runs of letters, digits and apostrophes), quote marks and apostrophes folded. */
    public static List<String> words(String text) {
        String s = Names.plain(text).toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            while (i < n && !wordChar(s.codePointAt(i))) i += Character.charCount(s.codePointAt(i));
            int j = i;
            while (j < n && wordChar(s.codePointAt(j))) j += Character.charCount(s.codePointAt(j));
            if (j > i) add(s.substring(i, j), out);
            i = j;
        }
        return out;
    }

    private static boolean wordChar(int cp) {
        if (cp == '\'' || Character.isLetter(cp)) return true;
        int t = Character.getType(cp);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    /** A word without its outer apostrophes; "n't" as "not", and "'s", "'re", "'ve", "'ll", "'d", "'m" dropped. */
    private static void add(String w, List<String> out) {
        int a = 0;
        int b = w.length();
        while (a < b && w.charAt(a) == '\'') a++;
        while (b > a && w.charAt(b - 1) == '\'') b--;
        String t = w.substring(a, b);
        if (t.endsWith("n't")) {
            out.add(t.substring(0, t.length() - 3));
            out.add("not");
        } else if (!t.isEmpty()) {
            out.add(withoutClitic(t));
        }
    }

    private static String withoutClitic(String t) {
        for (String c : CLITICS) {
            if (t.endsWith(c)) return t.substring(0, t.length() - c.length());
        }
        return t;
    }

    private static final List<String> CLITICS = List.of("'s", "'re", "'ve", "'ll", "'d", "'m");

    /** A crude English stem: enough to meet "provides" with "provide" and "deals" with "deal". */
    static String stem(String w) {
        if (w.length() > 5 && w.endsWith("ing")) return w.substring(0, w.length() - 3);
        if (w.length() > 4 && w.endsWith("ies")) return w.substring(0, w.length() - 3) + "y";
        if (w.length() > 4 && w.endsWith("ed")) return w.substring(0, w.length() - 2);
        if (w.length() > 3 && w.endsWith("es") && !w.endsWith("ses")) return w.substring(0, w.length() - 1);
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) return w.substring(0, w.length() - 1);
        return w;
    }

    /** The stems of the content words. */
    public static Set<String> content(String text) {
        return content(words(text));
    }

    private static Set<String> content(List<String> words) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : words) if (!STOP.contains(w)) out.add(stem(w));
        return out;
    }

    private static Set<String> pairs(List<String> w) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i + 1 < w.size(); i++) out.add(stem(w.get(i)) + " " + stem(w.get(i + 1)));
        return out;
    }

    public static double of(String a, String b) {
        return of(features(a), features(b));
    }

    /** What the score is computed from, computed once per report. */
    public record Features(Set<String> content, Set<String> pairs, List<String> opening) {}

    public static Features features(String text) {
        List<String> w = words(text);
        return new Features(content(w), pairs(w), w.size() >= OPENING ? List.copyOf(w.subList(0, OPENING)) : List.of());
    }

    public static double of(Features a, Features b) {
        double s = Math.max(overlap(a.content(), b.content()), overlap(a.pairs(), b.pairs()));
        if (!a.opening().isEmpty() && a.opening().equals(b.opening())) s = Math.max(s, SAME_OPENING);
        return s;
    }

    static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        int common = 0;
        for (String x : a) if (b.contains(x)) common++;
        int min = Math.min(a.size(), b.size());
        // very short reports are compared as sets, so that two words in common do not make a match
        if (min < 3) return common / (double) (a.size() + b.size() - common);
        return common / (double) min;
    }
}
