package org.newsgraph.model;

import java.text.Normalizer;
import java.util.Locale;

/** Normal forms of names, so that "U.S." and "US", curly and straight apostrophes, compare equal. */
public final class Names {
    private static final java.util.regex.Pattern INNER_DOT = java.util.regex.Pattern.compile("(?<=\\p{L})\\.(?=\\p{L}|$|[\\s-])");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\u00A0]+");
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");

    private Names() {}

    /** NFKC with curly quotes and apostrophes made straight: the form every comparison of text starts from. */
    public static String plain(String s) {
        if (ascii(s)) return s;
        return Normalizer.normalize(s, Normalizer.Form.NFKC)
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201C', '"').replace('\u201D', '"');
    }

    /** The lookup key of a name: NFKC, straight quotes, no dots or leading "the", lower case, single spaces. */
    public static String key(String name) {
        String s = plain(name).replace('\u2013', '-').replace('\u2014', '-');
        if (s.indexOf('.') >= 0) s = INNER_DOT.matcher(s).replaceAll("").replace(".", "");
        s = SPACES.matcher(s).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
        if (s.startsWith("the ")) s = s.substring(4);
        return s;
    }

    /** Removes a trailing possessive ("Japan's" → "Japan"). */
    public static String stripPossessive(String s) {
        if (s.endsWith("'s") || s.endsWith("\u2019s")) return s.substring(0, s.length() - 2);
        if (s.endsWith("s'") || s.endsWith("s\u2019")) return s.substring(0, s.length() - 1);
        return s;
    }

    /** The text without accents and other combining marks ("Luján" → "Lujan"). */
    public static String withoutMarks(String s) {
        if (ascii(s)) return s;
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) return false;
        }
        return true;
    }

    /** A slug for IRIs: lower-case ASCII letters, digits and hyphens. */
    public static String slug(String s) {
        String n = withoutMarks(key(s));
        n = n.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (n.length() > 80) n = n.substring(0, 80).replaceAll("-+$", "");
        return n.isEmpty() ? "x" : n;
    }
}
