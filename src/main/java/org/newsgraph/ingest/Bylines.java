package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bylines as news prints them above a story: "By Jane Roe", "BY JANE ROE", "By Jane Roe and John Doe",
 * "By Jane Roe, John Doe and Ana Ruiz", "By Jane Roe, Reuters" (a one-word last part is the outlet, as is a
 * last part after " | " or " for "). The names are kept as written, capitals of an all-caps byline undone.
 */
public final class Bylines {
    /** The authors a byline names, and the outlet it names when it does (else null). */
    public record Byline(List<String> authors, String outlet) {}

    private static final Pattern BY = Pattern.compile("^(?:By|BY|by)\\s+(.{3,120}?)\\s*$");
    private static final String NAME_WORD = "\\p{Lu}[\\p{L}.'\u2019-]*";
    /** A personal name: two to four capitalised words ("Jane Roe", "Mary-Ann de la Cruz" reads as its capitalised words). */
    private static final Pattern NAME = Pattern.compile(NAME_WORD + "(?:\\s+(?:(?:de|da|van|von|der|la|le|bin|al)\\s+)?" + NAME_WORD + "){1,3}");
    private static final Pattern OUTLET = Pattern.compile("\\p{Lu}[\\p{L}\\p{N}.&'\u2019-]*(?:\\s+[\\p{L}\\p{N}.&'\u2019-]+){0,4}");

    private Bylines() {}

    /** The byline a line is, or null when it is none. */
    public static Byline parse(String line) {
        Matcher m = BY.matcher(line.strip());
        if (!m.matches()) return null;
        String rest = m.group(1);
        String outlet = null;
        String[] bar = rest.split("\\s+(?:\\||for)\\s+", 2);
        if (bar.length == 2) {
            if (!OUTLET.matcher(bar[1].strip()).matches()) return null;
            outlet = bar[1].strip();
            rest = bar[0];
        }
        List<String> parts = new ArrayList<>(List.of(rest.split("\\s*,\\s*|\\s+and\\s+|\\s*&\\s*")));
        parts.removeIf(String::isBlank);
        if (parts.isEmpty()) return null;
        if (outlet == null && parts.size() > 1 && rest.contains(",")) {
            String last = parts.get(parts.size() - 1);
            if (!last.contains(" ") && OUTLET.matcher(last).matches()) { // "By Jane Roe, Reuters"
                outlet = last;
                parts.remove(parts.size() - 1);
            }
        }
        if (outlet == null && parts.size() == 1 && !parts.get(0).contains(" ") && OUTLET.matcher(parts.get(0)).matches()) {
            return new Byline(List.of(), parts.get(0)); // "By Reuters"
        }
        List<String> authors = new ArrayList<>();
        for (String p : parts) {
            String name = allCaps(p) ? AuthorNames.titleCase(p) : p;
            if (!NAME.matcher(name).matches()) return null; // "By the way, …" is a sentence
            authors.add(name);
        }
        return new Byline(authors, outlet);
    }

    private static boolean allCaps(String s) {
        return s.chars().anyMatch(Character::isLetter) && s.equals(s.toUpperCase(Locale.ROOT));
    }
}
