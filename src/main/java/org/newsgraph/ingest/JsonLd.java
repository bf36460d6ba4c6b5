package org.newsgraph.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article a page describes in its JSON-LD blocks ({@code <script type="application/ld+json">}): the
 * first object typed NewsArticle, Article, ReportageNewsArticle, BlogPosting and the like, found at the
 * top, in a list or in an {@code @graph}. Its headline, publication date, publisher's name and authors'
 * names, as the page states them; a broken block states nothing.
 */
record JsonLd(String headline, String datePublished, String publisher, List<String> authors) {
    private static final Set<String> ARTICLE_TYPES = Set.of("NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle",
            "OpinionNewsArticle", "BackgroundNewsArticle", "BlogPosting", "Report", "WebPage");
    private static final ObjectMapper JSON = new ObjectMapper();
    static final JsonLd NONE = new JsonLd(null, null, null, List.of());

    static JsonLd of(Document doc) {
        JsonLd page = null;
        for (Element s : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode article = find(JSON.readTree(s.data()));
                if (article == null) continue;
                JsonLd found = from(article);
                if (!typeOf(article).equals("WebPage")) return found;
                if (page == null) page = found; // a WebPage only when no article says more
            } catch (IOException | RuntimeException e) {
                // a broken block states nothing
            }
        }
        return page == null ? NONE : page;
    }

    private static JsonNode find(JsonNode n) {
        if (n == null) return null;
        if (n.isArray()) {
            for (JsonNode c : n) {
                JsonNode f = find(c);
                if (f != null) return f;
            }
            return null;
        }
        if (!n.isObject()) return null;
        if (ARTICLE_TYPES.contains(typeOf(n))) return n;
        return n.has("@graph") ? find(n.get("@graph")) : null;
    }

    private static String typeOf(JsonNode n) {
        JsonNode t = n.get("@type");
        if (t == null) return "";
        if (t.isArray()) {
            for (JsonNode x : t) if (ARTICLE_TYPES.contains(x.asText())) return x.asText();
            return "";
        }
        return t.asText();
    }

    private static JsonLd from(JsonNode a) {
        List<String> authors = new ArrayList<>();
        JsonNode au = a.get("author");
        if (au != null) {
            for (JsonNode x : au.isArray() ? au : List.of(au)) {
                String name = x.isTextual() ? x.asText() : x.path("name").asText("");
                boolean person = !x.isObject() || !x.path("@type").asText("Person").equals("Organization");
                if (person && !name.isBlank() && !name.contains("://")) authors.add(name.strip());
            }
        }
        JsonNode pub = a.get("publisher");
        String publisher = pub == null ? null : pub.isTextual() ? pub.asText() : pub.path("name").asText(null);
        return new JsonLd(text(a, "headline"), text(a, "datePublished"), blankToNull(publisher), authors.stream().distinct().toList());
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || !v.isTextual() ? null : blankToNull(v.asText());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
