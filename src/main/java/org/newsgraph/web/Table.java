package org.newsgraph.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.newsgraph.csv.SpreadsheetCsv;

/**
 * A table of a page, filled by one page query: shown {@value #PAGE} rows at a time with links to the pages
 * before and after, and offered whole as CSV ({@code ?csv=ID}), as YASGUI offers its results.
 */
final class Table {
    /** Rows shown at a time. */
    static final int PAGE = 50;
    /** Most rows of one CSV download. */
    static final int MAX_CSV = 100_000;

    /** One cell: its text (for CSV), its HTML (for the page) and an optional class. */
    record Cell(String text, String html, String cls) {
        static Cell text(String t) {
            return new Cell(t, Html.esc(t), null);
        }

        static Cell quote(String t) {
            return new Cell(t, "\u201C" + Html.esc(t) + "\u201D", "quote");
        }

        static Cell link(Links links, String iri, String t) {
            return new Cell(t, iri == null ? Html.esc(t) : links.link(iri, t), null);
        }

        /** The text, linked to where a report stands in its article. */
        static Cell report(Links links, String article, String report, String t) {
            return new Cell(t, links.reportLink(article, report, t), null);
        }
    }

    private final String id;
    private final String query;
    private final List<String> headers;
    private final Function<QuerySolution, List<Cell>> row;

    Table(String id, String query, List<String> headers, Function<QuerySolution, List<Cell>> row) {
        this.id = id;
        this.query = query;
        this.headers = headers;
        this.row = row;
    }

    String id() {
        return id;
    }

    /** Whether the request asks for this table as CSV. */
    boolean asked(HttpServletRequest req) {
        return id.equals(req.getParameter("csv"));
    }

    /** The page of rows the request asks for, with the pager. */
    String html(PageQueries q, Map<String, Node> params, HttpServletRequest req) {
        int page = page(req);
        List<List<Cell>> rows = q.rows(query, params, (long) page * PAGE, PAGE + 1, row);
        if (rows.isEmpty()) return page == 0 ? "<p id=\"" + id + "\">None.</p>" : "<p id=\"" + id + "\">No more rows.</p>";
        StringBuilder b = new StringBuilder("<table id=\"").append(id).append("\"><tr>");
        for (String h : headers) b.append("<th>").append(Html.esc(h)).append("</th>");
        b.append("</tr>");
        for (List<Cell> r : rows.subList(0, Math.min(PAGE, rows.size()))) {
            b.append("<tr>");
            for (Cell c : r) {
                b.append(c.cls() == null ? "<td>" : "<td class=\"" + c.cls() + "\">").append(c.html()).append("</td>");
            }
            b.append("</tr>");
        }
        b.append("</table><p class=\"pager\">rows ").append(page * PAGE + 1).append("\u2013").append(page * PAGE + Math.min(PAGE, rows.size()));
        if (page > 0) b.append(" \u00B7 <a rel=\"prev\" href=\"").append(Html.esc(url(req, "p-" + id, Integer.toString(page - 1)))).append("\">previous</a>");
        if (rows.size() > PAGE) b.append(" \u00B7 <a rel=\"next\" href=\"").append(Html.esc(url(req, "p-" + id, Integer.toString(page + 1)))).append("\">next</a>");
        b.append(" \u00B7 <a class=\"csv\" href=\"").append(Html.esc(url(req, "csv", id))).append("\">CSV</a></p>");
        return b.toString();
    }

    /** Writes every row (up to {@value #MAX_CSV}) as CSV with a header. */
    void csv(PageQueries q, Map<String, Node> params, HttpServletResponse resp) throws IOException {
        List<List<Cell>> rows = q.rows(query, params, 0, MAX_CSV, row);
        resp.setStatus(200);
        resp.setContentType("text/csv; charset=utf-8");
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + id + ".csv\"");
        Writer w = new OutputStreamWriter(resp.getOutputStream(), StandardCharsets.UTF_8);
        try (SpreadsheetCsv p = new SpreadsheetCsv(w, headers)) {
            for (List<Cell> r : rows) p.row(r.stream().map(Cell::text).toList());
        }
    }

    private int page(HttpServletRequest req) {
        try {
            return Math.max(0, Math.min(100_000, Integer.parseInt(req.getParameter("p-" + id))));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** This page's URL with one parameter set (and no CSV request unless that is the one set). */
    static String url(HttpServletRequest req, String name, String value) {
        Map<String, String> ps = new TreeMap<>();
        req.getParameterMap().forEach((k, v) -> {
            if (v.length > 0 && !k.equals("csv")) ps.put(k, v[0]);
        });
        ps.put(name, value);
        StringBuilder b = new StringBuilder(req.getRequestURI()).append('?');
        ps.forEach((k, v) -> b.append(enc(k)).append('=').append(enc(v)).append('&'));
        return b.substring(0, b.length() - 1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
