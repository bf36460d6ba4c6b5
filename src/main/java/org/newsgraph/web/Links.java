package org.newsgraph.web;

import java.util.regex.Pattern;

/** Where the site links a resource: its page for the store's own IRIs, the IRI itself for other web IRIs. */
final class Links {
    private static final Pattern SAFE_LINK = Pattern.compile("(?i)https?://[^\\s\"<>]+");
    private final String base;

    /** @param base the base of the IRIs the store was built with */
    Links(String base) {
        this.base = base;
    }

    String base() {
        return base;
    }

    /** The part of one of the store's IRIs after the base, or null for an IRI from elsewhere. */
    String local(String iri) {
        return iri.startsWith(base) ? iri.substring(base.length()) : null;
    }

    /**
     * Where a resource's link goes: its page for the store's own IRIs, the IRI for other http(s) IRIs, and nowhere
     * ("#") for any other scheme, which an update could have put there ({@code <javascript:alert(1)//>}).
     */
    String href(String iri) {
        if (iri.startsWith(base)) return "/page/" + iri.substring(base.length());
        return web(iri) ? iri : "#";
    }

    /** The last segment of an IRI: the class names Person, Organization, NewsArticle, Statement… */
    static String localName(String iri) {
        int i = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        return iri.substring(i + 1);
    }

    /** The anchor of a report on its article's page, from the report's IRI (or its part after the base). */
    String anchor(String report) {
        String local = report.startsWith(base) ? report.substring(base.length()) : report;
        return "q-" + local.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    /** A link to where a report stands in its article's text, or the text alone when the article has nowhere safe to go. */
    String reportLink(String article, String report, String text) {
        String h = href(article);
        if (h.equals("#")) return Html.esc(text);
        String anchor = report.startsWith(base) ? "#" + anchor(report) : "";
        return "<a href=\"" + Html.esc(h + anchor) + "\">" + Html.esc(text) + "</a>";
    }

    /** Whether the text is an http(s) URL a page may link to. */
    static boolean web(String url) {
        return url != null && SAFE_LINK.matcher(url).matches();
    }

    /** An HTML link to a resource, or the text alone when it has nowhere safe to go. */
    String link(String iri, String text) {
        String h = href(iri);
        return h.equals("#") ? Html.esc(text) : "<a href=\"" + Html.esc(h) + "\">" + Html.esc(text) + "</a>";
    }
}
