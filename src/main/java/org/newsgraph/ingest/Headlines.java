package org.newsgraph.ingest;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's headline as the page shows it: its visible {@code <h1>} when that is a headline (three words or more,
 * not the site's name), else the first of the metadata's titles ({@code og:title}, the JSON-LD headline, {@code
 * <title>}), each without the site's or author's tail ("… | BBC News", "… - The Harbour Blog", "… — Jane Roe").
 */
final class Headlines {
    /** A tail after a separator: " | Site", " - Site", " – Site", " — Site", " :: Site". */
    private static final Pattern TAIL = Pattern.compile("^(.{12,}?)\\s+(?:\\||-|\u2013|\u2014|::|\u00bb|\u00b7)\\s+([^|\u2013\u2014]{1,60})$");
    private static final int MAX_TAIL_WORDS = 6;

    private Headlines() {}

    static String of(String h1, String outlet, String... titles) {
        if (h1 != null && isHeadline(h1.strip(), outlet)) return h1.strip().replaceAll("\\s+", " ");
        for (String t : titles) {
            if (t == null || t.isBlank()) continue;
            return withoutTail(t.strip().replaceAll("\\s+", " "), outlet);
        }
        return h1 == null || h1.isBlank() ? null : h1.strip();
    }

    private static boolean isHeadline(String h1, String outlet) {
        if (h1.isEmpty() || h1.length() > 300 || h1.split("\\s+").length < 3) return false;
        return outlet == null || !norm(h1).equals(norm(outlet));
    }

    /** The title without the site's or author's tail; tails are cut one at a time ("Title | Section | Site"). */
    static String withoutTail(String title, String outlet) {
        String t = title;
        for (int i = 0; i < 2; i++) {
            Matcher m = TAIL.matcher(t);
            if (!m.matches()) break;
            String tail = m.group(2).strip();
            boolean site = outlet != null && (norm(tail).contains(norm(outlet)) || norm(outlet).contains(norm(tail)));
            if (!site && tail.split("\\s+").length > MAX_TAIL_WORDS) break;
            if (m.group(1).strip().split("\\s+").length < 3) break;
            t = m.group(1).strip();
        }
        return t;
    }

    private static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "").replaceFirst("^the", "");
    }

    /**
     * The outlet's name as a reader names it: the first stated name that reads as one (not a domain, a handle such
     * as "detroitnews" or "CTVNews", or a bare acronym when a longer name is stated), else the tail of the page's
     * {@code <title>} ("… | The Harbour Daily"), else the first stated value.
     */
    static String outlet(String pageTitle, String... stated) {
        for (String s : stated) if (readsAsName(s)) return s.strip();
        if (pageTitle != null) {
            Matcher m = TAIL.matcher(pageTitle.strip().replaceAll("\\s+", " "));
            if (m.matches() && m.group(2).strip().split("\\s+").length <= MAX_TAIL_WORDS && readsAsName(m.group(2))) return m.group(2).strip();
        }
        for (String s : stated) if (s != null && !s.isBlank()) return s.strip();
        return null;
    }

    private static boolean readsAsName(String s) {
        if (s == null || s.isBlank() || s.contains("://") || s.matches("(?i).*\\.(com|org|net|co\\.uk|ru|de)\\b.*")) return false;
        String t = s.strip();
        if (t.contains(" ")) return true;
        if (t.equals(t.toLowerCase(Locale.ROOT))) return false; // "detroitnews"
        if (t.equals(t.toUpperCase(Locale.ROOT))) return t.length() > 4; // "WSJ" when nothing longer is stated
        return t.chars().skip(1).noneMatch(Character::isUpperCase); // "Reuters", not "CTVNews"
    }
}
