package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;

/** --online against a local server on 127.0.0.1 that answers in the Wikidata API's response format. */
class WikidataApiLinkerTest {
    @TempDir
    Path cache;
    HttpServer server;
    final AtomicInteger requests = new AtomicInteger();
    URI api;

    static final String SEARCH = """
            {"searchinfo":{"search":"%s"},"search":[
              {"id":"Q900100","title":"Q900100","pageid":1,"display":{"label":{"value":"Ines Carrow","language":"en"}},
               "repository":"wikidata","url":"//www.wikidata.org/wiki/Q900100","concepturi":"http://www.wikidata.org/entity/Q900100",
               "label":"Ines Carrow","description":"test diplomat","match":{"type":"label","language":"en","text":"Ines Carrow"}},
              {"id":"Q900101","title":"Q900101","pageid":2,"label":"Ines Carrow","description":"test racehorse",
               "match":{"type":"label","language":"en","text":"Ines Carrow"}}],"success":1}""";
    static final String ENTITIES = """
            {"entities":{
              "Q900100":{"type":"item","id":"Q900100","labels":{"en":{"language":"en","value":"Ines Carrow"}},
                "descriptions":{"en":{"language":"en","value":"test diplomat"}},"aliases":{},
                "claims":{"P31":[{"mainsnak":{"snaktype":"value","property":"P31","datavalue":{"value":{"entity-type":"item","numeric-id":5,"id":"Q5"},"type":"wikibase-entityid"},"datatype":"wikibase-item"},"type":"statement","rank":"normal"}]}},
              "Q900101":{"type":"item","id":"Q900101","labels":{"en":{"language":"en","value":"Ines Carrow"}},
                "descriptions":{"en":{"language":"en","value":"test racehorse"}},"aliases":{},
                "claims":{"P31":[{"mainsnak":{"snaktype":"value","property":"P31","datavalue":{"value":{"entity-type":"item","numeric-id":726,"id":"Q726"},"type":"wikibase-entityid"},"datatype":"wikibase-item"},"type":"statement","rank":"normal"}]}}},
             "success":1}""";

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/w/api.php", ex -> {
            requests.incrementAndGet();
            String q = ex.getRequestURI().getQuery();
            String body;
            if (q.contains("action=wbsearchentities") && q.contains("Ines")) body = String.format(SEARCH, "Ines Carrow");
            else if (q.contains("action=wbsearchentities")) body = "{\"searchinfo\":{},\"search\":[],\"success\":1}";
            else body = ENTITIES;
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            ex.sendResponseHeaders(200, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
        server.start();
        api = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/w/api.php");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static Entity person(String... labels) {
        return new Entity("Person:" + labels[0].toLowerCase(), EntityType.PERSON, labels[0], List.of(labels), List.of(), List.of(), null);
    }

    @Test
    void unknownNameIsLinkedThroughTheApiToTheItemOfTheRightType() {
        WikidataApiLinker l = new WikidataApiLinker(KnowledgeBase.bundled(), api, cache);
        assertEquals("Q900100", l.link(person("Ines Carrow", "Carrow"), List.of()).orElseThrow().qid());
        assertEquals("Ines Carrow", l.item("Q900100").orElseThrow().label());
    }

    @Test
    void answersAreCachedSoARebuildMakesNoSecondCall() {
        new WikidataApiLinker(KnowledgeBase.bundled(), api, cache).link(person("Ines Carrow"), List.of());
        int first = requests.get();
        assertTrue(first >= 2);
        assertEquals("Q900100", new WikidataApiLinker(KnowledgeBase.bundled(), api, cache)
                .link(person("Ines Carrow"), List.of()).orElseThrow().qid());
        assertEquals(first, requests.get());
    }

    @Test
    void namesTheKnowledgeBaseKnowsNeverReachTheApi() {
        new WikidataApiLinker(KnowledgeBase.bundled(), api, cache).link(person("Shigeru Ishiba"), List.of());
        assertEquals(0, requests.get());
    }

    @Test
    void nothingFoundIsNoLinkAndASurnameIsNeverLookedUp() {
        WikidataApiLinker l = new WikidataApiLinker(KnowledgeBase.bundled(), api, cache);
        assertTrue(l.link(person("Nobody Knownhere"), List.of()).isEmpty());
        int n = requests.get();
        assertTrue(l.link(person("Carrow"), List.of()).isEmpty());
        assertEquals(n, requests.get());
    }

    @Test
    void anUnreachableApiMeansOfflineLinkingOnly() {
        WikidataApiLinker l = new WikidataApiLinker(KnowledgeBase.bundled(), URI.create("http://127.0.0.1:9/w/api.php"), cache);
        assertTrue(l.link(person("Ines Carrow"), List.of()).isEmpty());
        assertEquals("Q22686", l.link(person("Donald Trump"), List.of()).orElseThrow().qid());
    }
}
