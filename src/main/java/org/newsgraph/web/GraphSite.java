package org.newsgraph.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The graph for people: sends each path to its page — home, search, query, the page of an entity, article or
 * statement, and the dereferenceable IRIs ({@code /id/…}, {@code /data/…}). One class per page; their queries are
 * {@code .rq} files bound with parameters.
 */
public final class GraphSite extends HttpServlet {
    /** The paths this servlet answers, for registering it. */
    public static final List<String> PATHS = List.of("", "/search", "/query", "/id/*", "/page/*", "/data/*", "/assets/*");

    /** The characters a minted IRI's path has (slugs, hashes, offsets, QIDs); nothing else reaches a query. */
    private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9._~/-]*");

    private final Links links;
    private final PageQueries queries;
    private final HomePage home;
    private final SearchPage search;
    private final QueryPage query;
    private final EntityPage entity;
    private final ArticlePage article;
    private final StatementPage statement;
    private final LinkedData data;
    private final org.newsgraph.serve.QueryPlaces places;

    /**
     * @param dsg  the store's dataset
     * @param base the base of the IRIs the store was built with: {@code <base>X} is served at {@code /id/X}
     */
    /** The site, its queries taking the {@code places} the SPARQL endpoint's take, per client address. */
    public GraphSite(DatasetGraph dsg, String base, org.newsgraph.serve.QueryPlaces places) {
        this.places = places;
        this.links = new Links(base);
        this.queries = new PageQueries(dsg);
        this.home = new HomePage(dsg, queries, links);
        this.search = new SearchPage(queries, links);
        this.query = new QueryPage(links);
        this.entity = new EntityPage(queries, links);
        this.article = new ArticlePage(queries, links);
        this.statement = new StatementPage(queries, links);
        this.data = new LinkedData(dsg, links);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI();
        if (!SAFE_PATH.matcher(path).matches()) {
            resp.sendError(404);
            return;
        }
        if (path.startsWith("/assets/")) { // files, no query: no place needed
            Assets.handle(resp, path.substring(8));
            return;
        }
        org.newsgraph.serve.QueryPlaces.Place place;
        try {
            place = places.take(req.getRemoteAddr(), org.newsgraph.serve.QueryPlaces.WAIT_MILLIS);
        } catch (org.newsgraph.serve.QueryPlaces.Busy e) {
            resp.sendError(503, e.getMessage());
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            resp.sendError(503, "interrupted");
            return;
        }
        try (place) {
            if (path.equals("/") || path.isEmpty()) home.handle(resp);
            else if (path.equals("/search")) search.handle(req, resp);
            else if (path.equals("/query")) query.handle(resp);
            else if (path.startsWith("/id/")) {
                if (known(resp, path.substring(4)) != null) data.dereference(req, resp, path.substring(4));
            } else if (path.startsWith("/page/")) page(req, resp, path.substring(6));
            else if (path.startsWith("/data/")) data.data(req, resp, path.substring(6));
            else resp.sendError(404);
        } catch (org.eclipse.jetty.http.HttpException.RuntimeException e) {
            // a query string that cannot be decoded ("q=%ff%fe", "q=%") is the request's fault
            if (!resp.isCommitted()) resp.sendError(e.getCode() >= 400 && e.getCode() < 500 ? e.getCode() : 400, "the request cannot be read");
        } catch (IllegalArgumentException e) {
            if (!resp.isCommitted()) resp.sendError(400, "the request cannot be read");
        } catch (RuntimeException e) {
            if (!resp.isCommitted()) resp.sendError(500, "the page could not be made");
        }
    }

    private void page(HttpServletRequest req, HttpServletResponse resp, String rest) throws IOException {
        String type = known(resp, rest);
        if (type == null) return;
        String iri = links.base() + rest;
        switch (type) {
            case "NewsArticle" -> article.handle(req, resp, iri);
            case "Statement" -> statement.handle(req, resp, iri);
            case "Report", "Mention" -> {
                // a quote, or a name, is shown where it stands in its article
                String a = queries.one("in-article", Map.of("this", NodeFactory.createURI(iri)), s -> s.getResource("a").getURI());
                resp.setStatus(303);
                resp.setHeader("Location", a == null ? "/" : links.href(a) + (type.equals("Report") ? "#" + links.anchor(rest) : ""));
            }
            default -> entity.handle(req, resp, iri, type);
        }
    }

    /** The kind of thing {@code <base>rest} is, or null after answering 404 when the store knows nothing of it. */
    private String known(HttpServletResponse resp, String rest) throws IOException {
        String iri = links.base() + rest;
        List<String> ts = queries.rows("types", Map.of("this", NodeFactory.createURI(iri)), s -> Links.localName(s.getResource("t").getURI()));
        for (String t : List.of("NewsArticle", "Statement", "Person", "Organization", "Place", "Treaty", "Report", "Mention")) {
            if (ts.contains(t)) return t;
        }
        if (!ts.isEmpty()) return ts.get(0);
        resp.sendError(404, "nothing is known of " + iri);
        return null;
    }
}
