package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestPipelines;
import org.newsgraph.ingest.PageLayout;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.RdfMapper;
import org.newsgraph.store.TdbStore;

/** Who may change the graph, how long a query may run, how much it may return, and what errors show. */
class EndpointSecurityIT {
    @TempDir
    Path dir;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TdbStore store() {
        TdbStore s = TdbStore.open(dir.resolve("store"));
        RdfMapper mapper = new RdfMapper(new Iris());
        for (int i = 0; i < 3; i++) {
            var x = TestPipelines.extract(PageLayout.plainText("a" + i + ".txt", "Port Talks Resume " + i + "\n\nMayor Ellen Brandt opened the bridge "
                    + "in Paris on Monday with Governor Leon Hart and Senator Rosa Ibarra, officials said.\n"));
            s.replace(mapper.iris().articleGraph("a" + i + ".txt"), out -> mapper.write(x, out));
        }
        return s;
    }

    private HttpResponse<String> update(SparqlServer s, String auth) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.baseUrl() + "/kg/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <urn:g> { <urn:x> <urn:y> \"z\" } }"));
        if (auth != null) b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(auth.getBytes(StandardCharsets.UTF_8)));
        // a connection of its own: the server closes one after refusing a request whose body it did not read
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> query(SparqlServer s, String q) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(s.sparqlUrl() + "?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void updatesNeedTheOneUserAndPassword() throws Exception {
        Path realm = dir.resolve("realm.properties");
        Files.writeString(realm, "editor: s3cret-words\n");
        try (TdbStore st = store();
             SparqlServer s = SparqlServer.start(st.datasetGraph(), new SparqlServer.Config("127.0.0.1", 0, 30_000, 1000, "editor", realm.toString()))) {
            assertEquals(401, update(s, null).statusCode());
            assertEquals(401, update(s, "editor:wrong").statusCode());
            int ok = update(s, "editor:s3cret-words").statusCode();
            assertTrue(ok == 200 || ok == 204, "with the right password: " + ok);
            assertTrue(query(s, "SELECT ?o WHERE { GRAPH <urn:g> { <urn:x> <urn:y> ?o } }").body().contains("z"));
            assertEquals(200, query(s, "ASK {}").statusCode(), "queries need no password");
        }
    }

    @Test
    void aReadOnlyEndpointRefusesEveryWrite() throws Exception {
        try (TdbStore st = store(); SparqlServer s = SparqlServer.start(st.datasetGraph(), SparqlServer.Config.readOnly("127.0.0.1", 0))) {
            int code = update(s, "editor:s3cret-words").statusCode();
            assertTrue(code == 404 || code == 405 || code == 403 || code == 400, "status " + code);
        }
    }

    @Test
    void aRunawayQueryIsStoppedAtTheTimeLimit() throws Exception {
        try (TdbStore st = store();
             SparqlServer s = SparqlServer.start(st.datasetGraph(), new SparqlServer.Config("127.0.0.1", 0, 2_000, 1000, null, null))) {
            // a fourfold cross product of every triple: hours of work
            String runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
            long t0 = System.nanoTime();
            HttpResponse<String> r = query(s, runaway);
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertTrue(r.statusCode() >= 500 || r.statusCode() == 200 && !r.body().contains(","), "status " + r.statusCode());
            assertTrue(seconds < 15, "stopped after " + seconds + " s");
            System.out.printf("query timeout: a runaway query was stopped after %.1f s (limit 2 s), status %d%n", seconds, r.statusCode());
            assertEquals(200, query(s, "ASK {}").statusCode(), "the server still answers");
        }
    }

    @Test
    void resultsAreCutAtTheRowLimit() throws Exception {
        try (TdbStore st = store();
             SparqlServer s = SparqlServer.start(st.datasetGraph(), new SparqlServer.Config("127.0.0.1", 0, 30_000, 25, null, null))) {
            HttpResponse<String> r = query(s, "SELECT ?p WHERE { ?s ?p ?o }");
            assertEquals(200, r.statusCode());
            assertEquals(25, r.body().lines().count() - 1);
        }
    }

    @Test
    void errorsShowNoStackTraces() throws Exception {
        try (TdbStore st = store(); SparqlServer s = SparqlServer.start(st.datasetGraph(), SparqlServer.Config.readOnly("127.0.0.1", 0))) {
            HttpResponse<String> r = query(s, "SELECT ?x WHERE { this is not sparql");
            assertEquals(400, r.statusCode());
            assertFalse(r.body().contains("at org.") || r.body().contains("Exception"), r.body());
        }
    }
}
