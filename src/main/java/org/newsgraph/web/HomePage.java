package org.newsgraph.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.store.GraphCounts;

/** The home page: what the store holds, the most quoted speakers and the latest articles. */
final class HomePage {
    private final DatasetGraph dsg;
    private final PageQueries q;
    private final Links links;

    HomePage(DatasetGraph dsg, PageQueries q, Links links) {
        this.dsg = dsg;
        this.q = q;
        this.links = links;
    }

    void handle(HttpServletResponse resp) throws IOException {
        StringBuilder b = new StringBuilder("<h1>Who said what, in the news</h1><div class=\"counts\">");
        for (var e : GraphCounts.of(dsg, false).entrySet()) {
            b.append("<div><b>").append(e.getValue()).append("</b>").append(Html.esc(e.getKey())).append("</div>");
        }
        b.append("</div>").append(SearchPage.form("", "", "", "", "")).append("<h2>Most quoted</h2><table><tr><th>Speaker</th><th>Statements</th><th>Articles</th></tr>");
        for (String row : q.rows("home-speakers", Map.of(), s -> "<tr><td>" + links.link(s.getResource("e").getURI(), s.getLiteral("name").getString())
                + "</td><td>" + s.getLiteral("n").getLexicalForm() + "</td><td>" + s.getLiteral("arts").getLexicalForm() + "</td></tr>")) {
            b.append(row);
        }
        b.append("</table><h2>Latest articles</h2><table id=\"latest\"><tr><th>Article</th><th>Date</th><th>Outlet</th></tr>");
        for (String row : q.rows("home-articles", Map.of(), s -> "<tr><td>" + links.link(s.getResource("a").getURI(),
                PageQueries.str(s, "title", s.getLiteral("src").getString())) + "</td><td>" + Html.esc(PageQueries.str(s, "date", ""))
                + "</td><td>" + Html.esc(PageQueries.str(s, "outlet", "")) + "</td></tr>")) {
            b.append(row);
        }
        b.append("</table><p>Or <a href=\"/query\">write SPARQL</a>: the endpoint is <code>/kg/sparql</code>.</p>");
        Responses.html(resp, Html.page("newsgraph", b.toString()));
    }
}
