package org.newsgraph.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.newsgraph.web.Table.Cell;

/**
 * An article's page: its metadata and a link to the original, each quote with the sentence around it, the cue, the
 * rule that chose the speaker and its confidence (low ones flagged), and the article's text with its quotes and the
 * names it mentions marked, so that a wrong speaker or a missed name can be seen where it happened.
 */
final class ArticlePage {
    /**
     * Speakers decided with less confidence than this are flagged: the rules that resolve a pronoun, take a
     * sentence's subject or carry a speaker to a neighbouring quote, which err more often than a cue beside a name.
     */
    static final double LOW_CONFIDENCE = 0.8;
    /** The most characters of an article's text shown marked. */
    static final int MAX_TEXT = 100_000;
    /** The most characters of context on each side of a quote. */
    static final int CONTEXT = 240;

    private final PageQueries q;
    private final Links links;

    ArticlePage(PageQueries q, Links links) {
        this.q = q;
        this.links = links;
    }

    record Head(String src, String title, String date, String outlet, String outletIri, String url, String body, String lang) {}

    record Span(int start, int end, String kind, String href, String id, String title) {}

    void handle(HttpServletRequest req, HttpServletResponse resp, String iri) throws IOException {
        Map<String, Node> self = Map.of("this", NodeFactory.createURI(iri));
        Head h = q.one("article-head", self, s -> new Head(s.getLiteral("src").getString(), PageQueries.str(s, "title", null),
                PageQueries.str(s, "date", null), PageQueries.str(s, "outlet", null), PageQueries.str(s, "outletIri", null),
                PageQueries.str(s, "url", null), PageQueries.str(s, "body", ""), PageQueries.str(s, "lang", null)));
        Table quotes = quotes(h.body());
        if (quotes.asked(req)) {
            quotes.csv(q, self, resp);
            return;
        }
        String title = h.title() == null ? h.src() : h.title();
        StringBuilder b = new StringBuilder("<h1>").append(Html.esc(title)).append("</h1><p class=\"type\">").append(Html.esc(h.src()));
        if (h.date() != null) b.append(" \u00B7 ").append(Html.esc(h.date()));
        if (h.outlet() != null) b.append(" \u00B7 ").append(h.outletIri() == null ? Html.esc(h.outlet()) : links.link(h.outletIri(), h.outlet()));
        if (h.lang() != null && !h.lang().equals("en")) b.append(" \u00B7 in ").append(Html.esc(h.lang())).append(", stored without extraction");
        if (Links.web(h.url())) b.append(" \u00B7 <a id=\"original\" href=\"").append(Html.esc(h.url())).append("\">original</a>");
        b.append("</p>");
        List<String> authors = q.rows("article-authors", self, s -> links.link(s.getResource("au").getURI(), s.getLiteral("name").getString()));
        if (!authors.isEmpty()) b.append("<p id=\"authors\">By ").append(String.join(", ", authors)).append("</p>");
        b.append("<h2>Quotes</h2><p class=\"type\">Confidence below ").append(LOW_CONFIDENCE)
                .append(" is flagged <span class=\"flag\">check</span>: a rule that errs more often chose the speaker.</p>")
                .append(quotes.html(q, self, req));
        b.append("<h2>Entities</h2><p id=\"entities\">");
        for (String[] r : q.rows("article-entities", self, s -> new String[] {s.getResource("e").getURI(), s.getLiteral("name").getString(),
                Links.localName(s.getResource("type").getURI())})) {
            b.append("<span class=\"pill ").append(Html.esc(r[2])).append("\">").append(links.link(r[0], r[1])).append("</span> ");
        }
        b.append("</p><h2>Text</h2><p class=\"type\">Quotes are <mark class=\"quote\">marked</mark>; names are underlined in the colour "
                + "of their type (<span class=\"m Person\">person</span>, <span class=\"m Organization\">organisation</span>, "
                + "<span class=\"m Place\">place</span>, <span class=\"m Treaty\">treaty</span>).</p>")
                .append(marked(h.body(), self));
        Responses.html(resp, Html.page(title, b.toString()));
    }

    private Table quotes(String body) {
        return new Table("quotes", "article-quotes", List.of("Speaker", "Words", "In the sentence", "Kind", "Cue", "Rule", "Confidence"), s -> {
            String who = s.contains("name") ? s.getLiteral("name").getString() : PageQueries.str(s, "desc", "(unattributed)");
            String text = s.getLiteral("text").getString();
            String rep = s.getResource("rep").getURI();
            int start = s.getLiteral("start").getInt();
            int end = s.getLiteral("end").getInt();
            Cell words = links.local(rep) == null ? Cell.quote(text)
                    : new Cell(text, "<a href=\"#" + Html.esc(links.anchor(rep)) + "\">\u201C" + Html.esc(text) + "\u201D</a>", "quote");
            String[] ctx = context(body, start, end);
            Cell sentence = ctx == null ? Cell.text("") : new Cell(ctx[0] + ctx[1] + ctx[2],
                    Html.esc(ctx[0]) + "<b>" + Html.esc(ctx[1]) + "</b>" + Html.esc(ctx[2]), "context");
            return List.of(s.contains("name") ? Cell.link(links, s.getResource("who").getURI(), who) : Cell.text(who), words, sentence,
                    Cell.text(s.getLiteral("kind").getString()), Cell.text(PageQueries.str(s, "cue", "")),
                    Cell.text(PageQueries.str(s, "method", "")), EntityPage.confidence(s));
        });
    }

