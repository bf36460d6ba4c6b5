package org.newsgraph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Pipeline;
import org.newsgraph.bench.CorpusGenerator;
import org.newsgraph.build.GraphBuilder;
import org.newsgraph.link.KnowledgeBase;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.RdfMapper;
import org.newsgraph.serve.SparqlServer;
import org.newsgraph.store.TdbStore;

/**
 * The endpoint answers queries while a build adds articles to the same store (as {@code kg serve --watch}
 * does): readers never see an error, a half-written article, or fewer articles than before.
 */
class ConcurrentUseIT {
    static final String P = "PREFIX ng: <https://w3id.org/newsgraph/ontology#> PREFIX schema: <https://schema.org/> ";
    /** Articles, and articles missing a part a whole article has (its hash, its text, its mentions). */
    static final String CHECK = P + "SELECT (COUNT(DISTINCT ?a) AS ?n) (COUNT(DISTINCT ?broken) AS ?b) WHERE { "
            + "?a a schema:NewsArticle . OPTIONAL { ?a a schema:NewsArticle . "
            + "FILTER (NOT EXISTS { ?a ng:contentHash ?h } || NOT EXISTS { ?a schema:articleBody ?t } || NOT EXISTS { ?a schema:mentions ?e }) "
            + "BIND(?a AS ?broken) } }";

    @TempDir
    Path tmp;

    @Test
    void readersSeeOnlyWholeArticlesWhileABuildWrites() throws Exception {
        Path corpus = tmp.resolve("corpus");
        new CorpusGenerator(KnowledgeBase.bundled(), 3).write(corpus, 96);
        try (TdbStore store = TdbStore.open(tmp.resolve("store"));
             SparqlServer server = SparqlServer.start(store.datasetGraph(), SparqlServer.Config.readOnly("127.0.0.1", 0))) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            AtomicBoolean building = new AtomicBoolean(true);
            AtomicInteger answered = new AtomicInteger();
            AtomicInteger errors = new AtomicInteger();
            AtomicInteger broken = new AtomicInteger();
            AtomicInteger wentBack = new AtomicInteger();
            AtomicLong maxSeen = new AtomicLong();
            List<Thread> readers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                Thread th = new Thread(() -> {
                    long last = 0;
                    while (building.get()) {
                        try {
                            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query="
                                    + URLEncoder.encode(CHECK, StandardCharsets.UTF_8))).header("Accept", "text/csv").GET().build(),
                                    HttpResponse.BodyHandlers.ofString());
                            if (r.statusCode() != 200) {
                                errors.incrementAndGet();
                                continue;
                            }
                            String[] row = r.body().lines().skip(1).findFirst().orElse("0,0").split(",");
                            long n = Long.parseLong(row[0].trim());
                            if (Long.parseLong(row[1].trim()) != 0) broken.incrementAndGet();
                            if (n < last) wentBack.incrementAndGet();
                            last = n;
                            maxSeen.accumulateAndGet(n, Math::max);
                            answered.incrementAndGet();
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                    }
                });
                th.start();
                readers.add(th);
            }
            var builder = new GraphBuilder(() -> Pipeline.builder().build(), new RdfMapper(new Iris()), 1, false);
            var summary = builder.build(List.of(corpus.toString()), store, GraphBuilder.Progress.NONE, p -> { });
            building.set(false);
            for (Thread th : readers) th.join();
            assertEquals(96, summary.written(), summary.problems().toString());
            assertEquals(0, errors.get(), "query errors");
            assertEquals(0, broken.get(), "half-written articles seen");
            assertEquals(0, wentBack.get(), "article count went down");
            assertTrue(answered.get() > 20, "queries answered: " + answered.get());
            System.out.println("concurrent use: " + answered.get() + " queries answered during the build, 0 errors, largest count seen "
                    + maxSeen.get() + " of 96 articles");
        }
    }
}
