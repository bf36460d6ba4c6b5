package org.newsgraph.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.newsgraph.web.Table.Cell;

/**
 * The page of a person, organisation, place, treaty or outlet: its names (with the other names articles give it),
 * Wikidata id, stated roles, what it said (or what was said in articles about it), a timeline, its neighbourhood,
 * the articles that mention it and, for an outlet, the articles it published.
 */
final class EntityPage {
    private final PageQueries q;
    private final Links links;

    EntityPage(PageQueries q, Links links) {
        this.q = q;
        this.links = links;
    }

    void handle(HttpServletRequest req, HttpServletResponse resp, String iri, String type) throws IOException {
        Map<String, Node> self = Map.of("this", NodeFactory.createURI(iri));
        boolean person = type.equals("Person");
        Table said = person ? statements() : saidAbout();
        Table mentioned = articles();
        Table published = published();
        for (Table t : List.of(said, mentioned, published)) {
            if (t.asked(req)) {
                t.csv(q, self, resp);
                return;
            }
        }
        String[] head = q.one("entity-head", self, s -> new String[] {PageQueries.str(s, "name", null), PageQueries.str(s, "qid", null),
                PageQueries.str(s, "desc", null)});
        String name = head == null || head[0] == null ? iri : head[0];
        StringBuilder b = new StringBuilder("<h1>").append(Html.esc(name)).append("</h1><p class=\"type\">").append(Html.esc(type));
        if (head != null && head[1] != null) {
            b.append(" \u00B7 Wikidata <a id=\"wikidata\" href=\"http://www.wikidata.org/entity/").append(Html.esc(head[1])).append("\">")
                    .append(Html.esc(head[1])).append("</a>");
        }
        String local = links.local(iri);
        if (local != null) b.append(" \u00B7 <a href=\"/data/").append(Html.esc(local)).append("?format=ttl\">Turtle</a>");
        b.append("</p>");
        if (head != null && head[2] != null) b.append("<p class=\"description\">").append(Html.esc(head[2])).append("</p>");
        List<String> aliases = q.rows("entity-aliases", self, s -> s.getLiteral("alt").getString());
        aliases.remove(name);
        if (!aliases.isEmpty()) b.append("<p id=\"aliases\">Also called: ").append(Html.esc(String.join(" \u00B7 ", aliases))).append("</p>");
        List<String> roles = q.rows("entity-roles", self, s -> s.getLiteral("role").getString() + (s.getLiteral("former").getBoolean() ? " (former)" : ""));
        if (!roles.isEmpty()) {
            b.append("<p>Roles as stated: ");
            for (String r : roles) b.append("<span class=\"pill\">").append(Html.esc(r)).append("</span> ");
            b.append("</p>");
        }
        b.append("<h2>").append(person ? "Statements" : "Who said what in articles about it").append("</h2>").append(said.html(q, self, req));
        if (person) {
            List<Svg.Dated> dated = q.rows("entity-dated", self, s -> new Svg.Dated(LocalDate.parse(s.getLiteral("date").getLexicalForm()),
                    s.getLiteral("text").getString(), links.href(s.getResource("st").getURI())));
            if (!dated.isEmpty()) b.append("<h2>Timeline</h2>").append(Svg.timeline(dated));
        }
        List<Svg.Neighbour> ns = new ArrayList<>();
        for (String[] r : q.rows("entity-neighbours", self, s -> new String[] {s.getResource("o").getURI(), s.getLiteral("name").getString(),
                Links.localName(s.getResource("type").getURI()), s.getLiteral("n").getLexicalForm()})) {
            ns.add(new Svg.Neighbour(r[1], r[2], links.href(r[0]), r[3] + (r[3].equals("1") ? " article" : " articles")));
        }
        if (!ns.isEmpty()) b.append("<h2>Neighbourhood</h2>").append(Svg.neighbourhood(name, type, ns));
        String pub = published.html(q, self, req);
        if (!pub.startsWith("<p id=")) b.append("<h2>Articles it published</h2>").append(pub);
        b.append("<h2>Articles that mention it</h2>").append(mentioned.html(q, self, req));
        Responses.html(resp, Html.page(name, b.toString()));
    }

    private Table statements() {
        return new Table("statements", "entity-statements", List.of("Statement", "Date", "Outlet's wording", "Article", "Confidence"),
                s -> List.of(Cell.link(links, s.getResource("st").getURI(), "statement"), Cell.text(PageQueries.str(s, "date", "")),
                        Cell.quote(s.getLiteral("text").getString()), article(s), confidence(s)));
    }

    private Table saidAbout() {
        return new Table("statements", "entity-said-about", List.of("Statement", "Speaker", "Date", "Outlet's wording", "Article", "Confidence"),
                s -> List.of(Cell.link(links, s.getResource("st").getURI(), "statement"),
                        Cell.link(links, s.getResource("who").getURI(), s.getLiteral("whoName").getString()),
                        Cell.text(PageQueries.str(s, "date", "")), Cell.quote(s.getLiteral("text").getString()), article(s), confidence(s)));
    }

    private Table articles() {
        return new Table("articles", "entity-articles", List.of("Article", "Date", "Outlet"),
                s -> List.of(Cell.link(links, s.getResource("a").getURI(), PageQueries.str(s, "title", s.getLiteral("src").getString())),
                        Cell.text(PageQueries.str(s, "date", "")), Cell.text(PageQueries.str(s, "outlet", ""))));
    }

    private Table published() {
        return new Table("published", "outlet-articles", List.of("Article", "Date", "Quotes"),
                s -> List.of(Cell.link(links, s.getResource("a").getURI(), PageQueries.str(s, "title", s.getLiteral("src").getString())),
                        Cell.text(PageQueries.str(s, "date", "")), Cell.text(s.getLiteral("quotes").getLexicalForm())));
    }

    /** The article of a report, linked to the report's place on the article's page. */
    private Cell article(org.apache.jena.query.QuerySolution s) {
        return Cell.report(links, s.getResource("a").getURI(), s.getResource("rep").getURI(),
                PageQueries.str(s, "outlet", s.getLiteral("src").getString()));
    }

    static Cell confidence(org.apache.jena.query.QuerySolution s) {
        if (!s.contains("confidence")) return Cell.text("");
        double c = s.getLiteral("confidence").getDouble();
        String t = String.format(java.util.Locale.ROOT, "%.2f", c);
        return c < ArticlePage.LOW_CONFIDENCE ? new Cell(t, t + " <span class=\"flag\" title=\"a rule that often errs decided the speaker: "
                + "check it\">check</span>", null) : Cell.text(t);
    }
}
