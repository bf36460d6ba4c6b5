package org.newsgraph.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's publication date, from the first place that states one: the {@code article:published_time} meta,
 * the JSON-LD article's {@code datePublished}, {@code itemprop="datePublished"} microdata, the date metas news
 * sites write ({@code date}, {@code pubdate}, {@code pdate}, {@code sailthru.date}, {@code dc.date}, …), a
 * {@code <time datetime>}, a date in the URL's path ({@code /2025/03/07/}, {@code /2025/mar/07/}, {@code
 * -20250307}), and the visible dateline or byline. Placeholder dates (before 1990, such as {@code 0001-01-01})
 * state nothing. A UTC time in the small hours whose day the page shows as the day before is the local evening
 * before: the page's own date wins.
 */
final class PageDates {
    private static final String[] METAS = {"article:published_time", "datePublished", "date", "pubdate", "publishdate", "pdate",
            "sailthru.date", "dc.date", "dc.date.issued", "DC.date.issued", "parsely-pub-date", "article.published", "og:published_time"};
    private static final Pattern COMPACT = Pattern.compile("(?<!\\d)(19|20)(\\d{2})(\\d{2})(\\d{2})(?!\\d)");
    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})/(\\d{1,2}|[a-z]{3})/(\\d{1,2})(?:/|$)");

    private PageDates() {}

    static LocalDate of(Document doc, JsonLd ld, String url) {
        List<String> stated = new ArrayList<>();
        stated.add(meta(doc, "article:published_time"));
        stated.add(ld.datePublished());
        for (Element e : doc.select("[itemprop=datePublished]")) {
            stated.add(e.hasAttr("content") ? e.attr("content") : e.hasAttr("datetime") ? e.attr("datetime") : e.text());
        }
        for (String m : METAS) stated.add(meta(doc, m));
        Element time = doc.selectFirst("time[datetime]");
        if (time != null) stated.add(time.attr("datetime"));
        for (String s : stated) {
            LocalDate d = parse(s);
            if (d == null) continue;
            // a UTC time in the small hours is the evening before where the page shows its date
            LocalDate shown = EARLY_UTC.matcher(s.strip()).matches() ? visible(doc) : null;
            return shown != null && shown.equals(d.minusDays(1)) ? shown : d;
        }
        LocalDate inUrl = fromUrl(url);
        if (inUrl != null) return inUrl;
        return visible(doc);
    }

    /** A timestamp in UTC before noon: "2025-03-08T04:31:13Z", "…T02:07:18+00:00". */
    private static final Pattern EARLY_UTC = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ](0\\d|1[01]):\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]00:?00)");

    /** The date the page shows in its dateline, byline or time element, or null. */
    private static LocalDate visible(Document doc) {
        for (Element e : doc.select("[class*=date], [class*=byline], [class*=dateline], [class*=timestamp], time")) {
            String t = e.text();
            if (t.length() > 200) continue;
            LocalDate d = plausible(NewsDates.parseIso(t));
            if (d != null) return d;
        }
        return null;
    }

    private static LocalDate parse(String s) {
        if (s == null || s.isBlank()) return null;
        LocalDate d = plausible(NewsDates.parseIso(s));
        if (d != null) return d;
        Matcher m = COMPACT.matcher(s.strip());
        return m.matches() ? plausible(date(m.group(1) + m.group(2), m.group(3), m.group(4))) : null;
    }

    /** A date in the URL's path, or null. */
    static LocalDate fromUrl(String url) {
        if (url == null) return null;
        String path = url.replaceFirst("^[a-z]+://[^/]+", "").toLowerCase(java.util.Locale.ROOT);
        Matcher m = URL_DATE.matcher(path);
        if (m.find()) {
            String mon = m.group(2);
            String month = mon.chars().allMatch(Character::isDigit) ? mon : safeMonth(mon);
            return month == null ? null : plausible(date(m.group(1), month, m.group(3)));
        }
        Matcher c = COMPACT.matcher(path);
        return c.find() ? plausible(date(c.group(1) + c.group(2), c.group(3), c.group(4))) : null;
    }

    private static String safeMonth(String abbrev) {
        try {
            return String.valueOf(NewsDates.month(abbrev).getValue());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalDate date(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static LocalDate plausible(LocalDate d) {
        return d == null || d.getYear() < 1990 || d.getYear() > 2100 ? null : d;
    }

    private static String meta(Document doc, String key) {
        return HtmlReader.meta(doc, key, true);
    }
}
