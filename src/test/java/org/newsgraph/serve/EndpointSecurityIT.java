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
        try (TdbStore st = store();
             SparqlServer s = SparqlServer.start(st.datasetGraph(), new SparqlServer.Config("127.0.0.1", 0, 30_000, 1000, "editor", "s3cret-words"))) {
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

    @Test
    void aPasswordIsTakenLiterallyCommasBackslashesAndAllAndNoCopyOfItIsWritten() throws Exception {
        String password = "Str0ng,Secret\\back MD5:x";
        long realmsBefore = realmFiles();
        try (TdbStore st = store();
             SparqlServer s = SparqlServer.start(st.datasetGraph(), new SparqlServer.Config("127.0.0.1", 0, 30_000, 1000, "editor", password))) {
            assertEquals(401, update(s, "editor:Str0ng").statusCode(), "the part before the comma is not the password");
            assertEquals(401, update(s, "editor:Str0ng,Secretback MD5:x").statusCode(), "the backslash is part of it");
            int ok = update(s, "editor:" + password).statusCode();
            assertTrue(ok == 200 || ok == 204, "the whole password: " + ok);
            assertEquals(realmsBefore, realmFiles(), "no password file in the temporary directory");
        }
    }

    private static long realmFiles() throws java.io.IOException {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("kg-realm")).count();
        }
    }

    private HttpResponse<String> post(SparqlServer s, String path, String contentType, String body, String auth) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.baseUrl() + path)).header("Content-Type", contentType)
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(body));
        if (auth != null) b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(auth.getBytes(StandardCharsets.UTF_8)));
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void loadReadsNoLocalFileAndServiceCallsNoOtherEndpoint() throws Exception {
        Path secret = dir.resolve("secret.ttl");
        Files.writeString(secret, "<urn:secret> <urn:is> \"the-secret-word\" .\n");
        try (TdbStore st = store();
             SparqlServer s = SparqlServer.start(st.datasetGraph(), new SparqlServer.Config("127.0.0.1", 0, 30_000, 1000, "editor", "pw-1"));
             TdbStore other = TdbStore.open(dir.resolve("other"));
             SparqlServer o = SparqlServer.start(other.datasetGraph(), SparqlServer.Config.readOnly("127.0.0.1", 0))) {
            other.replace(org.apache.jena.graph.NodeFactory.createURI("urn:g"), out -> out.quad(org.apache.jena.sparql.core.Quad.create(
                    org.apache.jena.graph.NodeFactory.createURI("urn:g"), org.apache.jena.graph.NodeFactory.createURI("urn:far"),
                    org.apache.jena.graph.NodeFactory.createURI("urn:is"), org.apache.jena.graph.NodeFactory.createLiteralString("far-away-row"))));
            HttpResponse<String> load = post(s, "/kg/update", "application/sparql-update", "LOAD <" + secret.toUri() + "> INTO GRAPH <urn:stolen>", "editor:pw-1");
            assertEquals(403, load.statusCode(), load.body());
            assertFalse(load.body().contains("secret"), load.body());
            assertFalse(query(s, "SELECT ?o WHERE { GRAPH <urn:stolen> { ?s ?p ?o } }").body().contains("the-secret-word"));
            HttpResponse<String> fed = query(s, "SELECT ?o WHERE { SERVICE <" + o.sparqlUrl() + "> { ?s <urn:is> ?o } }");
            assertFalse(fed.body().contains("far-away-row"), "SERVICE is off: " + fed.statusCode() + " " + fed.body());
            assertTrue(query(o, "SELECT ?o WHERE { ?s <urn:is> ?o }").body().contains("far-away-row"), "the other endpoint has the row");
        }
    }

    @Test
    void theTimeLimitHoldsForARegexThatBacktracksAndEveryQueryForm() throws Exception {
        try (TdbStore st = store();
             SparqlServer s = SparqlServer.start(st.datasetGraph(), new SparqlServer.Config("127.0.0.1", 0, 2_000, 1000, null, null))) {
            String commas = "1,".repeat(40);
            String runaway = "{ ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
            java.util.Map<String, String> forms = new java.util.LinkedHashMap<>();
            forms.put("ASK with a backtracking REGEX", "ASK { FILTER(REGEX(\"" + commas + "\", \"^(.*?,){28}P\")) }");
            forms.put("SELECT with a backtracking REPLACE", "SELECT (REPLACE(\"" + commas + "\", \"^(.*?,){28}P\", \"x\") AS ?r) {}");
            forms.put("SELECT", "SELECT (COUNT(*) AS ?n) WHERE " + runaway);
            forms.put("ASK", "ASK { " + runaway + " FILTER(STR(?l) = \"none\") }");
            forms.put("CONSTRUCT", "CONSTRUCT { ?a ?b ?l } WHERE { " + runaway + " FILTER(STR(?l) = \"none\") }");
            forms.put("DESCRIBE", "DESCRIBE ?a WHERE { " + runaway + " FILTER(STR(?l) = \"none\") }");
            forms.put("JSON", "JSON { \"a\": ?a } WHERE { " + runaway + " FILTER(STR(?l) = \"none\") }");
            for (var f : forms.entrySet()) {
                long t0 = System.nanoTime();
                HttpResponse<String> r = query(s, f.getValue());
                double seconds = (System.nanoTime() - t0) / 1e9;
                assertTrue(r.statusCode() >= 500, f.getKey() + ": a query out of time is an error, not a 200: " + r.statusCode() + " " + r.body());
                assertTrue(seconds < 10, f.getKey() + ": stopped after " + seconds + " s");
                System.out.printf("timeout per form: %s stopped after %.1f s (limit 2 s), status %d%n", f.getKey(), seconds, r.statusCode());
            }
            assertEquals(200, query(s, "ASK { FILTER(REGEX(\"abc\", \"^a.C$\", \"i\")) }").statusCode(), "ordinary REGEX still works");
            assertTrue(query(s, "ASK { FILTER(REGEX(\"abc\", \"^a.C$\", \"i\")) }").body().contains("true"));
            assertTrue(query(s, "SELECT (REPLACE(\"a-b-c\", \"-\", \"+\") AS ?r) {}").body().contains("a+b+c"), "ordinary REPLACE still works");
        }
    }

    @Test
    void theRowLimitBoundsConstructDescribeAndJsonToo() throws Exception {
        try (TdbStore st = store();
             SparqlServer s = SparqlServer.start(st.datasetGraph(), new SparqlServer.Config("127.0.0.1", 0, 30_000, 10, null, null))) {
            HttpResponse<String> c = http.send(HttpRequest.newBuilder(URI.create(s.sparqlUrl() + "?query="
                    + URLEncoder.encode("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", StandardCharsets.UTF_8)))
                    .header("Accept", "application/n-triples").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, c.statusCode());
            assertTrue(c.body().lines().filter(l -> !l.isBlank()).count() <= 10, c.body());
            HttpResponse<String> j = query(s, "JSON { \"p\": ?p } WHERE { ?s ?p ?o }");
            assertEquals(200, j.statusCode());
            assertTrue(j.body().split("\"p\"").length - 1 <= 10, j.body());
        }
    }

    @Test
    void itListensOnExactlyTheAddressAsked() throws Exception {
        try (TdbStore st = store(); SparqlServer s = SparqlServer.start(st.datasetGraph(), SparqlServer.Config.readOnly("127.0.0.2", 0))) {
            assertEquals(200, http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.2:" + s.port() + "/$/ping")).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
            try (java.net.Socket other = new java.net.Socket()) {
                other.connect(new java.net.InetSocketAddress("127.0.0.1", s.port()), 2000);
                org.junit.jupiter.api.Assertions.fail("127.0.0.1 answered a server asked to listen on 127.0.0.2");
            } catch (java.net.ConnectException expected) {
                // refused: nothing listens there
            }
        }
    }

    @Test
    void anIriOfAnotherSchemeIsNeverALiveLink() throws Exception {
        try (TdbStore st = store();
             SparqlServer s = SparqlServer.start(st.datasetGraph(), new SparqlServer.Config("127.0.0.1", 0, 30_000, 1000, "editor", "pw-2"))) {
            HttpResponse<String> u = post(s, "/kg/update", "application/sparql-update", "INSERT DATA { GRAPH <urn:evil> { "
                    + "<javascript:alert(1)//> a <https://schema.org/Person> ; <https://schema.org/name> \"Ellen Evil\" . "
                    + "<https://w3id.org/newsgraph/id/article/a0txt> <https://schema.org/mentions> <javascript:alert(1)//> } }", "editor:pw-2");
            assertTrue(u.statusCode() == 200 || u.statusCode() == 204, u.body());
            String page = http.send(HttpRequest.newBuilder(URI.create(s.baseUrl() + "/search?q=Ellen")).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(page.contains("Ellen Evil"), page);
            assertFalse(page.toLowerCase(java.util.Locale.ROOT).contains("href=\"javascript:"), page);
        }
    }

    @Test
    void slowClientsAndRunawayQueriesDoNotStarveTheOthers() throws Exception {
        try (TdbStore st = store();
             SparqlServer s = SparqlServer.start(st.datasetGraph(), new SparqlServer.Config("127.0.0.1", 0, 20_000, 1000, null, null))) {
            java.util.List<java.net.Socket> slow = new java.util.ArrayList<>();
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(24);
            try {
                for (int i = 0; i < 20; i++) {
                    java.net.Socket k = new java.net.Socket("127.0.0.1", s.port());
                    k.getOutputStream().write(("POST /kg/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
                            + "Content-Length: 100000\r\n\r\nS").getBytes(StandardCharsets.US_ASCII));
                    k.getOutputStream().flush();
                    slow.add(k);
                }
                String runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
                for (int i = 0; i < 24; i++) pool.submit(() -> query(s, runaway));
                Thread.sleep(1000);
                int served = 0;
                long worst = 0;
                for (int i = 0; i < 10; i++) {
                    long t0 = System.nanoTime();
                    int code = rawGet("127.0.0.2", s.port(), "/kg/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8));
                    worst = Math.max(worst, (System.nanoTime() - t0) / 1_000_000);
                    if (code == 200) served++;
                    for (java.net.Socket k : slow) {
                        try {
                            k.getOutputStream().write('E'); // a byte a round: slower than any client
                        } catch (java.io.IOException cutOff) {
                            // the server closed a client too slow to serve
                        }
                    }
                }
                System.out.printf("slow clients: 20 slow posts and 24 runaway queries; another client got %d of 10 answers, the slowest in %d ms%n",
                        served, worst);
                assertEquals(10, served);
                assertTrue(worst < 5_000, "slowest answer " + worst + " ms");
            } finally {
                pool.shutdownNow();
                for (java.net.Socket k : slow) k.close();
            }
        }
    }

    /** A GET from a client of its own address, so that the limit per client address tells it apart. */
    private static int rawGet(String from, int port, String path) throws Exception {
        try (java.net.Socket k = new java.net.Socket()) {
            k.bind(new java.net.InetSocketAddress(from, 0));
            k.connect(new java.net.InetSocketAddress("127.0.0.1", port), 5000);
            k.setSoTimeout(30_000);
            k.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/csv\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(k.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(status.split(" ")[1]);
        }
    }

    @Test
    void aRequestBodyOverTheLimitIsRefusedWith413AndOthersAreStillAnswered() throws Exception {
        try (TdbStore st = store();
             SparqlServer s = SparqlServer.start(st.datasetGraph(), SparqlServer.Config.readOnly("127.0.0.1", 0).withMaxBody(64 * 1024))) {
            String padded = " ".repeat(2 * 1024 * 1024) + "ASK {}";
            long t0 = System.nanoTime();
            // a declared length over the limit: refused before the body is read (sent as a raw request, so that the
            // refusal is read whole however early the server closes)
            String big;
            try (java.net.Socket k = new java.net.Socket("127.0.0.1", s.port())) {
                k.setSoTimeout(20_000);
                k.getOutputStream().write(("POST /kg/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
                        + "Content-Length: " + padded.length() + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                k.getOutputStream().flush();
                big = new String(k.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            }
            assertEquals("HTTP/1.1 413", big, "a declared length over the limit");
            // the same without a declared length: cut off as it streams past the limit, by an error status or by
            // closing the connection while the client still sends; never a 200
            byte[] bytes = padded.getBytes(StandardCharsets.UTF_8);
            String streamed;
            try {
                streamed = "" + http.send(HttpRequest.newBuilder(URI.create(s.sparqlUrl()))
                        .header("Content-Type", "application/sparql-query")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes)))
                        .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
            } catch (java.io.IOException closed) {
                streamed = "closed";
            }
            assertTrue(streamed.equals("closed") || Integer.parseInt(streamed) >= 400, "chunked: " + streamed);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms < 20_000, "refused in " + ms + " ms");
            HttpResponse<String> small = post(s, "/kg/sparql", "application/sparql-query", "ASK {}", null);
            assertEquals(200, small.statusCode(), small.body());
            System.out.println("request body limit: two 2 MB bodies refused (" + big + ", " + streamed + ") in " + ms + " ms");
        }
    }

    @Test
    void aQueryStringThatCannotBeDecodedIsABadRequest() throws Exception {
        try (TdbStore st = store(); SparqlServer s = SparqlServer.start(st.datasetGraph(), SparqlServer.Config.readOnly("127.0.0.1", 0))) {
            for (String q : java.util.List.of("/search?q=%ff%fe", "/search?q=%", "/search?q=%zz")) {
                // sent as written: Java's URI refuses such a query string, a browser or curl sends it
                try (java.net.Socket k = new java.net.Socket("127.0.0.1", s.port())) {
                    k.setSoTimeout(20_000);
                    k.getOutputStream().write(("GET " + q + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    String status = new String(k.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
                    assertEquals("HTTP/1.1 400", status, q);
                }
            }
            assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(s.baseUrl() + "/search?q=bridge")).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
        }
    }

    @Test
    void oneClientHoldingManyIdleConnectionsLocksNoOtherOut() throws Exception {
        try (TdbStore st = store(); SparqlServer s = SparqlServer.start(st.datasetGraph(), SparqlServer.Config.readOnly("127.0.0.1", 0))) {
            java.util.List<java.net.Socket> idle = new java.util.ArrayList<>();
            try {
                for (int i = 0; i < 60; i++) idle.add(new java.net.Socket("127.0.0.1", s.port()));
                Thread.sleep(500);
                int closed = 0;
                for (java.net.Socket k : idle) {
                    k.setSoTimeout(200);
                    try {
                        if (k.getInputStream().read() < 0) closed++;
                    } catch (java.net.SocketTimeoutException stillOpen) {
                        // held open, idle
                    } catch (java.io.IOException reset) {
                        closed++;
                    }
                }
                assertTrue(closed >= 60 - SparqlServer.CONNECTIONS_PER_CLIENT, "connections over the limit are closed: " + closed);
                // another client address still gets answers
                try (java.net.Socket other = new java.net.Socket()) {
                    other.bind(new java.net.InetSocketAddress("127.0.0.2", 0));
                    other.connect(new java.net.InetSocketAddress("127.0.0.1", s.port()), 2000);
                    other.setSoTimeout(10_000);
                    other.getOutputStream().write("GET /$/ping HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    assertEquals("HTTP/1.1 200", new String(other.getInputStream().readNBytes(12), StandardCharsets.US_ASCII));
                }
                System.out.println("idle connections: 60 opened by one client, " + closed + " closed at once, another client answered");
            } finally {
                for (java.net.Socket k : idle) k.close();
            }
        }
    }
}
