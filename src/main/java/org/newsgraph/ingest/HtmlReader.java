package org.newsgraph.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * One article per HTML page. Metadata comes from the page's meta tags (Open Graph, article:published_time),
 * the text from the article's paragraphs, headings and block quotes; scripts, styles, navigation, headers,
 * footers, asides and forms are dropped.
 */
public final class HtmlReader implements ArticleReader {
    @Override
    public void read(String name, String html, Consumer<Article> articles, Consumer<Problem> problems) {
        Document doc = Jsoup.parse(html);
        doc.select("script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button, "
                + "[role=navigation], [aria-hidden=true], .related, .share, .advert, .ad, .newsletter").remove();
        String title = firstNonBlank(meta(doc, "og:title"), text(doc.selectFirst("h1")), doc.title());
        LocalDate date = NewsDates.parseIso(firstNonBlank(meta(doc, "article:published_time"), meta(doc, "date"),
                meta(doc, "pubdate"), attr(doc.selectFirst("time[datetime]"), "datetime")));
        String outlet = firstNonBlank(meta(doc, "og:site_name"), meta(doc, "publisher"));
        String url = firstNonBlank(attr(doc.selectFirst("link[rel=canonical]"), "href"), meta(doc, "og:url"));

        Element root = doc.selectFirst("article");
        if (root == null) root = doc.selectFirst("main");
        if (root == null) root = doc.body();
        List<String> paras = new ArrayList<>();
        Elements els = root.select("p, h2, h3, h4, blockquote, li, figcaption");
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
        if (paras.isEmpty()) {
            problems.accept(new Problem(name, "HTML page has no article text"));
            return;
        }
        StringBuilder sb = new StringBuilder();
        if (title != null) sb.append(title).append("\n\n");
        sb.append(String.join("\n", paras)).append('\n');
        articles.accept(PageLayout.withMetadata(name, url, sb.toString(), title, date, outlet));
    }

    private static String meta(Document doc, String key) {
        Element e = doc.selectFirst("meta[property=" + key + "], meta[name=" + key + "]");
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
