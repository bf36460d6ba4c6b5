package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestPipelines;
import org.newsgraph.ingest.PageLayout;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.RdfMapper;
import org.newsgraph.store.TdbStore;

/** The endpoint over real HTTP on a free port of 127.0.0.1, backed by a TDB2 store on disk. */
class SparqlServerIT {
    @TempDir
    static Path dir;
    static TdbStore store;
    static SparqlServer server;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        store = TdbStore.open(dir);
        RdfMapper mapper = new RdfMapper(new Iris());
        var x = TestPipelines.extract(PageLayout.plainText("a.txt", "Mayor Ellen Brandt opened the bridge in Paris.\n"));
        store.replace(mapper.iris().articleGraph("a.txt"), out -> mapper.write(x, out));
        server = SparqlServer.start(store.datasetGraph(), SparqlServer.Config.readOnly("127.0.0.1", 0));
    }

    @AfterAll
    static void stop() {
        try {
            if (server != null) server.close();
        } finally {
            store.close();
        }
    }

    /**
     * A POST on a connection of its own: the server closes a connection after refusing a request whose body it did
     * not read, and a client that reuses it for the next POST sees no answer at all.
     */
    private static HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void selectOverHttpSeesTheNamedGraphsAsOneGraph() throws Exception {
        String q = "SELECT ?name WHERE { ?p a <https://schema.org/Person> ; <https://schema.org/name> ?name }";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query="
                + URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Accept", "text/csv").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("Ellen Brandt"), r.body());
        assertTrue(server.sparqlUrl().startsWith("http://127.0.0.1:"));
    }

    private static HttpResponse<String> get(String url, String accept) throws Exception {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build().send(HttpRequest.newBuilder(URI.create(url))
                .header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void mintedIrisDereferenceByContentNegotiation() throws Exception {
        String entity = new Iris().entity("Person:ellen brandt").getURI();
        String rest = entity.substring(Iris.DEFAULT_BASE.length());
        String base = "http://127.0.0.1:" + server.port();
        HttpResponse<String> toData = get(base + "/id/" + rest, "text/turtle");
        assertEquals(303, toData.statusCode());
        String location = toData.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith("/data/" + rest + "?format=ttl"), location);
        HttpResponse<String> ttl = get(location.startsWith("http") ? location : base + location, "text/turtle");
        assertEquals(200, ttl.statusCode());
        assertTrue(ttl.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        var g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        org.apache.jena.riot.RDFParser.fromString(ttl.body(), org.apache.jena.riot.Lang.TURTLE).parse(g);
        assertTrue(g.contains(org.apache.jena.graph.NodeFactory.createURI(entity), org.newsgraph.rdf.NG.name,
                org.apache.jena.graph.NodeFactory.createLiteralString("Ellen Brandt")));

        HttpResponse<String> toJson = get(base + "/id/" + rest, "application/ld+json");
        String jsonLocation = toJson.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> json = get(jsonLocation.startsWith("http") ? jsonLocation : base + jsonLocation, "application/ld+json");
        assertEquals(200, json.statusCode());
        assertTrue(json.body().contains("Ellen Brandt"));

        HttpResponse<String> toXml = get(base + "/id/" + rest, "text/html;q=0.2, application/rdf+xml");
        String xmlLocation = toXml.headers().firstValue("Location").orElseThrow();
        assertTrue(xmlLocation.endsWith("?format=rdf"), "q-values decide: " + xmlLocation);
        HttpResponse<String> xml = get(xmlLocation.startsWith("http") ? xmlLocation : base + xmlLocation, "application/rdf+xml");
        assertEquals(200, xml.statusCode());
        var gx = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        org.apache.jena.riot.RDFParser.fromString(xml.body(), org.apache.jena.riot.Lang.RDFXML).parse(gx);
        assertTrue(gx.contains(org.apache.jena.graph.NodeFactory.createURI(entity), org.newsgraph.rdf.NG.name,
                org.apache.jena.graph.NodeFactory.createLiteralString("Ellen Brandt")), "RDF/XML, and not Turtle under its name");
        assertEquals(400, get(base + "/data/" + rest + "?format=xyz", "*/*").statusCode(), "an unknown format is an error, not Turtle");

        HttpResponse<String> toPage = get(base + "/id/" + rest, "text/html,application/xhtml+xml");
        assertEquals(303, toPage.statusCode());
        String pageLocation = toPage.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> page = get(pageLocation.startsWith("http") ? pageLocation : base + pageLocation, "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<h1>Ellen Brandt</h1>"), page.body());

        assertEquals(404, get(base + "/id/entity/person/nobody-000000", "text/turtle").statusCode());
    }

    @Test
    void updatesAreRefused() throws Exception {
        String update = "INSERT DATA { <urn:x> <urn:y> <urn:z> }";
        int viaSparql = post("/kg/sparql", "application/sparql-update", update).statusCode();
        int viaUpdate = post("/kg/update", "application/sparql-update", update).statusCode();
        int viaGsp = post("/kg/data", "text/turtle", "<urn:x> <urn:y> <urn:z> .").statusCode();
        assertTrue(viaSparql >= 400 && viaUpdate >= 400 && viaGsp >= 400, viaSparql + " " + viaUpdate + " " + viaGsp);
        assertEquals(0, org.apache.jena.system.Txn.calculateRead(store.dataset(), () ->
                store.datasetGraph().stream().filter(q -> q.getSubject().isURI() && q.getSubject().getURI().equals("urn:x")).count()));
    }
}
