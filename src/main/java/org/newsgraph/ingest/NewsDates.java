package org.newsgraph.ingest;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the date forms news pages use: "March 7, 2025", "7 March 2025", "Mar. 7, 2025", "2025-03-07". */
public final class NewsDates {
    private static final String MONTHS =
            "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final Pattern MDY = Pattern.compile("\\b" + MONTHS + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern DMY = Pattern.compile("\\b(\\d{1,2})\\s+" + MONTHS + ",?\\s+(\\d{4})\\b");
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");

    /** A date found in a text, with where it stands. */
    public record Found(LocalDate date, int start, int end) {}

    private NewsDates() {}

    public static Optional<Found> find(String s) {
        Found best = null;
        for (Pattern p : new Pattern[] {ISO, MDY, DMY}) {
            Matcher m = p.matcher(s);
            while (m.find()) {
                LocalDate d = toDate(p, m);
                if (d != null && (best == null || m.start() < best.start())) {
                    best = new Found(d, m.start(), m.end());
                }
                if (d != null) break;
            }
        }
        return Optional.ofNullable(best);
    }

    private static LocalDate toDate(Pattern p, Matcher m) {
        try {
            if (p == ISO) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            String mon = p == MDY ? m.group(1) : m.group(2);
            int day = Integer.parseInt(p == MDY ? m.group(2) : m.group(1));
            return LocalDate.of(Integer.parseInt(m.group(3)), month(mon), day);
        } catch (RuntimeException e) {
            return null;
        }
    }

    static Month month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (Month mo : Month.values()) {
            if (mo.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT).startsWith(n.substring(0, 3))) {
                return mo;
            }
        }
        throw new IllegalArgumentException(name);
    }

    /**
     * Whether the line is only a date (with time, time zone, weekday, "Published"/"Updated" and the like),
     * as datelines above news bodies are.
     */
    public static boolean isDateLine(String line) {
        Optional<Found> f = find(line);
        if (f.isEmpty()) return false;
        String rest = (line.substring(0, f.get().start()) + " " + line.substring(f.get().end()))
                .replaceAll("\\b[A-Z]{2,4}\\b|\\b(GMT|UTC)[+-]?\\d*", " ")
                .replaceAll("(?i)\\b(published|updated|posted|date|on|at|am|pm|a\\.m\\.|p\\.m\\."
                        + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b", " ")
                .replaceAll("[\\d:|,.()\\-–—/\\s]", "");
        return rest.isEmpty();
    }

    public static LocalDate parseIso(String s) {
        if (s == null || s.isBlank()) return null;
        return find(s).map(Found::date).orElse(null);
    }
}
