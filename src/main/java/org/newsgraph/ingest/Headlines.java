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
}
