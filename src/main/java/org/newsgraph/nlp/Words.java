package org.newsgraph.nlp;

import java.util.Locale;

/**
 * The word next to an offset of raw text, read without tokenising: for rules that look one word to the side of a
 * name ("said Roe", "Roe said", "a letter to Roe", "Roe's aide").
 */
public final class Words {
    private Words() {}

    /** The letters just before {@code at} (spaces skipped), lower-cased; empty at punctuation or the start. */
    public static String before(String text, int at) {
        int e = at;
        while (e > 0 && text.charAt(e - 1) == ' ') e--;
        int s = e;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) s--;
        return text.substring(s, e).toLowerCase(Locale.ROOT);
    }

    /** Where the word {@link #before} found starts (or {@code at} when there is none). */
    public static int startBefore(String text, int at) {
        int e = at;
        while (e > 0 && text.charAt(e - 1) == ' ') e--;
        int s = e;
        while (s > 0 && Character.isLetter(text.charAt(s - 1))) s--;
        return s;
    }

    /** The letters just after {@code at} (spaces skipped), as written; empty at punctuation or the end. */
    public static String after(String text, int at) {
        int i = at;
        while (i < text.length() && text.charAt(i) == ' ') i++;
        int e = i;
        while (e < text.length() && Character.isLetter(text.charAt(e))) e++;
        return text.substring(i, e);
    }

    /** Whether a possessive "'s" (straight or curly) follows {@code end}. */
    public static boolean possessiveAt(String text, int end) {
        return text.startsWith("'s", end) || text.startsWith("\u2019s", end);
    }
}
