package org.newsgraph.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.newsgraph.rdf.NG;

/**
 * Dereferenceable IRIs: {@code /id/X} answers 303 to the page {@code /page/X} or to the description
 * {@code /data/X}, as the request's Accept header asks by Jena's content negotiation, and {@code /data/X} writes
 * the description in the format asked.
 */
final class LinkedData {
    /** What the site offers, the page first: a client that does not say which it prefers gets the page. */
    private static final AcceptList OFFER = AcceptList.create(
            "text/html", "text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml");
    /** The formats of {@code ?format=}, by name. */
    private static final Map<String, Lang> FORMATS = Map.of("ttl", Lang.TURTLE, "nt", Lang.NTRIPLES, "jsonld", Lang.JSONLD, "rdf", Lang.RDFXML);

    private final DatasetGraph dsg;
    private final Links links;

    LinkedData(DatasetGraph dsg, Links links) {
        this.dsg = dsg;
        this.links = links;
    }

    /**
     * The RDF format an Accept header asks for, or null when it asks for a page: the best of what the site offers
     * by the header's q-values, as Jena's content negotiation chooses ({@code text/html;q=0.1, text/turtle} is Turtle).
     */
    static String rdfFormat(String accept) {
        if (accept == null || accept.isBlank()) return null;
        MediaType m;
        try {
            String acceptable = acceptable(accept);
            if (acceptable.isEmpty()) return NONE;
            m = AcceptList.match(new AcceptList(acceptable), OFFER);
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

    /** What {@link #rdfFormat} answers when the header accepts nothing at all ("text/turtle;q=0"). */
    static final String NONE = "";

    /** The header without the types it refuses: "q=0" means not acceptable (RFC 9110). */
    static String acceptable(String accept) {
        StringBuilder out = new StringBuilder();
        for (String item : accept.split(",")) {
            if (item.isBlank() || item.matches("(?is).*;\\s*q\\s*=\\s*0(\\.0{0,3})?\\s*(;.*)?$")) continue;
            if (out.length() > 0) out.append(',');
            out.append(item.strip());
        }
        return out.toString();
    }

    void dereference(HttpServletRequest req, HttpServletResponse resp, String rest) throws IOException {
        String format = rdfFormat(req.getHeader("Accept"));
        if (NONE.equals(format)) {
            resp.sendError(406, "nothing the Accept header allows: text/html, text/turtle, application/ld+json, application/n-triples, application/rdf+xml");
            return;
        }
        resp.setStatus(303);
        resp.setHeader("Location", format == null ? "/page/" + rest : "/data/" + rest + "?format=" + format);
        resp.setHeader("Vary", "Accept");
    }

    void data(HttpServletRequest req, HttpServletResponse resp, String rest) throws IOException {
        String iri = links.base() + rest;
        String format = req.getParameter("format");
        if (format == null) format = rdfFormat(req.getHeader("Accept"));
        if (NONE.equals(format)) {
            resp.sendError(406, "nothing the Accept header allows: text/turtle, application/ld+json, application/n-triples, application/rdf+xml");
            return;
        }
        if (format == null) format = "ttl";
        Lang lang = FORMATS.get(format.toLowerCase(Locale.ROOT));
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
}
