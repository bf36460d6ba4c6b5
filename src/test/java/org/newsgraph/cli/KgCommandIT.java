package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line as a user runs it: exit codes and output, on the sample corpus in seeds/. */
class KgCommandIT {
    @TempDir
    static Path tmp;
    static Path store;

    static KgRun kg(String... args) {
        return KgRun.of(args);
    }

    @BeforeAll
    static void buildSeeds() {
        store = tmp.resolve("store");
        KgRun r = kg("build", "seeds", "--store", store.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("5 articles built"), r.out());
    }

    static List<CSVRecord> query(String file) throws Exception {
        KgRun r = kg("query", file, "--store", store.toString(), "--format", "csv");
        assertEquals(0, r.code(), r.err());
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(new StringReader(r.out())).getRecords();
    }

    static boolean hasRow(List<CSVRecord> rows, String... kv) {
        return rows.stream().anyMatch(r -> {
            for (int i = 0; i < kv.length; i += 2) if (!r.get(kv[i]).equals(kv[i + 1])) return false;
            return true;
        });
    }

    @Test
    void articlesQueryGivesOneRowPerArticleWithStatedMetadataOnly() throws Exception {
        List<CSVRecord> rows = query("queries/articles.rq");
        assertEquals(5, rows.size());
        assertEquals(List.of("source", "title", "date", "outlet"), rows.get(0).getParser().getHeaderNames());
        assertTrue(hasRow(rows, "source", "003_a247236a83a73bb6.txt", "title", "Trump lashes out at Japan over security treaty",
                "date", "2025-03-07", "outlet", "Bloomberg"));
        assertTrue(hasRow(rows, "source", "002_70e66e8b48060ef5.txt", "title", "", "date", "", "outlet", ""));
        assertTrue(hasRow(rows, "source", "004_ff957df537ba7683.txt", "title", "", "date", "2025-03-11"));
    }

    @Test
    void entitiesQueryNamesTypesAndWikidataIds() throws Exception {
        List<CSVRecord> rows = query("queries/entities.rq");
        assertEquals(List.of("source", "type", "name", "wikidata"), rows.get(0).getParser().getHeaderNames());
        assertTrue(hasRow(rows, "source", "000_b9012bad428bdefd.txt", "type", "Person", "name", "Donald Trump", "wikidata", "Q22686"));
        assertTrue(hasRow(rows, "source", "004_ff957df537ba7683.txt", "type", "Person", "name", "Gen Nakatani", "wikidata", "Q5530859"));
        // not in the knowledge base, so not linked, and not linked to the other Hayashi it holds
        assertTrue(hasRow(rows, "source", "000_b9012bad428bdefd.txt", "type", "Person", "name", "Yoshimasa Hayashi", "wikidata", ""));
        assertTrue(hasRow(rows, "source", "003_a247236a83a73bb6.txt", "type", "Organization", "name", "NATO", "wikidata", "Q7184"));
        assertTrue(hasRow(rows, "type", "Treaty"));
        for (CSVRecord r : rows) assertTrue(List.of("Person", "Organization", "Place", "Treaty").contains(r.get("type")));
    }

    @Test
    void quotesQueryGivesSpeakersExactWordsAndKinds() throws Exception {
        List<CSVRecord> rows = query("queries/quotes.rq");
        assertEquals(List.of("source", "speaker", "text", "kind", "statement"), rows.get(0).getParser().getHeaderNames());
        assertTrue(hasRow(rows, "source", "004_ff957df537ba7683.txt", "speaker", "Shigeru Ishiba",
                "text", "Japan is obliged to provide bases for the United States,", "kind", "direct"));
        assertTrue(hasRow(rows, "source", "000_b9012bad428bdefd.txt", "speaker", "Donald Trump", "kind", "headline"));
        assertTrue(hasRow(rows, "source", "003_a247236a83a73bb6.txt", "speaker", "Shigeru Ishiba", "kind", "block"));
        // an unnamed source's words have no speaker name
        assertTrue(hasRow(rows, "source", "004_ff957df537ba7683.txt", "speaker", "",
                "text", "We don’t understand the intention behind Trump’s remarks,"));
        for (CSVRecord r : rows) assertTrue(r.get("statement").startsWith("https://"));
    }

