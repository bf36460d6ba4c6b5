package org.newsgraph.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.GraphCounts;

/**
 * The graph for people: a home page with counts and search, a page for every entity, article and statement
 * (with pictures of an entity's neighbourhood and of a person's statements over time), a query page with
 * YASGUI and the example queries, and dereferenceable IRIs: {@code /id/…} answers 303 to the HTML page or to
 * the description in Turtle or JSON-LD, as the request's Accept header asks.
 */
public final class GraphSite extends HttpServlet {
    static final String P = "PREFIX ng: <https://w3id.org/newsgraph/ontology#> PREFIX schema: <https://schema.org/> "
            + "PREFIX owl: <http://www.w3.org/2002/07/owl#> ";
    private final DatasetGraph dsg;
    private final String base;

    /**
     * @param dsg  the store's dataset
     * @param base the base of the IRIs the store was built with: {@code <base>X} is served at {@code /id/X}
     */
    public GraphSite(DatasetGraph dsg, String base) {
        this.dsg = dsg;
        this.base = base;
    }

    /** The paths this servlet answers, for registering it. */
    public static final List<String> PATHS = List.of("", "/search", "/query", "/id/*", "/page/*", "/data/*", "/assets/*");

    /** The characters a minted IRI's path has (slugs, hashes, offsets, QIDs); nothing else reaches a query. */
    private static final java.util.regex.Pattern SAFE_PATH = java.util.regex.Pattern.compile("[A-Za-z0-9._~/-]*");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI();
        if (!SAFE_PATH.matcher(path).matches()) {
            resp.sendError(404);
            return;
        }
        try {
            if (path.equals("/") || path.isEmpty()) html(resp, home());
            else if (path.equals("/search")) html(resp, search(req.getParameter("q")));
            else if (path.equals("/query")) html(resp, queryPage());
            else if (path.startsWith("/id/")) dereference(req, resp, path.substring(4));
            else if (path.startsWith("/page/")) page(resp, path.substring(6));
            else if (path.startsWith("/data/")) data(req, resp, path.substring(6));
            else if (path.startsWith("/assets/")) asset(resp, path.substring(8));
            else resp.sendError(404);
        } catch (RuntimeException e) {
            resp.sendError(500, "the page could not be made");
        }
    }

    // ------------------------------------------------------------------ pages

    private String home() {
        StringBuilder b = new StringBuilder("<h1>Who said what, in the news</h1><div class=\"counts\">");
        for (var e : GraphCounts.of(dsg, false).entrySet()) {
            b.append("<div><b>").append(e.getValue()).append("</b>").append(Html.esc(e.getKey())).append("</div>");
        }
        b.append("</div><h2>Most quoted</h2><table><tr><th>Speaker</th><th>Statements</th><th>Articles</th></tr>");
        for (String[] r : rows("SELECT ?e ?name (COUNT(DISTINCT ?st) AS ?n) (COUNT(DISTINCT ?a) AS ?arts) WHERE { ?st ng:speaker ?e . "
                + "?e schema:name ?name . ?rep ng:reportOf ?st ; ng:inArticle ?a } GROUP BY ?e ?name ORDER BY DESC(?n) LIMIT 10",
                s -> new String[] {s.getResource("e").getURI(), s.getLiteral("name").getString(), s.getLiteral("n").getLexicalForm(),
                        s.getLiteral("arts").getLexicalForm()})) {
            b.append("<tr><td>").append(link(r[0], r[1])).append("</td><td>").append(r[2]).append("</td><td>").append(r[3]).append("</td></tr>");
        }
        b.append("</table><p>Search names above, or <a href=\"/query\">write SPARQL</a>. The endpoint is <code>/kg/sparql</code>.</p>");
        return Html.page("newsgraph", b.toString());
    }

    private String search(String q) {
        StringBuilder b = new StringBuilder("<h1>Search</h1>");
        if (q == null || q.isBlank()) return Html.page("Search", b.append("<p>Type a name in the box above.</p>").toString());
        ParameterizedSparqlString ps = new ParameterizedSparqlString(P + "SELECT DISTINCT ?e ?name ?type WHERE { ?e schema:name ?name ; a ?type . "
                + "VALUES ?type { schema:Person schema:Organization schema:Place ng:Treaty } FILTER(CONTAINS(LCASE(?name), LCASE(?q))) } "
                + "ORDER BY ?name LIMIT 50");
        ps.setLiteral("q", q.strip());
        List<String[]> rs = rows(ps.toString(), s -> new String[] {s.getResource("e").getURI(), s.getLiteral("name").getString(),
                local(s.getResource("type").getURI())});
        b.append("<p>").append(rs.size()).append(" found for \u201C").append(Html.esc(q)).append("\u201D</p><ul id=\"results\">");
        for (String[] r : rs) b.append("<li>").append(link(r[0], r[1])).append(" <span class=\"type\">").append(Html.esc(r[2])).append("</span></li>");
        return Html.page("Search: " + q, b.append("</ul>").toString());
    }

    private String queryPage() {
        StringBuilder b = new StringBuilder("<h1>Query</h1><p>Example queries: ");
        Map<String, String> examples = examples();
        for (String name : examples.keySet()) {
            b.append("<button class=\"example\" data-name=\"").append(Html.esc(name)).append("\">").append(Html.esc(name)).append("</button> ");
        }
        b.append("</p><div id=\"yasgui\"></div><link rel=\"stylesheet\" href=\"/assets/yasgui/yasgui.min.css\">"
                + "<script src=\"/assets/yasgui/yasgui.min.js\"></script><script>const examples = {");
        for (var e : examples.entrySet()) {
            b.append('"').append(jsString(e.getKey())).append("\":\"").append(jsString(e.getValue())).append("\",");
        }
        b.append("};\nconst yasgui = new Yasgui(document.getElementById('yasgui'), {requestConfig: {endpoint: location.origin + '/kg/sparql', method: 'GET'}, "
                + "copyEndpointOnNewTab: false, persistenceId: null});\n"
                + "document.querySelectorAll('button.example').forEach(b => b.addEventListener('click', () => {"
                + "const tab = yasgui.getTab(); tab.setQuery(examples[b.dataset.name]); tab.query(); }));</script>");
        return Html.page("Query", b.toString());
    }

    /** The example queries shipped in the jar ({@code queries/*.rq}), by name. */
    static Map<String, String> examples() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String n : List.of("quotes", "entities", "articles", "treaty-statements", "persons-by-role", "statements-per-outlet",
                "speaker-statements", "divergent-statements", "wikidata-links")) {
            try (InputStream in = GraphSite.class.getClassLoader().getResourceAsStream("queries/" + n + ".rq")) {
                if (in != null) out.put(n, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException ignored) {
                // a missing example is left out
            }
        }
        return out;
    }

    private void page(HttpServletResponse resp, String rest) throws IOException {
        String iri = base + rest;
        String type = type(iri);
        if (type == null) {
            resp.sendError(404, "nothing is known of " + iri);
            return;
        }
        switch (type) {
            case "NewsArticle" -> html(resp, articlePage(iri));
            case "Statement" -> html(resp, statementPage(iri));
            default -> html(resp, entityPage(iri, type));
        }
    }

    private String entityPage(String e, String type) {
        String name = one("SELECT ?n WHERE { <" + e + "> schema:name ?n }", "n");
        String qid = one("SELECT ?q WHERE { <" + e + "> ng:wikidataId ?q }", "q");
        StringBuilder b = new StringBuilder("<h1>").append(Html.esc(name == null ? e : name)).append("</h1><p class=\"type\">")
                .append(Html.esc(type));
        if (qid != null) {
            b.append(" · Wikidata <a id=\"wikidata\" href=\"http://www.wikidata.org/entity/").append(Html.esc(qid)).append("\">")
                    .append(Html.esc(qid)).append("</a>");
        }
        b.append(" · <a href=\"/data/").append(Html.esc(e.substring(base.length()))).append("?format=ttl\">Turtle</a></p>");
        List<String> roles = rows("SELECT DISTINCT ?role ?former WHERE { ?r ng:roleOf <" + e + "> ; schema:roleName ?role ; ng:former ?former }",
                s -> s.getLiteral("role").getString() + (s.getLiteral("former").getBoolean() ? " (former)" : ""));
        if (!roles.isEmpty()) {
            b.append("<p>Roles as stated: ");
            for (String r : roles) b.append("<span class=\"pill\">").append(Html.esc(r)).append("</span> ");
            b.append("</p>");
        }
        // statements: what the entity said, or, for other entities, what was said in articles about it
        boolean person = type.equals("Person");
        String q = person
                ? "SELECT ?st ?date ?text ?a ?src ?outlet ?who ?whoName WHERE { ?st ng:speaker <" + e + "> . BIND(<" + e + "> AS ?who) "
                + "?who schema:name ?whoName . OPTIONAL { ?st ng:utteranceDate ?date } ?rep ng:reportOf ?st ; schema:text ?text ; ng:inArticle ?a . "
                + "?a ng:sourceFile ?src OPTIONAL { ?a schema:publisher/schema:name ?outlet } } ORDER BY ?date ?st ?src"
                : "SELECT ?st ?date ?text ?a ?src ?outlet ?who ?whoName WHERE { ?a schema:mentions <" + e + "> ; ng:sourceFile ?src . "
                + "?rep ng:inArticle ?a ; schema:text ?text ; ng:reportOf ?st . ?st ng:speaker ?who . ?who schema:name ?whoName . "
                + "OPTIONAL { ?st ng:utteranceDate ?date } OPTIONAL { ?a schema:publisher/schema:name ?outlet } } ORDER BY ?whoName ?st ?src";
        List<String[]> sts = rows(q, s -> new String[] {s.getResource("st").getURI(), s.contains("date") ? s.getLiteral("date").getLexicalForm() : "",
                s.getLiteral("text").getString(), s.getResource("a").getURI(), s.getLiteral("src").getString(),
                s.contains("outlet") ? s.getLiteral("outlet").getString() : s.getLiteral("src").getString(), s.getResource("who").getURI(),
                s.getLiteral("whoName").getString()});
        b.append("<h2>").append(person ? "Statements" : "Who said what in articles about it").append("</h2>");
        if (sts.isEmpty()) b.append("<p>None.</p>");
        else {
            b.append("<table id=\"statements\"><tr><th>Statement</th>").append(person ? "" : "<th>Speaker</th>")
                    .append("<th>Date</th><th>Outlet's wording</th><th>Article</th></tr>");
            for (String[] r : sts) {
                b.append("<tr><td>").append(link(r[0], "statement")).append("</td>");
                if (!person) b.append("<td>").append(link(r[6], r[7])).append("</td>");
                b.append("<td>").append(Html.esc(r[1])).append("</td><td class=\"quote\">\u201C").append(Html.esc(r[2]))
                        .append("\u201D</td><td>").append(link(r[3], r[5])).append("</td></tr>");
            }
            b.append("</table>");
        }
        if (person) {
            List<Svg.Dated> dated = new ArrayList<>();
            Map<String, Boolean> seen = new LinkedHashMap<>();
            for (String[] r : sts) {
                if (!r[1].isEmpty() && seen.putIfAbsent(r[0], true) == null) dated.add(new Svg.Dated(LocalDate.parse(r[1]), r[2], href(r[0])));
            }
            if (!dated.isEmpty()) b.append("<h2>Timeline</h2>").append(Svg.timeline(dated));
        }
        List<String[]> related = rows("SELECT ?o ?name ?type (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a schema:mentions <" + e + "> , ?o . "
                + "FILTER(?o != <" + e + ">) ?o schema:name ?name ; a ?type . VALUES ?type { schema:Person schema:Organization schema:Place ng:Treaty } } "
                + "GROUP BY ?o ?name ?type ORDER BY DESC(?n) ?name LIMIT 14",
                s -> new String[] {s.getResource("o").getURI(), s.getLiteral("name").getString(), local(s.getResource("type").getURI()),
                        s.getLiteral("n").getLexicalForm()});
        if (!related.isEmpty()) {
            List<Svg.Neighbour> ns = new ArrayList<>();
            for (String[] r : related) ns.add(new Svg.Neighbour(r[1], r[2], href(r[0]), r[3] + (r[3].equals("1") ? " article" : " articles")));
            b.append("<h2>Neighbourhood</h2>").append(Svg.neighbourhood(name == null ? "" : name, type, ns));
        }
        List<String[]> arts = rows("SELECT ?a ?src ?title ?date WHERE { ?a schema:mentions <" + e + "> ; ng:sourceFile ?src . "
                + "OPTIONAL { ?a schema:headline ?title } OPTIONAL { ?a schema:datePublished ?date } } ORDER BY ?date ?src",
                s -> new String[] {s.getResource("a").getURI(), s.contains("title") ? s.getLiteral("title").getString() : s.getLiteral("src").getString(),
                        s.contains("date") ? s.getLiteral("date").getLexicalForm() : ""});
        b.append("<h2>Articles that mention it</h2><ul>");
        for (String[] r : arts) b.append("<li>").append(link(r[0], r[1])).append(" ").append(Html.esc(r[2])).append("</li>");
        b.append("</ul>");
        return Html.page(name == null ? "entity" : name, b.toString());
    }

    private String articlePage(String a) {
        String title = one("SELECT ?t WHERE { <" + a + "> schema:headline ?t }", "t");
        String src = one("SELECT ?s WHERE { <" + a + "> ng:sourceFile ?s }", "s");
        String date = one("SELECT ?d WHERE { <" + a + "> schema:datePublished ?d }", "d");
        String outlet = one("SELECT ?o WHERE { <" + a + "> schema:publisher/schema:name ?o }", "o");
        StringBuilder b = new StringBuilder("<h1>").append(Html.esc(title == null ? src : title)).append("</h1><p class=\"type\">")
                .append(Html.esc(src)).append(date == null ? "" : " · " + Html.esc(date)).append(outlet == null ? "" : " · " + Html.esc(outlet)).append("</p>");
        b.append("<h2>Quotes</h2><table><tr><th>Speaker</th><th>Words</th><th>Kind</th></tr>");
        for (String[] r : rows("SELECT ?text ?kind ?who ?name ?desc ?start WHERE { ?rep ng:inArticle <" + a + "> ; a ng:Report ; schema:text ?text ; "
                + "ng:kind ?kind ; ng:startOffset ?start . OPTIONAL { ?rep ng:saidBy ?who . OPTIONAL { ?who schema:name ?name } "
                + "OPTIONAL { ?who schema:description ?desc } } } ORDER BY ?start",
                s -> new String[] {s.contains("name") ? s.getResource("who").getURI() : null, s.contains("name") ? s.getLiteral("name").getString()
                        : s.contains("desc") ? s.getLiteral("desc").getString() : "(unattributed)", s.getLiteral("text").getString(),
                        s.getLiteral("kind").getString()})) {
            b.append("<tr><td>").append(r[0] == null ? Html.esc(r[1]) : link(r[0], r[1])).append("</td><td class=\"quote\">\u201C")
                    .append(Html.esc(r[2])).append("\u201D</td><td>").append(Html.esc(r[3])).append("</td></tr>");
        }
        b.append("</table><h2>Entities</h2><p>");
        for (String[] r : rows("SELECT ?e ?name ?type WHERE { <" + a + "> schema:mentions ?e . ?e schema:name ?name ; a ?type . "
                + "VALUES ?type { schema:Person schema:Organization schema:Place ng:Treaty } } ORDER BY ?type ?name",
                s -> new String[] {s.getResource("e").getURI(), s.getLiteral("name").getString()})) {
            b.append("<span class=\"pill\">").append(link(r[0], r[1])).append("</span> ");
        }
        return Html.page(title == null ? src : title, b.append("</p>").toString());
    }

    private String statementPage(String st) {
        String who = one("SELECT ?n WHERE { <" + st + "> ng:speaker/schema:name ?n }", "n");
        String whoIri = one("SELECT ?w WHERE { <" + st + "> ng:speaker ?w }", "w");
        String date = one("SELECT ?d WHERE { <" + st + "> ng:utteranceDate ?d }", "d");
        String div = one("SELECT ?d WHERE { <" + st + "> ng:divergence ?d }", "d");
        String flagged = one("SELECT ?f WHERE { <" + st + "> ng:divergent ?f }", "f");
        StringBuilder b = new StringBuilder("<h1>Statement</h1><p>").append(who == null ? "Unattributed" : link(whoIri, who))
                .append(date == null ? "" : " · " + Html.esc(date)).append(div == null ? "" : " · divergence " + Html.esc(div))
                .append("true".equals(flagged) ? " <span class=\"flag\">reports differ</span>" : "").append("</p>");
        b.append("<table><tr><th>Outlet</th><th>Wording</th><th>Similarity</th><th>Adds</th><th>Lacks</th></tr>");
        for (String[] r : rows("SELECT ?a ?src ?outlet ?text ?sim ?adds ?lacks WHERE { ?rep ng:reportOf <" + st + "> ; schema:text ?text ; "
                + "ng:inArticle ?a . ?a ng:sourceFile ?src . OPTIONAL { ?a schema:publisher/schema:name ?outlet } OPTIONAL { ?rep ng:similarity ?sim } "
                + "OPTIONAL { ?rep ng:adds ?adds } OPTIONAL { ?rep ng:lacks ?lacks } } ORDER BY ?src",
                s -> new String[] {s.getResource("a").getURI(), s.contains("outlet") ? s.getLiteral("outlet").getString() : s.getLiteral("src").getString(),
                        s.getLiteral("text").getString(), s.contains("sim") ? s.getLiteral("sim").getLexicalForm() : "",
                        s.contains("adds") ? s.getLiteral("adds").getString() : "", s.contains("lacks") ? s.getLiteral("lacks").getString() : ""})) {
            b.append("<tr><td>").append(link(r[0], r[1])).append("</td><td class=\"quote\">\u201C").append(Html.esc(r[2])).append("\u201D</td><td>")
                    .append(Html.esc(r[3])).append("</td><td>").append(Html.esc(r[4])).append("</td><td>").append(Html.esc(r[5])).append("</td></tr>");
        }
        return Html.page("Statement", b.append("</table>").toString());
    }

    // ------------------------------------------------------------------ linked data

    private void dereference(HttpServletRequest req, HttpServletResponse resp, String rest) throws IOException {
        if (type(base + rest) == null) {
            resp.sendError(404, "nothing is known of " + base + rest);
            return;
        }
        String format = rdfFormat(req.getHeader("Accept"));
        resp.setStatus(303);
        resp.setHeader("Location", format == null ? "/page/" + rest : "/data/" + rest + "?format=" + format);
        resp.setHeader("Vary", "Accept");
    }

    /** What the site offers, the page first: a client that does not say which it prefers gets the page. */
    private static final org.apache.jena.atlas.web.AcceptList OFFER = org.apache.jena.atlas.web.AcceptList.create(
            "text/html", "text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml");
    /** The formats of {@code ?format=}, by name. */
    private static final java.util.Map<String, Lang> FORMATS = java.util.Map.of(
            "ttl", Lang.TURTLE, "nt", Lang.NTRIPLES, "jsonld", Lang.JSONLD, "rdf", Lang.RDFXML);

    /**
     * The RDF format an Accept header asks for, or null when it asks for a page: the best of what the site offers
     * by the header's q-values, as Jena's content negotiation chooses ({@code text/html;q=0.1, text/turtle} is Turtle).
     */
    static String rdfFormat(String accept) {
        if (accept == null || accept.isBlank()) return null;
        org.apache.jena.atlas.web.MediaType m;
        try {
            m = org.apache.jena.atlas.web.AcceptList.match(new org.apache.jena.atlas.web.AcceptList(accept), OFFER);
        } catch (RuntimeException e) {
            return null; // a header that cannot be read asks for nothing in particular
        }
        if (m == null) return null;
        return switch (m.getContentTypeStr()) {
            case "text/turtle" -> "ttl";
            case "application/ld+json" -> "jsonld";
            case "application/n-triples" -> "nt";
            case "application/rdf+xml" -> "rdf";
            default -> null;
        };
    }

    private void data(HttpServletRequest req, HttpServletResponse resp, String rest) throws IOException {
        String iri = base + rest;
        String format = req.getParameter("format");
        if (format == null) format = rdfFormat(req.getHeader("Accept"));
        if (format == null) format = "ttl";
        Lang lang = FORMATS.get(format.toLowerCase(java.util.Locale.ROOT));
        if (lang == null) {
            resp.sendError(400, "unknown format " + format + ": ttl, nt, jsonld or rdf");
            return;
        }
        Graph g = Txn.calculateRead(dsg, () -> {
            Graph out = GraphFactory.createDefaultGraph();
            Node n = NodeFactory.createURI(iri);
            Graph union = dsg.getUnionGraph();
            union.find(n, Node.ANY, Node.ANY).forEachRemaining(out::add);
            union.find(Node.ANY, Node.ANY, n).forEachRemaining(t -> {
                if (!t.getPredicate().equals(NG.refersTo)) out.add(t);
            });
            return out;
        });
        if (g.isEmpty()) {
            resp.sendError(404, "nothing is known of " + iri);
            return;
        }
        g.getPrefixMapping().setNsPrefixes(NG.prefixes(null));
        resp.setStatus(200);
        resp.setContentType(lang.getHeaderString() + "; charset=utf-8");
        try (OutputStream os = resp.getOutputStream()) {
            RDFDataMgr.write(os, g, lang);
        }
    }

    private void asset(HttpServletResponse resp, String name) throws IOException {
        if (!name.matches("[a-z0-9/_.-]+") || name.contains("..")) {
            resp.sendError(404);
            return;
        }
        try (InputStream in = GraphSite.class.getClassLoader().getResourceAsStream("web/" + name)) {
            if (in == null) {
                resp.sendError(404);
                return;
            }
            resp.setContentType(name.endsWith(".js") ? "text/javascript" : name.endsWith(".css") ? "text/css" : "application/octet-stream");
            resp.setHeader("Cache-Control", "max-age=86400");
            in.transferTo(resp.getOutputStream());
        }
    }

    // ------------------------------------------------------------------ helpers

    /** The local name of the resource's class: Person, Organization, Place, Treaty, NewsArticle, Statement; null if unknown. */
    private String type(String iri) {
        List<String> ts = rows("SELECT ?t WHERE { <" + iri + "> a ?t }", s -> local(s.getResource("t").getURI()));
        for (String t : List.of("NewsArticle", "Statement", "Person", "Organization", "Place", "Treaty", "Report", "Mention")) {
            if (ts.contains(t)) return t;
        }
        return ts.isEmpty() ? null : ts.get(0);
    }

    private String one(String q, String var) {
        List<String> r = rows(q, s -> s.get(var).isLiteral() ? s.getLiteral(var).getLexicalForm() : s.getResource(var).getURI());
        return r.isEmpty() ? null : r.get(0);
    }

    private <T> List<T> rows(String query, Function<QuerySolution, T> f) {
        String q = query.startsWith("PREFIX") ? query : P + query;
        return Txn.calculateRead(dsg, () -> {
            List<T> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.create(q, org.apache.jena.query.DatasetFactory.wrap(dsg))) {
                var rs = qe.execSelect();
                while (rs.hasNext()) out.add(f.apply(rs.next()));
            }
            return out;
        });
    }

    /**
     * Where a resource's link goes: its page for the store's own IRIs, the IRI for other http(s) IRIs, and nowhere
     * ("#") for any other scheme, which an update could have put there ({@code <javascript:alert(1)//>}).
     */
    private String href(String iri) {
        if (iri.startsWith(base)) return "/page/" + iri.substring(base.length());
        return SAFE_LINK.matcher(iri).matches() ? iri : "#";
    }

    private static final java.util.regex.Pattern SAFE_LINK = java.util.regex.Pattern.compile("(?i)https?://[^\\s\"<>]+");

    private String link(String iri, String text) {
        String h = href(iri);
        return h.equals("#") ? Html.esc(text) : "<a href=\"" + Html.esc(h) + "\">" + Html.esc(text) + "</a>";
    }

    private static String local(String iri) {
        int i = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        return iri.substring(i + 1);
    }

    private static String jsString(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "").replace("</", "<\\/");
    }

    private static void html(HttpServletResponse resp, String body) throws IOException {
        resp.setStatus(200);
        resp.setContentType("text/html; charset=utf-8");
        resp.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
}
