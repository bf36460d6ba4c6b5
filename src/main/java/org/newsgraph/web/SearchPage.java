package org.newsgraph.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.newsgraph.web.Table.Cell;

/**
 * Search: entities whose name or another name contains the words, and quotes whose words or speaker contain them,
 * filtered by type, outlet and date span (as GDELT filters by time span and domain), paged, each table as CSV.
 */
final class SearchPage {
    private static final String SCHEMA = "https://schema.org/";
    private static final Map<String, String> TYPES = Map.of("Person", SCHEMA + "Person", "Organization", SCHEMA + "Organization",
            "Place", SCHEMA + "Place", "Treaty", "https://w3id.org/newsgraph/ontology#Treaty");

    private final PageQueries q;
    private final Links links;

    SearchPage(PageQueries q, Links links) {
        this.q = q;
        this.links = links;
    }

    void handle(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String words = param(req, "q");
        String type = param(req, "type");
        String outlet = param(req, "outlet");
        String from = param(req, "from");
        String to = param(req, "to");
        StringBuilder b = new StringBuilder("<h1>Search</h1>").append(form(words, type, outlet, from, to));
        LocalDate fromDate;
        LocalDate toDate;
        try {
            fromDate = from.isEmpty() ? null : LocalDate.parse(from);
            toDate = to.isEmpty() ? null : LocalDate.parse(to);
        } catch (DateTimeParseException e) {
            Responses.html(resp, Html.page("Search", b.append("<p class=\"flag\">Dates are written 2025-03-06.</p>").toString()));
            return;
        }
        if (words.isEmpty() && outlet.isEmpty()) {
            Responses.html(resp, Html.page("Search", b.append("<p>Type a name, or a word of a quote.</p>").toString()));
            return;
        }
        Map<String, Node> ps = new HashMap<>();
        ps.put("q", NodeFactory.createLiteralString(words));
        ps.put("want", NodeFactory.createLiteralString(TYPES.getOrDefault(type, "")));
        ps.put("outletQ", NodeFactory.createLiteralString(outlet));
        boolean dated = fromDate != null || toDate != null;
        ps.put("dated", NodeFactory.createLiteralDT(Boolean.toString(dated), XSDDatatype.XSDboolean));
        ps.put("from", date(fromDate == null ? LocalDate.of(1, 1, 1) : fromDate));
        ps.put("to", date(toDate == null ? LocalDate.of(9999, 12, 31) : toDate));
        Table entities = new Table("results", "search-entities", List.of("Name", "Type", "Articles"),
                s -> List.of(Cell.link(links, s.getResource("e").getURI(), s.getLiteral("name").getString()),
                        Cell.text(Links.localName(s.getResource("type").getURI())), Cell.text(s.getLiteral("n").getLexicalForm())));
        Table quotes = new Table("quotes", "search-quotes", List.of("Speaker", "Words", "Date", "Outlet"),
                s -> List.of(s.contains("whoName") ? Cell.link(links, s.getResource("who").getURI(), s.getLiteral("whoName").getString())
                                : Cell.text("(unattributed)"), Cell.quote(s.getLiteral("text").getString()), Cell.text(PageQueries.str(s, "when", "")),
                        Cell.report(links, s.getResource("a").getURI(), s.getResource("rep").getURI(), s.getLiteral("outlet").getString())));
        boolean names = !words.isEmpty() && outlet.isEmpty() && !dated && !type.equals("quote");
        boolean said = type.isEmpty() || type.equals("quote") || !names;
        for (Table t : List.of(entities, quotes)) {
            if (t.asked(req)) {
                t.csv(q, ps, resp);
                return;
            }
        }
        if (names) b.append("<h2>Names</h2>").append(entities.html(q, ps, req));
        if (said) b.append("<h2>Quotes</h2>").append(quotes.html(q, ps, req));
        Responses.html(resp, Html.page("Search: " + words, b.toString()));
    }

    /** The search form, filled with what was asked. */
    static String form(String words, String type, String outlet, String from, String to) {
        StringBuilder b = new StringBuilder("<form class=\"search\" action=\"/search\" method=\"get\">"
                + "<input name=\"q\" aria-label=\"words\" placeholder=\"a name, or words of a quote\" value=\"").append(Html.esc(words))
                .append("\"> <select name=\"type\" aria-label=\"type\">");
        for (String[] o : List.of(new String[] {"", "names and quotes"}, new String[] {"Person", "persons"},
                new String[] {"Organization", "organisations"}, new String[] {"Place", "places"}, new String[] {"Treaty", "treaties"},
                new String[] {"quote", "quotes only"})) {
            b.append("<option value=\"").append(o[0]).append('"').append(o[0].equals(type) ? " selected" : "").append('>').append(o[1]).append("</option>");
        }
        return b.append("</select> <input name=\"outlet\" aria-label=\"outlet\" placeholder=\"outlet\" value=\"").append(Html.esc(outlet))
                .append("\"> from <input type=\"date\" name=\"from\" aria-label=\"from\" value=\"").append(Html.esc(from))
                .append("\"> to <input type=\"date\" name=\"to\" aria-label=\"to\" value=\"").append(Html.esc(to))
                .append("\"> <button>Search</button></form>").toString();
    }

    private static Node date(LocalDate d) {
        return NodeFactory.createLiteralDT(String.format("%04d-%02d-%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth()), XSDDatatype.XSDdate);
    }

    private static String param(HttpServletRequest req, String name) {
        String v = req.getParameter(name);
        return v == null ? "" : v.strip();
    }
}
