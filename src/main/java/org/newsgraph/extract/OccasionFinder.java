package org.newsgraph.extract;

import org.newsgraph.model.Mention;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteKind;
import org.newsgraph.model.Occasion;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.nlp.AnalyzedText;
import org.newsgraph.nlp.Sentence;

/**
 * Finds the occasion of a quote: the day it was said, read from the attribution sentence or, failing that,
 * from the last earlier sentence that names the speaker with a day, and resolved against the article's
 * date ("on Thursday" in an article of Friday 7 March 2025 is 6 March); and the setting ("at a press
 * conference", "in parliament").
 */
public final class OccasionFinder {
    /** Earlier sentences naming the speaker read for the day, at most: an occasion is stated near its quote. */
    static final int LOOKBACK = 20;
    private static final String WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.";
    private static final Pattern DAY = Pattern.compile(
            "\\b(?:(last|this|on|early|late)\\s+)?(" + WEEKDAYS + ")\\b(?:\\s+(morning|afternoon|evening|night))?"
                    + "|\\b(yesterday|today|tonight|(?:on\\s+)?the\\s+same\\s+day)\\b"
                    + "|\\b(?:on\\s+)?(" + MONTHS + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b"
                    + "|\\b(?:on\\s+)?(\\d{1,2})\\s+(" + MONTHS + ")(?:\\s+(\\d{4}))?\\b");
    private static final Pattern SETTING = Pattern.compile(
            "(?i)\\b(?:at|during|in|on|before)\\s+(?:a|an|the|his|her|their|its)?\\s*(?:[\\p{L}'’.-]+\\s+){0,6}?"
                    + "(?:press conference|news conference|press briefing|briefing|meeting|hearing|session|summit|rally|speech"
                    + "|interview|event|forum|ceremony|debate|parliament|congress|assembly|the diet|white house|kremlin"
                    + "|address|broadcast|podcast|statement)\\b(?:\\s+with\\s+(?:[\\p{Lu}][\\p{L}.&'’-]*\\s*){1,4})?");

    public Occasion find(AnalyzedText at, Quote q, List<Entity> entities) {
        String text = at.article().text();
        LocalDate articleDate = at.article().date();
        List<Sentence> sentences = at.sentences();
        // the sentences of the quote and its attribution, outside the quoted words
        StringBuilder around = new StringBuilder();
        Sentence before = null;
        Object block = blockOf(sentences, q);
        for (Sentence s : sentences) {
            if (s.end() <= q.start() && s.block() != null && q.kind() == QuoteKind.BLOCK) before = s;
            boolean touches = s.end() > q.start() - 2 && s.start() < q.end() + 2 && s.block().equals(block);
            if (touches) around.append(outside(text, s, q)).append(' ');
        }
        if (q.kind() == QuoteKind.BLOCK && before != null) around.append(text, before.start(), before.end());
        String ctx = around.toString();
        Match day = day(ctx, articleDate);
        String setting = setting(ctx);
        if ((day == null || setting == null) && q.speakerKey() != null) {
            // the last earlier sentence that names the speaker
            Entity speaker = entities.stream().filter(e -> e.key().equals(q.speakerKey())).findFirst().orElse(null);
            if (speaker != null) {
                List<Mention> earlier = speaker.mentions().stream().filter(m -> m.start() < q.start())
                        .sorted(java.util.Comparator.comparingInt(Mention::start).reversed()).toList();
                Sentence last = null;
                int examined = 0;
                for (Mention m : earlier) {
                    Sentence s = at.sentenceAt(m.start());
                    if (s == null || s == last || s.start() >= q.start() || m.end() > s.end() || !actsIn(at, s, m, text)) continue;
                    last = s;
                    String st = outsideQuotes(text.substring(s.start(), s.end()));
                    if (day == null) day = day(st, articleDate);
                    if (setting == null) setting = setting(st);
                    if (day != null || ++examined >= LOOKBACK) break;
                }
            }
        }
        if (day == null && setting == null) return Occasion.UNKNOWN;
        return new Occasion(day == null ? null : day.date, day == null ? null : day.words, setting);
    }

