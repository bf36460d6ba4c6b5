package org.newsgraph.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.newsgraph.web.Table.Cell;

/** A statement's page: one utterance, its speaker and date, and each outlet's wording with what it adds or lacks. */
final class StatementPage {
    private final PageQueries q;
    private final Links links;

    StatementPage(PageQueries q, Links links) {
        this.q = q;
        this.links = links;
    }

    void handle(HttpServletRequest req, HttpServletResponse resp, String iri) throws IOException {
        Map<String, Node> self = Map.of("this", NodeFactory.createURI(iri));
        Table reports = new Table("reports", "statement-reports", List.of("Outlet", "Wording", "Similarity", "Adds", "Lacks"), s -> {
            Cell where = Cell.report(links, s.getResource("a").getURI(), s.getResource("rep").getURI(),
                    PageQueries.str(s, "outlet", s.getLiteral("src").getString()));
            return List.of(where, Cell.quote(s.getLiteral("text").getString()), Cell.text(PageQueries.str(s, "sim", "")),
                    Cell.text(PageQueries.str(s, "adds", "")), Cell.text(PageQueries.str(s, "lacks", "")));
        });
        if (reports.asked(req)) {
            reports.csv(q, self, resp);
            return;
        }
        String[] h = q.one("statement-head", self, s -> new String[] {PageQueries.str(s, "who", null), PageQueries.str(s, "name", null),
                PageQueries.str(s, "date", null), PageQueries.str(s, "divergence", null), PageQueries.str(s, "divergent", null)});
        StringBuilder b = new StringBuilder("<h1>Statement</h1><p>");
        b.append(h == null || h[1] == null ? "Unattributed" : links.link(h[0], h[1]));
        if (h != null && h[2] != null) b.append(" \u00B7 ").append(Html.esc(h[2]));
        if (h != null && h[3] != null) b.append(" \u00B7 divergence ").append(Html.esc(h[3]));
        if (h != null && "true".equals(h[4])) b.append(" <span class=\"flag\">reports differ</span>");
        b.append("</p>").append(reports.html(q, self, req));
        Responses.html(resp, Html.page("Statement", b.toString()));
    }
}
