package org.newsgraph.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * One article per HTML page. Metadata comes from the page's meta tags (Open Graph, article:published_time);
 * the main content is the element Readability4J (the Java port of Mozilla's Readability.js) chooses, and
 * from it the paragraphs, headings, list items and block quotes are the text, captions left out. When
 * Readability finds nothing, the page's {@code <article>}, {@code <main>} or body is read with scripts,
 * styles, navigation, headers, footers, asides and forms dropped.
 */
public final class HtmlReader implements ArticleReader {
    /** Below this many characters Readability's choice is a teaser, not the article. */
    static final int MIN_CONTENT = 200;
    /**
     * Deepest element nesting read. News pages nest some 20 to 60 levels; a page nested thousands deep is made
     * to exhaust the readers, whose walks of the tree are recursive.
     */
    public static final int MAX_DEPTH = 512;
    /** Most elements of a page given to Readability (news pages have a few thousand; 100,000 took minutes). */
    static final int MAX_READABILITY_ELEMENTS = 30_000;
    private static final String TEXT_ELEMENTS = "p, h2, h3, h4, blockquote, li, pre";

    @Override
    public void read(String name, String html, Consumer<Article> articles, Consumer<Problem> problems) {
        Document doc = Jsoup.parse(html);
        int depth = depth(doc);
        if (depth > MAX_DEPTH) {
            problems.accept(new Problem(name, String.format("HTML nested %,d levels deep (the limit is %d): not a page to read", depth, MAX_DEPTH)));
            return;
        }
        JsonLd ld = JsonLd.of(doc);
        String outlet = Headlines.outlet(doc.title(), meta(doc, "og:site_name"), ld.publisher(), meta(doc, "publisher"));
        String title = Headlines.of(text(doc.selectFirst("h1")), outlet, meta(doc, "og:title"), ld.headline(), doc.title());
        String url = firstNonBlank(attr(doc.selectFirst("link[rel=canonical]"), "href"), meta(doc, "og:url"));
        LocalDate date = PageDates.of(doc, ld, url);
        List<String> authors = authors(doc, ld, outlet);

        // Readability's time grows with the square of the elements: past a bound the page is read by the rules alone
        List<String> paras = new ArrayList<>(doc.getAllElements().size() > MAX_READABILITY_ELEMENTS ? List.of() : mainContent(doc.clone(), url));
        if (paras.isEmpty()) paras = new ArrayList<>(fallback(doc));
        if (title != null && paras.size() > 1) paras.removeIf(p -> p.equals(title)); // the headline is the first line already
        if (paras.isEmpty()) {
            problems.accept(new Problem(name, "HTML page has no article text"));
            return;
        }
        StringBuilder sb = new StringBuilder();
        if (title != null) sb.append(title).append("\n\n");
        sb.append(String.join("\n", paras)).append('\n');
        articles.accept(PageLayout.withMetadata(name, url, sb.toString(), title, date, outlet, authors));
    }

    /** The deepest nesting of elements, measured without recursion. */
    static int depth(Document doc) {
        int[] max = {0};
        org.jsoup.select.NodeTraversor.traverse((node, d) -> {
            if (d > max[0]) max[0] = d;
        }, doc);
        return max[0];
    }

    /** The paragraphs of the content Readability chooses, or none when it finds no article. */
    private static List<String> mainContent(Document page, String url) {
        Element content;
        try {
            page.select("[hidden], [aria-hidden=true]").remove(); // what the reader never sees
            for (Element e : page.select("[style]")) {
                if (HIDDEN_STYLE.matcher(e.attr("style")).find()) e.remove();
            }
            // Readability makes links absolute against the page's address; a page without one gets a placeholder
            String base = url != null && url.matches("(?i)https?://[^\\s/]+.*") ? url : "http://localhost/";
            content = new Readability4J(base, page).parse().getArticleContent();
        } catch (RuntimeException e) {
            return List.of(); // the fallback reads the page
        }
        if (content == null || content.text().length() < MIN_CONTENT) return List.of();
        content.select("figcaption, figure, script, style, noscript, nav, aside, form, button").remove();
        return withoutRepeats(paragraphs(content));
    }

    private static final java.util.regex.Pattern HIDDEN_STYLE = java.util.regex.Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    /** A paragraph that is only an address or a timestamp, as hidden page metadata prints them. */
    private static final java.util.regex.Pattern NOT_PROSE = java.util.regex.Pattern.compile(
            "^(?:https?://\\S+|\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?(?:[.,]\\d+)?(?:Z|[+-]\\d{2}:?\\d{2})?)?)$");

    /**
     * The paragraphs without those that repeat an earlier one (a teaser "Good morning! This is…" after the
     * story it cuts short, a headline printed again) and without addresses and timestamps.
     */
    static List<String> withoutRepeats(List<String> paras) {
        List<String> out = new ArrayList<>();
        for (String p : paras) {
            if (NOT_PROSE.matcher(p).matches()) continue;
            String stem = p.replaceAll("(?:\\.{3}|\u2026)$", "").strip();
            String same = p.replaceAll("\\s+", " ");
            boolean repeat = out.stream().anyMatch(o -> o.replaceAll("\\s+", " ").equals(same)
                    || (stem.length() >= 20 && stem.length() < p.length() && o.startsWith(stem)));
            if (!repeat) out.add(p);
        }
        return out;
    }

    /** The page's article, main element or body, with the furniture dropped. */
    private static List<String> fallback(Document doc) {
        int page = doc.body() == null ? 0 : doc.body().text().length();
        for (Element f : doc.select("form")) {
            if (f.text().length() > page / 2) f.unwrap(); // an ASP.NET page lives in one page-wide form
        }
        doc.select("script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button, "
                + "[role=navigation], [aria-hidden=true], .related, .share, .advert, .ad, .newsletter").remove();
        Element root = doc.selectFirst("article");
        if (root == null) root = doc.selectFirst("main");
        if (root == null) root = doc.body();
        return withoutRepeats(paragraphs(root));
    }

    private static List<String> paragraphs(Element root) {
        List<String> paras = new ArrayList<>();
        Elements els = root.select(TEXT_ELEMENTS);
        for (Element e : els) {
            if (e.parents().stream().anyMatch(p -> p.tagName().equals("blockquote")) && !e.tagName().equals("blockquote")) {
                continue;
            }
            if (e.tagName().equals("li") && e.selectFirst("p") != null) continue;
            String t = e.text().trim();
            if (!t.isEmpty()) paras.add(t);
        }
        int kept = paras.stream().mapToInt(String::length).sum();
        if (kept < root.text().length() / 2 && !root.text().isBlank()) {
            // text that is not in paragraphs (broken or bare markup): take the whole text
            paras.clear();
            paras.add(root.text().trim());
        }
        return paras;
    }

    /**
     * The authors the page credits, from the first of these that names a person: {@code <meta name="author">},
     * the JSON-LD article's authors, {@code itemprop="author"} microdata, {@code rel="author"} links, and the
     * visible byline (an element whose class says "byline"), each cleaned by {@link AuthorNames}.
     */
    static List<String> authors(Document doc, JsonLd ld, String outlet) {
        List<List<String>> sources = new ArrayList<>();
        String m = meta(doc, "author");
        if (m != null) sources.add(List.of(m));
        sources.add(ld.authors());
        List<String> micro = new ArrayList<>();
        for (Element e : doc.select("[itemprop=author]")) {
            Element name = e.selectFirst("[itemprop=name]");
            String n = name == null ? (e.hasAttr("content") ? e.attr("content") : e.text())
                    : name.hasAttr("content") ? name.attr("content") : name.text();
            if (n.length() <= 120) micro.add(n);
        }
        sources.add(micro);
        sources.add(doc.select("a[rel=author]").eachText());
        List<String> bylines = new ArrayList<>();
        for (Element e : doc.select("[class*=byline]")) {
            String t = e.text();
            if (t.length() <= 160 && !t.isBlank()) bylines.add(t);
            if (bylines.size() >= 3) break;
        }
        sources.add(bylines.isEmpty() ? List.of() : List.of(bylines.get(0)));
        for (List<String> s : sources) {
            List<String> names = AuthorNames.of(s, outlet);
            if (!names.isEmpty()) return names;
        }
        return List.of();
    }

    private static String meta(Document doc, String key) {
        return meta(doc, key, false);
    }

    /** The content of the page's first meta named {@code key} (as property or name, and as itemprop when asked). */
    static String meta(Document doc, String key, boolean itemprop) {
        String q = "\"" + key + "\"";
        Element e = doc.selectFirst("meta[property=" + q + "], meta[name=" + q + "]" + (itemprop ? ", meta[itemprop=" + q + "]" : ""));
        return e == null ? null : e.attr("content");
    }

    private static String text(Element e) {
        return e == null ? null : e.text();
    }

    private static String attr(Element e, String a) {
        return e == null ? null : e.attr(a);
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) return v.trim();
        }
        return null;
    }
}
