package org.newsgraph.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the layout of a news text: which line is the headline, which states the date or the source,
 * which are headings, captions and page furniture, and which are the article's running text.
 *
 * <p>Rules follow how news pages are laid out in general: a headline is a short first line without a
 * closing full stop; a dateline or "Source:" line sits in the first few lines; lists of related
 * headlines and rankings follow a marker line at the end of the page.
 */
public final class PageLayout {
    /** Lines from which the rest of the page is furniture (related articles, rankings, sharing). */
    private static final Pattern FURNITURE_MARKER = Pattern.compile(
            "(?i)^\\W*(\"?[\\w ]{0,30}\"?\\s+)?(popular articles?|most (read|popular|viewed)|related (articles?|stories|news|coverage)"
                    + "|recommended( for you)?|read more|more from|you may also like|trending( now)?|[\\w ]*access ranking)\\W*$");
    /** Lines of page furniture inside the story ("Advertisement", "Share this article"): only the line itself. */
    private static final Pattern FURNITURE_LINE = Pattern.compile(
            "(?i)^\\W*(share this( article)?|advertisement|subscribe( now)?|sign up for[\\w ]{0,30}|follow us[\\w ]{0,20})\\W*$");
    private static final Pattern SOURCE_LINE = Pattern.compile("(?iU)^\\s*(source|via|by)\\s*:\\s*(.{2,60}?)\\s*$");
    private static final Pattern DATE_PREFIX = Pattern.compile("(?i)^\\s*(?:date|published|updated)\\s*:?\\s*(\\d{4}-\\d{2}-\\d{2})\\s*(.*)$");
    private static final Pattern SECTION_LABEL = Pattern.compile("^[\\p{Lu}&\\s]{2,20}$");
    private static final Pattern TEASER_TAIL = Pattern.compile("\\s*(?:[.…]{2,}|…)\\s*(?:see|read) more\\s*$", Pattern.CASE_INSENSITIVE);
    /** "(Reporting by …; Editing by …)", "Additional reporting by …": wire-service credits. */
    private static final Pattern CREDITS = Pattern.compile("(?i)^\\(?\\s*(additional )?(reporting|writing|editing|compiled|translated) by\\b.*$");
    /**
     * A photo's caption as page text keeps it: a paragraph that ends in its credit, "(Jane Roe / Harbour News)",
     * "(Jane Roe/Reuters)", "(Photo: Jane Roe)". The photographer is no one the story quotes.
     */
    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            "\\((?:(?:Photo|Image|Picture)(?: by|:)\\s*[^()]{2,60}|\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,3}\\s*/\\s*[\\p{L}][\\p{L}.&'’ ]{1,40})\\)\\s*$");
    /** "By Jane Smith": a byline. */
    /** "BERLIN, April 3 (Reuters) -": a wire dateline naming the agency. */
    private static final Pattern WIRE_DATELINE = Pattern.compile("^\\p{Lu}[\\p{Lu} .,'-]+(?:,\\s*\\p{L}+\\.?\\s+\\d{1,2})?\\s*\\(([\\p{L}][\\p{L} .&-]{1,30})\\)\\s*[-–—]");
    private static final Pattern BULLET = Pattern.compile("^\\s*[-•*·–]\\s*$");
    private static final int HEADER_LINES = 6;

    private PageLayout() {}

    /** A line of the text with its offsets, trimmed of surrounding white space. */
    record Line(int start, int end, String text) {}

    static List<Line> lines(String text) {
        List<Line> out = new ArrayList<>();
        int i = 0;
        while (i <= text.length()) {
            int nl = text.indexOf('\n', i);
            int e = nl < 0 ? text.length() : nl;
            int s = i;
            int t = e;
            while (s < t && blank(text.charAt(s))) s++;
            while (t > s && blank(text.charAt(t - 1))) t--;
            out.add(new Line(s, t, text.substring(s, t)));
            if (nl < 0) break;
            i = nl + 1;
        }
        return out;
    }

    /**
     * Lays out a plain text whose metadata, if any, is written in the text itself.
     *
     * @param source the input's name
     * @param text   the whole text, line breaks normalised to \n
     */
    public static Article plainText(String source, String text) {
        return layout(source, null, text, null, null, null, List.of(), true);
    }

    /**
     * Lays out a text whose metadata came from elsewhere (HTML meta tags, JSON fields). When {@code title}
     * is given and the text starts with it, that first line is the headline.
     */
    public static Article withMetadata(String source, String url, String text, String title, LocalDate date, String outlet) {
        return withMetadata(source, url, text, title, date, outlet, List.of());
    }

    /** As {@link #withMetadata(String, String, String, String, LocalDate, String)}, with the authors the source names. */
    public static Article withMetadata(String source, String url, String text, String title, LocalDate date, String outlet,
                                       List<String> authors) {
        return layout(source, url, text, title, date, outlet, authors, title == null);
    }

    private static Article layout(String source, String url, String text, String knownTitle, LocalDate knownDate,
                                  String knownOutlet, List<String> knownAuthors, boolean findTitle) {
        List<Line> lines = lines(text);
        // a headline needs a body under it
        if (lines.stream().filter(l -> !l.text().isEmpty()).count() < 2) findTitle = false;
        List<Block> blocks = new ArrayList<>();
        String title = knownTitle;
        LocalDate date = knownDate;
        String outlet = knownOutlet;
        List<String> authors = new ArrayList<>(knownAuthors);
        int furnitureFrom = furnitureStart(lines);

        int content = 0; // non-empty lines seen
        boolean bodyStarted = false;
        int titleIndex = -1;
        for (int li = 0; li < lines.size(); li++) {
            Line line = lines.get(li);
            if (line.text().isEmpty()) continue;
            if (li >= furnitureFrom) {
                boolean listed = li > furnitureFrom && looksLikeTitle(line.text()) && line.text().split("\\s+").length >= 4
                        && !FURNITURE_MARKER.matcher(line.text()).matches();
                blocks.add(new Block(line.start(), line.end(), listed ? Block.Kind.LISTED : Block.Kind.BOILERPLATE));
                continue;
            }
            if (FURNITURE_LINE.matcher(line.text()).matches()) {
                blocks.add(new Block(line.start(), line.end(), Block.Kind.BOILERPLATE));
                continue;
            }
            content++;
            String s = line.text();
            boolean inHeader = !bodyStarted && content <= HEADER_LINES;

            Matcher src = SOURCE_LINE.matcher(s);
            if (inHeader && src.matches()) {
                if (outlet == null && !src.group(1).equalsIgnoreCase("by")) outlet = src.group(2).strip();
                blocks.add(new Block(line.start(), line.end(), Block.Kind.METADATA));
                continue;
            }
            Matcher dp = DATE_PREFIX.matcher(s);
            if (inHeader && dp.matches()) {
                if (date == null) date = NewsDates.parseIso(dp.group(1));
                int restStart = line.start() + dp.start(2);
                blocks.add(new Block(line.start(), restStart, Block.Kind.METADATA));
                if (!dp.group(2).isBlank()) {
                    if (findTitle && title == null && looksLikeTitle(dp.group(2))) {
                        title = dp.group(2).trim();
                        titleIndex = blocks.size();
                        blocks.add(new Block(restStart, line.end(), Block.Kind.TITLE));
                    } else {
                        blocks.add(new Block(restStart, line.end(), Block.Kind.BODY));
                        bodyStarted = true;
                    }
                }
                continue;
            }
            String[] dated = inHeader ? dateAndOutlet(s) : null;
            if (dated != null) {
                // "2025-03-05 | Town Herald", "Town Herald | March 5, 2025"
                if (date == null) date = NewsDates.parseIso(dated[0]);
                if (outlet == null) outlet = dated[1];
                blocks.add(new Block(line.start(), line.end(), Block.Kind.METADATA));
                continue;
            }
            if (date == null && content <= HEADER_LINES && NewsDates.isDateLine(s)) {
                if (date == null) date = NewsDates.find(s).get().date();
                blocks.add(new Block(line.start(), line.end(), Block.Kind.METADATA));
                // a line between the headline and the date line is a photo caption
                if (titleIndex >= 0) {
                    for (int b = titleIndex + 1; b < blocks.size(); b++) {
                        if (blocks.get(b).kind() == Block.Kind.BODY) blocks.set(b, blocks.get(b).withKind(Block.Kind.CAPTION));
                    }
                    bodyStarted = false;
                }
                continue;
            }
            if (inHeader && SECTION_LABEL.matcher(s).matches() && s.split("\\s+").length <= 2 && title == null) {
                blocks.add(new Block(line.start(), line.end(), Block.Kind.METADATA));
                continue;
            }
            if (knownTitle != null && titleIndex < 0 && !bodyStarted && s.equals(knownTitle.trim())) {
                titleIndex = blocks.size();
                blocks.add(new Block(line.start(), line.end(), Block.Kind.TITLE));
                continue;
            }
            if (findTitle && title == null && titleIndex < 0 && !bodyStarted && looksLikeTitle(s)) {
                Matcher teaser = TEASER_TAIL.matcher(s);
                int end = teaser.find() ? line.start() + teaser.start() : line.end();
                title = text.substring(line.start(), end).trim();
                titleIndex = blocks.size();
                blocks.add(new Block(line.start(), end, Block.Kind.TITLE));
                if (end < line.end()) blocks.add(new Block(end, line.end(), Block.Kind.BOILERPLATE));
                continue;
            }
            Bylines.Byline by = Bylines.parse(s); // a line that is only a byline is one wherever it stands
            if (by != null) {
                if (knownAuthors.isEmpty() && (inHeader || authors.isEmpty())) authors.addAll(by.authors());
                if (outlet == null && inHeader) outlet = by.outlet();
                blocks.add(new Block(line.start(), line.end(), Block.Kind.METADATA));
                continue;
            }
            if (CREDITS.matcher(s).matches()) {
                blocks.add(new Block(line.start(), line.end(), Block.Kind.METADATA));
                continue;
            }
            Matcher wire = WIRE_DATELINE.matcher(s);
            if (outlet == null && !bodyStarted && wire.find()) outlet = wire.group(1).strip();
            if (BULLET.matcher(s).matches()) {
                blocks.add(new Block(line.start(), line.end(), Block.Kind.BOILERPLATE));
                continue;
            }
            blocks.add(new Block(line.start(), line.end(), PHOTO_CREDIT.matcher(s).find() ? Block.Kind.CAPTION
                    : isHeading(s) ? Block.Kind.HEADING : Block.Kind.BODY));
            bodyStarted = true;
        }
        return new Article(source, url, title, date, outlet, text, blocks, authors.stream().distinct().toList());
    }

    /** The index of the first line of trailing page furniture, or lines.size() if there is none. */
    /** A header line of a date and an outlet's name side by side, or null: {date, outlet}. */
    static String[] dateAndOutlet(String s) {
        String[] parts = s.split("\\s+[|\u00B7\u2022]\\s+");
        if (parts.length != 2) return null;
        for (int d = 0; d < 2; d++) {
            String name = parts[1 - d].strip();
            if (NewsDates.isDateLine(parts[d]) && OUTLET_NAME.matcher(name).matches() && NewsDates.find(name).isEmpty()) {
                return new String[] {parts[d].strip(), name};
            }
        }
        return null;
    }

    /** An outlet's name: one to six words, the first capitalised, no sentence punctuation. */
    private static final Pattern OUTLET_NAME = Pattern.compile("^\\p{Lu}[\\p{L}\\p{N}.&'’-]*(?:\\s+[\\p{L}\\p{N}.&'’-]+){0,5}$");

    private static int furnitureStart(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (FURNITURE_MARKER.matcher(lines.get(i).text()).matches()) {
                return i;
            }
        }
        return lines.size();
    }

    private static boolean blank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** A headline: short, no closing full stop, not a sentence of running text. */
    static boolean looksLikeTitle(String s) {
        String t = s.trim();
        if (t.isEmpty() || t.length() > 220) return false;
        // a sentence, not a headline: ends in a full stop or exclamation, inside quote marks or not
        if (t.matches("(?s).*[^.][.!][\"'\u201D\u2019)]*$")) return false;
        // two sentences in one line
        if (t.matches("(?s).*[a-z][.!?][\"\u201D\u2019]?\\s+[\"\u201C\u2018]?\\p{Lu}.*")) return false;
        int words = t.split("\\s+").length;
        if (words < 2 || words > 30) return false;
        return Character.isUpperCase(t.codePointAt(0)) || !Character.isLetter(t.codePointAt(0));
    }

    /** A section heading inside the body: short, no closing full stop. */
    static boolean isHeading(String s) {
        String t = s.trim();
        if (t.length() > 90) return false;
        // a sentence ends in a stop, also inside closing quote marks ("… before winter.”")
        String end = t.replaceAll("[\"'\u201D\u2019)]+$", "");
        if (end.isEmpty()) return false;
        char last = end.charAt(end.length() - 1);
        if (last == '.' || last == ',' || last == ';' || last == ':' || (last == '!' && end.length() < t.length())) return false;
        return t.split("\\s+").length <= 12 && Character.isUpperCase(t.codePointAt(0));
    }

}