    /** A mention that names the one who acts, not a modifier ("the Trump administration", "Trump's remarks"). */
    private static boolean actsIn(AnalyzedText at, Sentence s, Mention m, String text) {
        if (m.end() + 1 < text.length() && (text.startsWith("'s", m.end()) || text.startsWith("\u2019s", m.end()))) return false;
        for (int i = 0; i < s.tokens().size(); i++) {
            var t = s.tokens().get(i);
            if (t.start() < m.end()) continue;
            boolean word = !t.text().isEmpty() && Character.isLetter(t.text().codePointAt(0));
            // "Trump administration", "Trump’s remarks": a noun after the name makes the name a modifier
            return !(word && Set.of("NOUN", "ADJ", "PUNCT", "PART", "PROPN").contains(at.tag(s, i)) && Character.isLowerCase(t.text().codePointAt(0)));
        }
        return true;
    }

    private static Object blockOf(List<Sentence> sentences, Quote q) {
        for (Sentence s : sentences) if (s.start() <= q.start() && q.start() < s.end() + 1) return s.block();
        return null;
    }

    private static String outside(String text, Sentence s, Quote q) {
        StringBuilder b = new StringBuilder();
        if (s.start() < q.start()) b.append(text, s.start(), Math.min(s.end(), q.start()));
        b.append(' ');
        if (s.end() > q.end()) b.append(text, Math.max(s.start(), q.end()), s.end());
        return outsideQuotes(b.toString());
    }

    private static String outsideQuotes(String s) {
        return s.replaceAll("[\u201C\"][^\u201D\"]*[\u201D\"]", " ");
    }

    private record Match(LocalDate date, String words) {}

    /** The first day the text names, resolved against the article's date; null when none or unresolvable. */
    static Match day(String s, LocalDate articleDate) {
        Matcher m = DAY.matcher(s);
        while (m.find()) {
            LocalDate d = resolve(m, articleDate);
            if (d != null) return new Match(d, m.group().strip());
        }
        return null;
    }

    private static LocalDate resolve(Matcher m, LocalDate ref) {
        if (m.group(2) != null) {
            if (ref == null) return null;
            DayOfWeek dow = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
            int back = (ref.getDayOfWeek().getValue() - dow.getValue() + 7) % 7;
            if ("last".equalsIgnoreCase(m.group(1)) && back == 0) back = 7;
            return ref.minusDays(back);
        }
        if (m.group(4) != null) {
            if (ref == null) return null;
            String w = m.group(4).toLowerCase(Locale.ROOT);
            return w.equals("yesterday") ? ref.minusDays(1) : ref;
        }
        String mon = m.group(5) != null ? m.group(5) : m.group(9);
        String day = m.group(5) != null ? m.group(6) : m.group(8);
        String year = m.group(5) != null ? m.group(7) : m.group(10);
        if (mon == null) return null;
        Month month = month(mon);
        int d = Integer.parseInt(day);
        try {
            if (year != null) return LocalDate.of(Integer.parseInt(year), month, d);
            if (ref == null) return null;
            LocalDate guess = LocalDate.of(ref.getYear(), month, d);
            return guess.isAfter(ref.plusDays(1)) ? guess.minusYears(1) : guess;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Month month(String s) {
        String p = s.toLowerCase(Locale.ROOT).substring(0, 3);
        for (Month mo : Month.values()) {
            if (mo.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT).startsWith(p)) return mo;
        }
        throw new IllegalArgumentException(s);
    }

    static String setting(String s) {
        Matcher m = SETTING.matcher(s);
        return m.find() ? m.group().strip().replaceAll("[,.;:]+$", "") : null;
    }
}
