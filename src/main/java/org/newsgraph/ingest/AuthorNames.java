package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.nlp.WordLists;

/**
 * The human authors in what a page credits: "By TOM ROE, AP Auto Writer" is Tom Roe; "By Ann Lee and Bo Kim,
 * Associated Press" is two people; a wire service ({@code lexicons/news-agencies.txt}), a desk ("Editorial",
 * "Metro Staff", "wire services"), the outlet itself, a site account ("admin", "jdoe-2"), an acronym and a date
 * beside the byline are no authors.
 */
public final class AuthorNames {
    private static final Set<String> AGENCIES = lower(WordLists.load("news-agencies"));
    private static final Pattern BY = Pattern.compile("(?i)^(?:(?:analysis|opinion|story|words|written|text|reporting|photos?)\\s+)?by:?\\s+");
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|;|\\||&|\\band\\b)\\s*");
    /** A role, a desk or a credential: what follows a name in a byline, never a name. */
    private static final Pattern NOT_A_NAME = Pattern.compile("(?i)\\b(?:writer|editor|editors|editor-at-large|correspondent|reporter|"
            + "reporters|staff|desk|contributor|contributors|columnist|editorial|wire|services?|bureau|team|news|newsroom|"
            + "ph\\.?d|m\\.?d|journalist|producer|photographer|analyst|press)\\b");
    private static final Pattern ACCOUNT = Pattern.compile("[\\p{Ll}\\d_.-]+|\\S+-\\S+|\\p{Lu}{2,6}");
    /** A date or time beside the byline: "November 18", "11:03 PM". */
    private static final Pattern DATE = Pattern.compile("(?i).*(?:\\d|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d).*"
            + "|(?i)(?:january|february|march|april|june|july|august|september|october|november|december)\\b.*");

    private AuthorNames() {}

    /** The authors among {@code credited} (each a name or a byline), in order, once each; {@code outlet} may be null. */
    public static List<String> of(List<String> credited, String outlet) {
        Set<String> out = new LinkedHashSet<>();
        String site = outlet == null ? null : outlet.toLowerCase(Locale.ROOT).replaceFirst("^the ", "").strip();
        for (String c : credited) {
            if (c == null || c.contains("://") || c.contains("@")) continue;
            String rest = BY.matcher(c.strip()).replaceFirst("");
            for (String part : SPLIT.split(rest)) {
                String name = part.strip().replaceAll("\\s+", " ");
                if (name.isEmpty() || name.chars().noneMatch(Character::isLetter)) continue;
                if (!name.contains(" ") && ACCOUNT.matcher(name).matches()) continue; // "admin", "jdoe-2", "CNN"
                if (name.equals(name.toUpperCase(Locale.ROOT))) name = titleCase(name);
                String low = name.toLowerCase(Locale.ROOT).replaceFirst("^the ", "");
                if (AGENCIES.contains(low) || NOT_A_NAME.matcher(name).find() || DATE.matcher(name).matches() || name.split(" ").length > 5) continue;
                if (site != null && !site.isEmpty() && (low.equals(site) || site.contains(low) || low.contains(site))) continue;
                out.add(name);
            }
        }
        return new ArrayList<>(out);
    }

    private static Set<String> lower(Set<String> words) {
        Set<String> out = new java.util.HashSet<>();
        for (String w : words) out.add(w.toLowerCase(Locale.ROOT));
        return out;
    }

    static String titleCase(String s) {
        StringBuilder b = new StringBuilder();
        boolean start = true;
        for (char c : s.toCharArray()) {
            b.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = !Character.isLetter(c) && c != '\'' && c != '\u2019';
        }
        return b.toString();
    }
}