    @Test
    void oneRemarkQuotedByManyOutletsIsOneStatement() throws Exception {
        List<CSVRecord> rows = query("queries/quotes.rq");
        // the "protect them / protect us" remark, in each outlet's words
        List<CSVRecord> protect = rows.stream().filter(r -> r.get("text").toLowerCase().contains("protect us")
                || r.get("text").toLowerCase().contains("protect them")).toList();
        assertTrue(protect.stream().map(r -> r.get("source")).distinct().count() >= 4, protect.toString());
        assertEquals(1, protect.stream().map(r -> r.get("statement")).distinct().count(), protect.toString());
        // and a different remark of the same speaker is another statement
        String fortune = rows.stream().filter(r -> r.get("text").contains("make a fortune")).findFirst().orElseThrow().get("statement");
        assertTrue(!fortune.equals(protect.get(0).get("statement")));
    }

    @Test
    void statementsCommandListsSpeakersDatesAndOutletCounts() {
        KgRun r = kg("statements", "--store", store.toString(), "--speaker", "trump");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith("speaker"));
        assertTrue(lines.size() > 2 && lines.stream().skip(1).allMatch(l -> l.startsWith("Donald Trump")), r.out());
        assertTrue(lines.get(1).contains("2025-03-06"), r.out());
        assertTrue(lines.get(0).contains("outlets"), r.out());
    }

    @Test
    void statementsAsCsvKeepEveryFieldWholeAndNameTheOutletsThatReportedEach() throws Exception {
        KgRun r = kg("statements", "--store", store.toString(), "--format", "csv");
        assertEquals(0, r.code(), r.err());
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(r.out())).getRecords();
        CSVRecord protect = rows.stream().filter(x -> x.get("words").toLowerCase().contains("protect")).findFirst().orElseThrow();
        int articles = Integer.parseInt(protect.get("articles"));
        assertTrue(articles >= 4, protect.toString());
        assertEquals(articles, protect.get("outlets").split("; ").length, "one outlet per reporting article: " + protect);
        assertTrue(rows.stream().anyMatch(x -> x.get("words").length() > 70), "words are not cut in CSV");
    }

    @Test
    void everyExampleQueryRuns() throws Exception {
        try (var files = Files.list(Path.of("queries"))) {
            for (Path q : files.filter(p -> p.toString().endsWith(".rq") && !p.toString().contains("wikidata-kb")).toList()) {
                List<CSVRecord> rows = query(q.toString());
                // the seeds print no byline: authors.rq has its own test on articles that do
                if (!q.getFileName().toString().equals("authors.rq")) assertTrue(!rows.isEmpty(), q + " returned no rows");
            }
        }
    }

    @Test
    void seedsGraphPassesTheShapes() {
        KgRun r = kg("validate", "--store", store.toString());
        assertEquals(0, r.code(), r.out());
        assertTrue(r.out().startsWith("conforms"));
    }

    @Test
    void exportWritesTurtleThatParses() throws Exception {
        Path ttl = tmp.resolve("kg.ttl");
        assertEquals(0, kg("export", "--store", store.toString(), "--format", "ttl", "--output", ttl.toString()).code());
        Graph g = RDFDataMgr.loadGraph(ttl.toString());
        assertTrue(g.size() > 1000);
        Path nq = tmp.resolve("kg.nq");
        assertEquals(0, kg("export", "--store", store.toString(), "--format", "nq", "--output", nq.toString()).code());
        assertTrue(RDFDataMgr.loadDatasetGraph(nq.toString()).listGraphNodes().hasNext());
    }

    @Test
    void statsCountsWhatWasBuilt() {
        KgRun r = kg("stats", "--store", store.toString());
        assertEquals(0, r.code());
        assertTrue(r.out().contains("articles         5"), r.out());
    }

    @Test
    void rebuildingUnchangedSeedsSkipsEveryArticle() {
        KgRun r = kg("build", "seeds", "--store", store.toString());
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("0 articles built, 5 unchanged"), r.out());
    }

    @Test
    void badInputsAreNamedOnOneLineEachAndTheRestIsBuilt() throws Exception {
        Path in = tmp.resolve("mixed");
        Files.createDirectories(in);
        Files.writeString(in.resolve("good.txt"), "Council Votes on Budget\n\nMayor Ellen Brandt said the budget passed.\n");
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.write(in.resolve("binary.txt"), new byte[] {1, 2, 0, 3});
        Files.writeString(in.resolve("feed.jsonl"), "{\"text\": \"The port reopened.\"}\n{oops\n", StandardCharsets.UTF_8);
        Path s = tmp.resolve("mixed-store");
        KgRun r = kg("build", in.toString(), "missing-dir", "--store", s.toString());
        assertEquals(KgCommand.SOME_FAILED, r.code());
        List<String> lines = new ArrayList<>(r.err().lines().toList());
        assertEquals(4, lines.size(), r.err());
        assertTrue(r.err().contains("empty.txt: empty"));
        assertTrue(r.err().contains("binary.txt: binary data"));
        assertTrue(r.err().contains("feed.jsonl:2: line 2 is not valid JSON"));
        assertTrue(r.err().contains("missing-dir: no such file or directory"));
        assertTrue(r.out().startsWith("2 articles built"), r.out());
        assertEquals(0, kg("validate", "--store", s.toString()).code());
    }

    @Test
    void linkReportListsUnlinkedEntitiesMostMentionedFirst() {
        KgRun r = kg("link", "--report", "--store", store.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).contains("mentions"));
        assertTrue(r.out().contains("Yoshimasa Hayashi"), r.out());
        assertTrue(!r.out().contains("Donald Trump"), "linked entities are not listed");
        long first = Long.parseLong(lines.get(1).trim().split("\\s+")[0]);
        long last = Long.parseLong(lines.get(lines.size() - 1).trim().split("\\s+")[0]);
        assertTrue(first >= last);
    }

    @Test
    void kbImportAddsEntitiesThatBuildsThenLink() throws Exception {
        Path csv = tmp.resolve("people.csv");
        Files.writeString(csv, "item,itemLabel,altLabel,description,type\n"
                + "http://www.wikidata.org/entity/Q900500,Yoshimasa Hayashi,Hayashi Yoshimasa,Japanese politician,http://www.wikidata.org/entity/Q5\n");
        Path kbFile = tmp.resolve("kb.jsonl.gz");
        KgRun r = kg("kb", "import", csv.toString(), "--into", kbFile.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("1 records read, 1 entities kept"), r.out());
        Path s = tmp.resolve("kb-store");
        assertEquals(0, kg("build", "seeds/000_b9012bad428bdefd.txt", "--store", s.toString(), "--kb", kbFile.toString()).code());
        KgRun q = kg("query", "--store", s.toString(), "--format", "csv", "--query",
                "SELECT ?q WHERE { ?e <https://schema.org/name> \"Yoshimasa Hayashi\" ; <https://w3id.org/newsgraph/ontology#wikidataId> ?q }");
        assertTrue(q.out().contains("Q900500"), q.out());
    }

    @Test
    void aRebuildAfterAKnowledgeBaseImportRelinksAndLeavesNoUnlinkedTwin() throws Exception {
        Path s = tmp.resolve("relink-store");
        String seed = "seeds/000_b9012bad428bdefd.txt";
        assertEquals(0, kg("build", seed, "--store", s.toString()).code());
        String hayashi = "SELECT ?e ?q WHERE { GRAPH ?g { ?e <https://schema.org/name> \"Yoshimasa Hayashi\" } "
                + "OPTIONAL { ?e <https://w3id.org/newsgraph/ontology#wikidataId> ?q } }";
        KgRun before = kg("query", "--store", s.toString(), "--format", "csv", "--query", hayashi);
        assertEquals(2, before.out().lines().count(), "one unlinked Hayashi before the import: " + before.out());
        assertTrue(!before.out().contains("Q900500"), before.out());

        Path csv = tmp.resolve("relink.csv");
        Files.writeString(csv, "item,itemLabel,type\nhttp://www.wikidata.org/entity/Q900500,Yoshimasa Hayashi,person\n");
        Path kbFile = tmp.resolve("relink-kb.jsonl.gz");
        assertEquals(0, kg("kb", "import", csv.toString(), "--into", kbFile.toString()).code());
        KgRun rebuilt = kg("build", seed, "--store", s.toString(), "--kb", kbFile.toString());
        assertTrue(rebuilt.out().startsWith("1 articles built"), "the knowledge base changed, so the article is linked again: " + rebuilt.out());
        KgRun after = kg("query", "--store", s.toString(), "--format", "csv", "--query", hayashi);
        List<String> rows = after.out().lines().skip(1).toList();
        assertEquals(1, rows.size(), "the unlinked entity is gone: " + after.out());
        assertTrue(rows.get(0).endsWith("Q900500\""), after.out());
        KgRun builtWith = kg("query", "--store", s.toString(), "--format", "csv", "--query",
                "SELECT ?w WHERE { GRAPH ?g { ?a <https://w3id.org/newsgraph/ontology#builtWith> ?w } }");
        assertTrue(builtWith.out().contains("kb bundled+"), "the article records the knowledge base it was linked with: " + builtWith.out());
        assertTrue(kg("build", seed, "--store", s.toString(), "--kb", kbFile.toString()).out().startsWith("0 articles built, 1 unchanged"));
        assertTrue(kg("build", seed, "--store", s.toString()).out().startsWith("1 articles built"), "back to the bundled base: linked again");
    }

    @Test
    void queryStatsAndStatementsAskARunningServerWithEndpoint() throws Exception {
        Path s = tmp.resolve("endpoint-store");
        String stats;
        String statements;
        assertEquals(0, kg("build", "seeds/000_b9012bad428bdefd.txt", "--store", s.toString()).code());
        try (var st = org.newsgraph.store.TdbStore.open(s);
             var server = org.newsgraph.serve.SparqlServer.start(st.datasetGraph(), org.newsgraph.serve.SparqlServer.Config.readOnly("127.0.0.1", 0))) {
            KgRun r = kg("query", "--endpoint", server.sparqlUrl(), "--format", "csv", "--query",
                    "SELECT ?name WHERE { ?p a <https://schema.org/Person> ; <https://schema.org/name> ?name } ORDER BY ?name");
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().startsWith("\"name\""), r.out());
            assertTrue(r.out().contains("Yoshimasa Hayashi"), r.out());
            KgRun ask = kg("query", "--endpoint", server.sparqlUrl(), "--query", "ASK { ?s ?p ?o }");
            assertEquals("true", ask.out().strip(), ask.err());
            KgRun remote = kg("stats", "--endpoint", server.sparqlUrl());
            assertEquals(0, remote.code(), remote.err());
            assertTrue(remote.out().matches("(?s)articles +1\\n.*persons +[1-9].*"), remote.out());
            stats = remote.out();
            KgRun said = kg("statements", "--endpoint", server.sparqlUrl(), "--format", "csv");
            assertEquals(0, said.code(), said.err());
            statements = said.out();
            assertTrue(statements.startsWith("\"statement\",\"speaker\","), statements);
        }
        assertEquals(kg("stats", "--store", s.toString()).out(), stats, "the server counts what the store holds");
        assertEquals(kg("statements", "--store", s.toString(), "--format", "csv").out(), statements, "the server lists what the store holds");
        assertTrue(statements.lines().count() > 1, statements);
        KgRun bad = kg("query", "--endpoint", "ftp://127.0.0.1/sparql", "--query", "ASK { ?s ?p ?o }");
        assertEquals(KgCommand.USAGE, bad.code(), bad.err());
        assertTrue(bad.err().contains("--endpoint must be an http(s) URL"), bad.err());
    }

    @Test
    void updatesWithoutCredentialsAreRefusedBeforeTheServerStarts() {
        KgRun r = kg("serve", "--store", store.toString(), "--port", "0", "--allow-update");
        assertEquals(KgCommand.USAGE, r.code());
        assertTrue(r.err().contains("--allow-update needs a user and password"), r.err());
    }

    @Test
    void authorsFromBylinesAndFeedsAreListedByTheAuthorsQuery() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("bylines"));
        Files.writeString(in.resolve("a.txt"), "Bridge Reopens After Repairs\nBy Jane Roe and John Doe\n\n"
                + "The bridge over the river reopened on Monday after two years of repairs, the mayor said.\n");
        Files.writeString(in.resolve("b.jsonl"), "{\"title\": \"Council Approves Budget\", \"authors\": [\"Jane Roe\"], "
                + "\"text\": \"The council approved the budget on Tuesday after a long debate about the harbour.\"}\n");
        Path s = tmp.resolve("authors-store");
        KgRun b = kg("build", in.toString(), "--store", s.toString());
        assertEquals(0, b.code(), b.err());
        assertEquals(0, kg("validate", "--store", s.toString()).code());
        KgRun q = kg("query", "queries/authors.rq", "--store", s.toString(), "--format", "csv");
        assertEquals(0, q.code(), q.err());
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(new java.io.StringReader(q.out())).getRecords();
        assertTrue(hasRow(rows, "name", "Jane Roe", "articles", "2"), q.out());
        assertTrue(hasRow(rows, "name", "John Doe", "articles", "1"), q.out());
        assertEquals(2, rows.size(), q.out());
    }

    @Test
    void pageBodiesAreScoredAgainstABenchmarksGroundTruth() throws Exception {
        Path pages = Files.createDirectories(tmp.resolve("pages"));
        String body = "The bridge over the river reopened on Monday after two years of repairs, the mayor said. "
                + "Traffic was slow in the morning but eased by noon, and the ferries kept running for those who preferred them.";
        Files.writeString(pages.resolve("p1.html"), "<html><head><title>Bridge reopens</title></head><body><nav>Home News Sport</nav>"
                + "<article><h1>Bridge reopens</h1><p>" + body + "</p></article></body></html>");
        Files.writeString(pages.resolve("p2.html"), "<html><body><script>var x = 1;</script></body></html>");
        Path truth = tmp.resolve("truth.json");
        Files.writeString(truth, "{\"p1\": {\"articleBody\": \"" + body + "\"}, \"p2\": {\"articleBody\": \"" + body + "\"}}");
        KgRun r = kg("eval", "--truth", truth.toString(), pages.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("html body F1 "), r.out());
        assertTrue(r.out().contains("on 2 pages; 1 refused"), r.out());
        assertTrue(r.out().contains("R 0.5"), "the refused page costs half the recall: " + r.out());
        assertTrue(r.out().contains("(P 1.000,"), "the headline and the navigation are not scored as body: " + r.out());
        assertEquals(KgCommand.USAGE, kg("eval", pages.toString()).code(), "neither --gold nor --truth");
    }

    @Test
    void extractThenLoadGivesTheSameGraphAsABuild() throws Exception {
        Path shards = tmp.resolve("shards");
        KgRun e = kg("extract", "seeds", "--output", shards.toString());
        assertEquals(0, e.code(), e.err());
        assertTrue(Files.exists(shards.resolve("part-00000.nq.gz")));
        Path loaded = tmp.resolve("loaded");
        KgRun l = kg("load", shards.toString(), "--store", loaded.toString());
        assertEquals(0, l.code(), l.err());
        assertTrue(l.out().contains("bulk loader"), l.out());
        assertEquals(0, kg("validate", "--store", loaded.toString()).code());
        var built = org.newsgraph.store.TdbStore.open(store);
        var bulk = org.newsgraph.store.TdbStore.open(loaded);
        try {
            boolean same = org.apache.jena.system.Txn.calculateRead(built.dataset(), () -> org.apache.jena.system.Txn.calculateRead(bulk.dataset(),
                    () -> org.apache.jena.sparql.util.IsoMatcher.isomorphic(built.datasetGraph(), bulk.datasetGraph())));
            assertTrue(same, "a loaded store is the built store");
        } finally {
            built.close();
            bulk.close();
        }
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(KgCommand.USAGE, kg("build").code());
        assertEquals(KgCommand.USAGE, kg("query", "--store", store.toString(), "--format", "xml", "--query", "ASK {}").code());
        assertEquals(KgCommand.USAGE, kg("stats", "--store", tmp.resolve("nothing-here").toString()).code());
        assertEquals(0, kg("--help").code());
    }

    @Test
    void evalPrintsScoresForEveryMeasure() {
        Path gold = Path.of("..", "shared", "gold");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(gold), "../shared/gold is not here; skipping eval");
        KgRun r = kg("eval", "--gold", gold.toString(), "seeds", "--json");
        assertEquals(0, r.code(), r.err());
        for (String m : List.of("persons", "organizations", "places", "treaties", "quotes", "speaker attribution", "wikidata links", "article metadata")) {
            assertTrue(r.out().contains("\"" + m + "\""), m);
        }
    }

    @Test
    void exportTakesItsFormatFromTheFileNameAsRiotDoes() throws Exception {
        Path nq = tmp.resolve("kg.nq");
        assertEquals(0, kg("export", "--store", store.toString(), "--output", nq.toString()).code());
        var dsg = org.apache.jena.sparql.core.DatasetGraphFactory.create();
        RDFDataMgr.read(dsg, nq.toString());
        assertTrue(dsg.listGraphNodes().hasNext(), "N-Quads keep the named graphs");
        Path nt = tmp.resolve("kg.nt");
        assertEquals(0, kg("export", "--store", store.toString(), "--output", nt.toString()).code());
        assertTrue(RDFDataMgr.loadGraph(nt.toString()).size() > 0);
        Path ttl = tmp.resolve("kg.ttl");
        assertEquals(0, kg("export", "--store", store.toString(), "--output", ttl.toString()).code());
        String turtle = Files.readString(ttl);
        assertTrue(turtle.contains("PREFIX schema:") && turtle.contains("schema:name"), "Turtle with prefixes");
        KgRun odd = kg("export", "--store", store.toString(), "--output", tmp.resolve("kg.xyz").toString());
        assertEquals(KgCommand.USAGE, odd.code());
        assertTrue(odd.err().contains("cannot tell the format from kg.xyz"), odd.err());
    }

    @Test
    void aFolderThatIsNotAStoreIsLeftAsItWasAndANameThatIsNoFileLeavesNoStore() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("my-articles"));
        Files.writeString(folder.resolve("notes.txt"), "mine\n");
        KgRun stats = kg("stats", "--store", folder.toString());
        assertEquals(KgCommand.USAGE, stats.code());
        assertTrue(stats.err().contains("not a store"), stats.err());
        try (var files = Files.list(folder)) {
            assertEquals(List.of("notes.txt"), files.map(f -> f.getFileName().toString()).toList());
        }
        Path fresh = tmp.resolve("fresh-store");
        KgRun build = kg("build", tmp.resolve("nosuch.html").toString(), "--store", fresh.toString());
        assertEquals(KgCommand.SOME_FAILED, build.code());
        assertTrue(build.err().contains("nosuch.html: no such file"), build.err());
        assertTrue(!Files.exists(fresh), "no empty store left behind");
        KgRun query = kg("query", tmp.resolve("nosuch.rq").toString(), "--store", store.toString());
        assertEquals(KgCommand.SOME_FAILED, query.code());
        assertTrue(query.err().contains("no such file: " + tmp.resolve("nosuch.rq")), query.err());
    }

    @Test
    void theBaseGivenToUpIsServedAndTheStoreRemembersIt() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("based-in"));
        Files.writeString(in.resolve("ferry.txt"), "Harbour council approves a new ferry\n\nThe harbour council approved a new ferry "
                + "route on Tuesday. \"It will help everyone who works on the islands,\" said Mara Lindqvist, the council's chair.\n");
        Path based = tmp.resolve("based-store");
        String base = "http://example.org/news/";
        Path earlier = Files.createDirectories(tmp.resolve("earlier-in"));
        Files.writeString(earlier.resolve("old.txt"), "Market hall closes\n\nThe market hall closed for good on Monday.\n");
        assertEquals(0, kg("build", earlier.toString(), "--store", based.toString(), "--base", base).code());
        String jvm = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process up = new ProcessBuilder(jvm, "-cp", System.getProperty("java.class.path"), "org.newsgraph.cli.KgCommand", "up",
                in.toString(), "--store", based.toString(), "--base", base, "--port", "0").redirectErrorStream(true).start();
        try {
            var lines = new java.io.BufferedReader(new java.io.InputStreamReader(up.getInputStream(), StandardCharsets.UTF_8));
            String home = null;
            StringBuilder seen = new StringBuilder();
            for (String line; home == null && (line = lines.readLine()) != null; ) {
                seen.append(line).append('\n');
                if (line.startsWith("Browse: ")) home = line.substring("Browse: ".length()).strip();
            }
            assertTrue(home != null, "kg up printed where it serves: " + seen);
            var http = java.net.http.HttpClient.newHttpClient();
            String q = java.net.URLEncoder.encode("SELECT ?a WHERE { ?a a <https://schema.org/NewsArticle> }", StandardCharsets.UTF_8);
            String csv = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(home + "kg/sparql?query=" + q))
                    .header("Accept", "text/csv").build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
            assertEquals(2, csv.lines().count(), "kg up serves its inputs, not the articles of earlier ones: " + csv);
            String article = csv.lines().skip(1).findFirst().orElse("").strip();
            assertTrue(article.startsWith(base + "article/"), "articles are minted under the base asked for: " + csv);
            var id = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(home + "id/" + article.substring(base.length())))
                    .header("Accept", "text/html").build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(303, id.statusCode(), "its IRI dereferences on this server");
            var page = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(home.replaceAll("/$", "")
                    + id.headers().firstValue("Location").orElseThrow())).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("Harbour council approves a new ferry"), page.body());
        } finally {
            up.destroy();
            up.waitFor();
        }
        Files.writeString(in.resolve("bridge.txt"), "Bridge reopens after repairs\n\nThe old bridge reopened on Friday after "
                + "two months of repairs, the city said.\n");
        KgRun other = kg("build", in.toString(), "--store", based.toString(), "--base", "https://example.com/other/");
        assertEquals(KgCommand.USAGE, other.code());
        assertTrue(other.err().contains("was built with --base " + base), other.err());
        KgRun again = kg("build", in.toString(), "--store", based.toString());
        assertEquals(0, again.code(), again.err());
        Path ttl = tmp.resolve("based.ttl");
        assertEquals(0, kg("export", "--store", based.toString(), "--output", ttl.toString()).code());
        String turtle = Files.readString(ttl);
        assertTrue(turtle.matches("(?s).*PREFIX id: +<" + java.util.regex.Pattern.quote(base) + ">.*"), turtle);
        assertTrue(!turtle.contains(org.newsgraph.rdf.Iris.DEFAULT_BASE), "one base in one store");
    }

    @Test
    void noCsvTheProjectWritesHandsASpreadsheetAFormula() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("formula-in"));
        Files.writeString(in.resolve("feed.jsonl"), "{\"title\": \"Sheet trouble at the depot\", \"outlet\": \"\\t@Depot Gazette\", "
                + "\"date\": \"2025-05-02\", \"text\": \"The depot's budget sheet broke on Monday. \\\"=1+cmd|' /C calc'!A0 is what somebody "
                + "typed into the budget sheet,\\\" said Tomas Berg, the depot's engineer.\"}\n");
        Path s = tmp.resolve("formula-store");
        KgRun built = kg("build", in.toString(), "--store", s.toString());
        assertEquals(0, built.code(), built.err());
        List<String> cells = new ArrayList<>();
        KgRun said = kg("statements", "--store", s.toString(), "--format", "csv");
        assertEquals(0, said.code(), said.err());
        List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new StringReader(said.out())).getRecords();
        assertTrue(rows.stream().anyMatch(r -> r.toList().contains("'=1+cmd|' /C calc'!A0 is what somebody typed into the budget sheet,")), said.out());
        assertTrue(rows.stream().anyMatch(r -> r.toList().contains("'@Depot Gazette")), "the tab is gone, the @ neutralised: " + said.out());
        rows.forEach(r -> cells.addAll(r.toList()));
        KgRun q = kg("query", "--store", s.toString(), "--format", "csv", "--query",
                "SELECT ?o ?t WHERE { ?r <https://w3id.org/newsgraph/ontology#text> ?t . ?a <https://schema.org/publisher>/<https://schema.org/name> ?o }");
        assertEquals(0, q.code(), q.err());
        CSVFormat.DEFAULT.parse(new StringReader(q.out())).getRecords().forEach(r -> cells.addAll(r.toList()));
        try (var st = org.newsgraph.store.TdbStore.open(s);
             var server = org.newsgraph.serve.SparqlServer.start(st.datasetGraph(), org.newsgraph.serve.SparqlServer.Config.readOnly("127.0.0.1", 0))) {
            var http = java.net.http.HttpClient.newHttpClient();
            for (String page : List.of("/search?q=budget&csv=quotes", "/search?q=Depot&csv=results")) {
                var resp = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.baseUrl() + page)).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                assertEquals(200, resp.statusCode(), page);
                assertTrue(resp.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), page);
                List<CSVRecord> got = CSVFormat.DEFAULT.parse(new StringReader(resp.body())).getRecords();
                assertTrue(got.size() > 1, page + ": " + resp.body());
                got.forEach(r -> cells.addAll(r.toList()));
            }
        }
        assertTrue(cells.size() > 10, cells.toString());
        for (String c : cells) {
            assertTrue(c.isEmpty() || "=+-@\t\r".indexOf(c.charAt(0)) < 0 || c.matches("-?[0-9.]+"), "a live formula: " + c);
        }
    }

    @Test
    void anArticleIsRemovedByThePathItWasBuiltFrom() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("paths-in/harbour"));
        Files.writeString(in.resolve("ferry.txt"), "Ferry returns\n\nThe ferry returned on Monday, the harbour master said.\n");
        Files.writeString(in.resolve("bridge.txt"), "Bridge opens\n\nThe old bridge opened on Friday.\n");
        Path s = tmp.resolve("paths-store");
        assertEquals(0, kg("build", tmp.resolve("paths-in").toString(), "--store", s.toString()).code());
        KgRun r = kg("remove", in.resolve("ferry.txt").toString(), "--store", s.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("1 article removed"), r.out());
        KgRun again = kg("remove", "harbour/bridge.txt", "--store", s.toString());
        assertTrue(again.out().startsWith("1 article removed"), "by its source name too: " + again.out());
    }

    @Test
    void inputsWithNothingReadableLeaveNoStore() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("unreadable-in"));
        Files.writeString(in.resolve("empty.txt"), "");
        Files.writeString(in.resolve("feed.jsonl"), "{\"title\": \"a line with no text\"}\n");
        Path s = tmp.resolve("unreadable-store");
        KgRun r = kg("build", in.toString(), "--store", s.toString());
        assertEquals(KgCommand.SOME_FAILED, r.code(), r.out());
        assertTrue(r.out().startsWith("0 articles built, 0 unchanged, 2 failed"), r.out());
        assertTrue(!Files.exists(s), "no empty store is left behind");
        Path mount = Files.createDirectories(tmp.resolve("unreadable-mount"));
        kg("build", in.toString(), "--store", mount.toString());
        assertTrue(Files.isDirectory(mount), "an empty directory given for the store stays");
        try (var left = Files.list(mount)) {
            assertEquals(0, left.count(), "and stays empty");
        }
    }

    @Test
    void removedAndPrunedArticlesTakeTheirQuotesAndTheirOnlyPeopleWithThem() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("pruned-in"));
        Files.writeString(in.resolve("ferry.txt"), "Harbour council approves a new ferry\n\nThe harbour council approved a new ferry "
                + "route on Tuesday. \"It will help everyone who works on the islands,\" said Mara Lindqvist, the council's chair.\n");
        Files.writeString(in.resolve("bridge.txt"), "Bridge reopens after repairs\n\nThe old bridge reopened on Friday. \"We are "
                + "proud of the crews who worked through the winter,\" said Tomas Berg, the city's engineer.\n");
        Files.writeString(in.resolve("feed.jsonl"), "{\"title\": \"Library extends its hours\", \"url\": \"https://example.org/library\", "
                + "\"text\": \"The library will open on Sundays. \\\"Readers asked for it,\\\" said Ines Albrecht, the librarian.\"}\n");
        Path s = tmp.resolve("pruned-store");
        assertEquals(0, kg("build", in.toString(), "--store", s.toString()).code());
        Path persons = tmp.resolve("persons.rq");
        Files.writeString(persons, "SELECT ?name WHERE { ?e a <https://schema.org/Person> ; <https://schema.org/name> ?name } ORDER BY ?name");
        assertEquals(List.of("Ines Albrecht", "Mara Lindqvist", "Tomas Berg"), names(persons, s));

        Files.delete(in.resolve("bridge.txt"));
        KgRun plain = kg("build", in.toString(), "--store", s.toString());
        assertTrue(plain.out().startsWith("0 articles built, 2 unchanged, 0 failed"), "without --prune nothing goes: " + plain.out());
        assertEquals(3, names(persons, s).size());
        KgRun pruned = kg("build", in.toString(), "--store", s.toString(), "--prune");
        assertEquals(0, pruned.code(), pruned.err());
        assertTrue(pruned.out().contains("1 removed (no longer in the inputs)"), pruned.out());
        assertEquals(List.of("Ines Albrecht", "Mara Lindqvist"), names(persons, s));
        assertTrue(!kg("statements", "--store", s.toString()).out().contains("Tomas Berg"), "his statement went with his article");

        KgRun byUrl = kg("remove", "https://example.org/library", "ferry.txt", "nosuch.txt", "--store", s.toString());
        assertEquals(KgCommand.SOME_FAILED, byUrl.code());
        assertTrue(byUrl.out().contains("2 articles removed, 1 not found"), byUrl.out());
        assertTrue(byUrl.err().contains("nosuch.txt: no such article"), byUrl.err());
        assertEquals(List.of(), names(persons, s));
        assertEquals(0, kg("validate", "--store", s.toString()).code());
        KgRun stats = kg("stats", "--store", s.toString());
        assertTrue(java.util.regex.Pattern.compile("(?m)^articles\\s+0$").matcher(stats.out()).find(), stats.out());
    }

    private static List<String> names(Path query, Path s) throws Exception {
        KgRun r = kg("query", query.toString(), "--store", s.toString(), "--format", "csv");
        assertEquals(0, r.code(), r.err());
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(new StringReader(r.out()))
                .getRecords().stream().map(x -> x.get("name")).toList();
    }
}