    /** The text before a span back to its sentence's start, the span, and the text after it to the sentence's end; null if off the text. */
    static String[] context(String body, int start, int end) {
        if (start < 0 || end > body.length() || start >= end) return null;
        int from = start;
        while (from > 0 && start - from < CONTEXT && !sentenceEnd(body, from - 1)) from--;
        int to = end;
        while (to < body.length() && to - end < CONTEXT && !sentenceEnd(body, to - 1)) to++;
        return new String[] {(from > 0 && start - from >= CONTEXT ? "\u2026" : "") + body.substring(from, start).stripLeading(),
                body.substring(start, end), body.substring(end, to).stripTrailing() + (to < body.length() && to - end >= CONTEXT ? "\u2026" : "")};
    }

    /** Closing marks that may follow a sentence's full stop. */
    private static final String CLOSERS = "\"'\u201D\u2019)]";

    /**
     * Whether a sentence ends at {@code i}: a full stop, question or exclamation mark (or a closing quote or bracket
     * right after one), then a space and a word that does not start in lower case ("the U.S. president" goes on), or
     * the end of a line.
     */
    static boolean sentenceEnd(String body, int i) {
        char c = body.charAt(i);
        if (c == '\n') return true;
        int p = i;
        while (p > 0 && CLOSERS.indexOf(body.charAt(p)) >= 0) p--;
        char t = body.charAt(p);
        if (t != '.' && t != '!' && t != '?') return false;
        if (i + 1 >= body.length()) return true;
        if (!Character.isWhitespace(body.charAt(i + 1))) return false;
        int n = i + 1;
        while (n < body.length() && body.charAt(n) == ' ') n++;
        return n >= body.length() || !Character.isLowerCase(body.charAt(n));
    }

    /** The text with quotes and mentions marked: quotes outermost, a mention split where it crosses a quote's edge. */
    private String marked(String body, Map<String, Node> self) {
        String text = body.length() > MAX_TEXT ? body.substring(0, MAX_TEXT) : body;
        List<Span> quotes = q.rows("article-quotes", self, s -> span(s, "quote", text, s.getResource("rep").getURI()));
        List<Span> mentions = q.rows("article-mentions", self, s -> span(s, Links.localName(s.getResource("type").getURI()), text,
                s.getResource("e").getURI()));
        // which quote and which mention cover each character (the first one listed wins): linear in the text shown
        Span[] quoteAt = cover(quotes, text.length());
        Span[] mentionAt = cover(mentions, text.length());
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (List<Span> l : List.of(quotes, mentions)) {
            for (Span sp : l) {
                if (sp == null) continue;
                cuts.add(sp.start());
                cuts.add(sp.end());
            }
        }
        StringBuilder b = new StringBuilder("<div id=\"text\">");
        Integer prev = null;
        Span open = null;
        for (int c : cuts) {
            if (prev != null) {
                int from = prev;
                Span qs = quoteAt[from];
                if (qs != open) {
                    if (open != null) b.append("</mark>");
                    if (qs != null) {
                        b.append("<mark class=\"quote\"").append(qs.id() == null ? "" : " id=\"" + Html.esc(qs.id()) + "\"")
                                .append(" title=\"").append(Html.esc(qs.title())).append("\">");
                    }
                    open = qs;
                }
                Span ms = mentionAt[from];
                String piece = Html.esc(text.substring(from, c));
                if (ms != null) {
                    piece = "<a class=\"m " + Html.esc(ms.kind()) + "\" href=\"" + Html.esc(links.href(ms.href())) + "\">" + piece + "</a>";
                }
                b.append(piece);
            }
            prev = c;
        }
        if (open != null) b.append("</mark>");
        if (body.length() > MAX_TEXT) b.append("\n\u2026 (the first ").append(MAX_TEXT).append(" characters are shown)");
        return b.append("</div>").toString();
    }

    private Span span(QuerySolution s, String kind, String text, String target) {
        int start = s.getLiteral("start").getInt();
        int end = s.getLiteral("end").getInt();
        if (start < 0 || end > text.length() || start >= end) return null;
        String id = null;
        String title = kind;
        if (kind.equals("quote")) {
            id = links.local(target) == null ? null : links.anchor(target);
            title = (s.contains("name") ? s.getLiteral("name").getString() : PageQueries.str(s, "desc", "unattributed"))
                    + " \u00B7 " + PageQueries.str(s, "method", "") + " " + PageQueries.str(s, "confidence", "");
        }
        return new Span(start, end, kind, target, id, title);
    }

    private static Span[] cover(List<Span> spans, int length) {
        Span[] at = new Span[length];
        for (Span s : spans) {
            if (s == null) continue;
            for (int i = s.start(); i < s.end(); i++) if (at[i] == null) at[i] = s;
        }
        return at;
    }
}
