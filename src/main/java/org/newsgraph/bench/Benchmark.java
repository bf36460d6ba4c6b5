package org.newsgraph.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.URLEncoder;
import java.net.HttpURLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.newsgraph.Pipeline;
import org.newsgraph.build.BuildSummary;
import org.newsgraph.build.GraphBuilder;
import org.newsgraph.model.Entity;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Extractor;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.Inputs;
import org.newsgraph.link.KnowledgeBase;
import org.newsgraph.link.OfflineLinker;
import org.newsgraph.nlp.AnalyzedText;
import org.newsgraph.nlp.OpenNlpAnalyzer;
import org.newsgraph.nlp.OpenNlpModels;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.RdfMapper;
import org.newsgraph.serve.SparqlServer;
import org.newsgraph.store.TdbStore;

/**
 * Measures extraction, build, load, queries and memory, each next to a baseline measured in the same run on
 * the same machine (OpenNLP's own tagger and tokenizer, Jena's TDB2 bulk loader, the endpoint's empty query),
 * so that the ratios hold on a noisy machine. Prints a table and returns the figures as JSON.
 */
public final class Benchmark {
    private final Path work;
    private final PrintWriter out;
    private final int threads = Runtime.getRuntime().availableProcessors();
    private final ObjectMapper json = new ObjectMapper();

    public Benchmark(Path work, PrintWriter out) {
        this.work = work;
        this.out = out;
    }

    public ObjectNode run(List<Integer> sizes, long queryTriples, int querySeconds) throws Exception {
        ObjectNode root = json.createObjectNode();
        root.put("cores", threads);
        root.put("java", System.getProperty("java.version"));
        root.put("max_heap_mb", Runtime.getRuntime().maxMemory() / (1 << 20));
        ArrayNode runs = root.putArray("sizes");
        KnowledgeBase kb = KnowledgeBase.bundled();
        Path lastNq = null;
        for (int n : sizes) {
            ObjectNode r = runs.addObject();
            r.put("articles", n);
            Path corpus = work.resolve("corpus-v" + CorpusGenerator.VERSION + "-" + n);
            if (!Files.isDirectory(corpus)) new CorpusGenerator(kb, 1).write(corpus, n);
            List<Article> sample = read(corpus, Math.min(n, 200));
            stages(sample, r);
            extraction(corpus, n, r);
            lastNq = build(corpus, n, r);
        }
        queries(lastNq, queryTriples, querySeconds, root.putObject("queries"));
        return root;
    }

    private List<Article> read(Path corpus, int max) {
        List<Article> out = new ArrayList<>();
        Inputs in = new Inputs();
        for (Inputs.InputFile f : in.files(List.of(corpus.toString()), p -> { })) {
            if (out.size() >= max) break;
            in.read(f, out::add, p -> { });
        }
        return out;
    }

    /** One core: the share of time of each stage, and OpenNLP's tokenizer and tagger alone as the baseline. */
    private void stages(List<Article> arts, ObjectNode r) {
        OpenNlpModels models = OpenNlpModels.get();
        Pipeline pipeline = Pipeline.builder().build();
        RdfMapper mapper = new RdfMapper(new Iris());
        SentenceDetectorME sd = models.sentenceDetector();
        TokenizerME tk = models.tokenizer();
        POSTaggerME pos = models.tagger();
        for (int warm = 0; warm < 2; warm++) {
            long tSent = 0, tTok = 0, tPos = 0, tRdf = 0, tokens = 0;
            long[] stage = new long[4];
            for (Article a : arts) {
                long t0 = System.nanoTime();
                String[] sents = sd.sentDetect(a.text());
                long t1 = System.nanoTime();
                List<String[]> toks = new ArrayList<>();
                for (String s : sents) toks.add(tk.tokenize(s));
                long t2 = System.nanoTime();
                for (String[] t : toks) {
                    pos.tag(t);
                    tokens += t.length;
                }
                long t3 = System.nanoTime();
                Extraction x = pipeline.process(a, (name, nanos) -> stage[Pipeline.STAGES.indexOf(name)] += nanos);
                long t7 = System.nanoTime();
                mapper.write(x, StreamRDFLib.sinkNull());
                long t8 = System.nanoTime();
                tSent += t1 - t0;
                tTok += t2 - t1;
                tPos += t3 - t2;
                tRdf += t8 - t7;
            }
            long tAnalyze = stage[0], tRecognise = stage[1], tLink = stage[2], tQuotes = stage[3];
            if (warm == 0) continue;
            double total = tAnalyze + tRecognise + tLink + tQuotes + tRdf;
            ObjectNode st = r.putObject("stage_share");
            // the analyzer detects sentences, tokenises, and tags only what the rules read
            double tagged = Math.max(0, tAnalyze - tSent - tTok);
            st.put("sentences", Math.min(tSent, tAnalyze) / total);
            st.put("tokens", Math.min(tTok, tAnalyze - Math.min(tSent, tAnalyze)) / total);
            st.put("pos", tagged / total);
            st.put("recognition", tRecognise / total);
            st.put("linking", tLink / total);
            st.put("quotes", tQuotes / total);
            st.put("rdf", tRdf / total);
            r.put("baseline_pos_tokens_per_s_1core", tokens / (tPos / 1e9));
            r.put("baseline_tokenizer_tokens_per_s_1core", tokens / (tTok / 1e9));
            r.put("extraction_tokens_per_s_1core", tokens / (total / 1e9));
        }
    }

    /** All cores: articles and tokens per second, each core running its own pipeline. */
    private void extraction(Path corpus, int n, ObjectNode r) throws Exception {
        List<Article> arts = read(corpus, n);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        ThreadLocal<Pipeline> local = ThreadLocal.withInitial(() -> Pipeline.builder().build());
        List<Future<Integer>> fs = new ArrayList<>();
        resetPeaks();
        long t0 = System.nanoTime();
        for (Article a : arts) fs.add(pool.submit(() -> local.get().process(a).tokens()));
        long tokens = 0;
        for (Future<Integer> f : fs) tokens += f.get();
        double s = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        r.put("extraction_articles_per_s", arts.size() / s);
        r.put("extraction_articles_per_s_per_core", arts.size() / s / threads);
        r.put("extraction_tokens_per_s_per_core", tokens / s / threads);
        r.put("words_per_article", tokens / (double) arts.size());
    }

    /**
     * The build into an empty store, a rebuild of the unchanged corpus, and Jena's bulk loader on the same quads.
     * Both write paths are first warmed up on a small corpus, so that neither is measured with a cold JIT.
     */
    private Path build(Path corpus, int n, ObjectNode r) throws IOException {
        warmUp(corpus);
        Path storeDir = work.resolve("store-" + n);
        deleteTree(storeDir);
        resetPeaks();
        GraphBuilder builder = new GraphBuilder(() -> Pipeline.builder().build(), new RdfMapper(new Iris()), threads, false);
        BuildSummary full;
        BuildSummary again;
        Path nq = work.resolve("build-" + n + ".nq");
        long quads;
        try (TdbStore store = TdbStore.open(storeDir)) {
            full = builder.build(List.of(corpus.toString()), store, GraphBuilder.Progress.NONE, p -> { });
            again = builder.build(List.of(corpus.toString()), store, GraphBuilder.Progress.NONE, p -> { });
            quads = store.size();
            try (OutputStream os = Files.newOutputStream(nq)) {
                Txn.executeRead(store.dataset(), () -> RDFDataMgr.write(os, store.datasetGraph(), RDFFormat.NQUADS));
            }
        }
        r.put("peak_heap_mb", peakHeapMb());
        r.put("peak_rss_mb", peakRssMb());
        r.put("build_seconds", full.seconds());
        r.put("build_articles_per_s", full.written() / full.seconds());
        r.put("quads", quads);
        r.put("build_write_quads_per_s", full.quads() / full.writeSeconds());
        r.put("build_write_seconds", full.writeSeconds());
        r.put("build_grouping_seconds", full.groupingSeconds());
        r.put("build_end_to_end_quads_per_s", full.quads() / full.seconds());
        r.put("rebuild_unchanged_seconds", again.seconds());
        r.put("rebuild_unchanged_share", again.seconds() / full.seconds());
        // Jena's bulk loader (the phased loader, tdb2.tdbloader's default) on the same quads, into an empty store
        Path loaded = work.resolve("loader-" + n);
        deleteTree(loaded);
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(loaded.toString());
        DataLoader loader = LoaderFactory.phasedLoader(dsg, (fmt, args) -> { });
        long t0 = System.nanoTime();
        loader.startBulk();
        loader.load(nq.toString());
        loader.finishBulk();
        double ls = (System.nanoTime() - t0) / 1e9;
        org.apache.jena.tdb2.sys.TDBInternal.expel(dsg);
        r.put("tdbloader_quads_per_s", loader.countQuads() / ls);
        r.put("build_write_vs_tdbloader", (full.quads() / full.writeSeconds()) / (loader.countQuads() / ls));
        deleteTree(loaded);
        // the scale-out path: extract to shards with no store, then load them with the bulk loader
        Path shards = work.resolve("shards-" + n);
        deleteTree(shards);
        GraphBuilder extractor = new GraphBuilder(() -> Pipeline.builder().build(), new RdfMapper(new Iris()), threads, true);
        BuildSummary ex;
        try (org.newsgraph.build.ShardTarget t = new org.newsgraph.build.ShardTarget(shards, 1000)) {
            ex = extractor.build(List.of(corpus.toString()), t, GraphBuilder.Progress.NONE, p -> { });
        }
        Path viaLoad = work.resolve("loaded-" + n);
        deleteTree(viaLoad);
        org.newsgraph.build.ShardLoader.Result lr;
        try (TdbStore s = TdbStore.open(viaLoad)) {
            lr = new org.newsgraph.build.ShardLoader(new Iris()).load(shards, s);
        }
        r.put("extract_seconds", ex.seconds());
        r.put("load_seconds", lr.seconds());
        r.put("extract_load_articles_per_s", ex.written() / (ex.seconds() + lr.seconds()));
        r.put("load_quads_per_s", lr.quads() / lr.seconds());
        r.put("load_vs_tdbloader", (lr.quads() / lr.seconds()) / (loader.countQuads() / ls));
        deleteTree(viaLoad);
        deleteTree(shards);
        return nq;
    }

    private void warmUp(Path corpus) throws IOException {
        Path few = work.resolve("warm-corpus");
        deleteTree(few);
        Files.createDirectories(few);
        try (var l = Files.list(corpus)) {
            for (Path f : l.sorted().limit(100).toList()) Files.copy(f, few.resolve(f.getFileName()));
        }
        Path store = work.resolve("warm-store");
        Path nq = work.resolve("warm.nq");
        deleteTree(store);
        try (TdbStore s = TdbStore.open(store)) {
            new GraphBuilder(() -> Pipeline.builder().build(), new RdfMapper(new Iris()), threads, false)
                    .build(List.of(few.toString()), s, GraphBuilder.Progress.NONE, p -> { });
            try (OutputStream os = Files.newOutputStream(nq)) {
                Txn.executeRead(s.dataset(), () -> RDFDataMgr.write(os, s.datasetGraph(), RDFFormat.NQUADS));
            }
        }
        Path loaded = work.resolve("warm-loaded");
        deleteTree(loaded);
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(loaded.toString());
        DataLoader loader = LoaderFactory.phasedLoader(dsg, (fmt, args) -> { });
        loader.startBulk();
        loader.load(nq.toString());
        loader.finishBulk();
        org.apache.jena.tdb2.sys.TDBInternal.expel(dsg);
        for (Path p : List.of(few, store, loaded, nq)) deleteTree(p);
    }

    /** Query latency and throughput against the endpoint on a store of at least {@code minTriples}. */
    private void queries(Path nq, long minTriples, int seconds, ObjectNode q) throws Exception {
        Path storeDir = work.resolve("query-store");
        deleteTree(storeDir);
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(storeDir.toString());
        DataLoader loader = LoaderFactory.phasedLoader(dsg, (fmt, args) -> { });
        loader.startBulk();
        List<String> entities = new ArrayList<>();
        long[] count = {0};
        int copy = 0;
        // copies of the built graph, each under its own IRIs, until the store is large enough
        do {
            String suffix = copy == 0 ? "" : "-copy" + copy;
            StreamRDF dst = loader.stream();
            org.apache.jena.riot.RDFParser.source(nq).lang(Lang.NQUADS).parse(new org.apache.jena.riot.system.StreamRDFWrapper(dst) {
                @Override
                public void quad(Quad x) {
                    super.quad(Quad.create(rename(x.getGraph(), suffix), rename(x.getSubject(), suffix), x.getPredicate(), rename(x.getObject(), suffix)));
                    count[0]++;
                    if (x.getPredicate().getURI().equals("https://schema.org/name") && entities.size() < 5000) {
                        entities.add(rename(x.getSubject(), suffix).getURI());
                    }
                }
            });
            copy++;
        } while (count[0] < minTriples && copy < 1000);
        loader.finishBulk();
        q.put("store_quads", count[0]);
        List<String> files = new ArrayList<>();
        try (var l = Files.list(Path.of("queries"))) {
            for (Path p : l.filter(p -> p.toString().endsWith(".rq") && !p.toString().contains("wikidata-kb")).sorted().toList()) {
                files.add(Files.readString(p));
            }
        } catch (IOException e) {
            // run from elsewhere than the project: the lookups still run
        }
        try (SparqlServer server = SparqlServer.start(dsg, new SparqlServer.Config("127.0.0.1", 0, 60_000, 1000, null, null))) {
            ArrayNode rows = q.putArray("runs");
            for (int clients : new int[] {1, 4, 16}) {
                rows.add(load(server, clients, seconds, "ASK {}", null));
                rows.add(load(server, clients, seconds, null, entities));
                if (!files.isEmpty()) rows.add(load(server, clients, seconds, null, files));
            }
        }
        org.apache.jena.tdb2.sys.TDBInternal.expel(dsg);
        deleteTree(storeDir);
    }

    private static Node rename(Node n, String suffix) {
        if (suffix.isEmpty() || !n.isURI() || !n.getURI().startsWith(Iris.DEFAULT_BASE)) return n;
        return NodeFactory.createURI(n.getURI() + suffix);
    }

    /** Clients sending requests back to back for a while: one fixed query, entity lookups, or the query files. */
    private ObjectNode load(SparqlServer server, int clients, int seconds, String fixed, List<String> pool) throws Exception {
        boolean lookups = pool != null && !pool.isEmpty() && pool.get(0).startsWith("http");
        String kind = fixed != null ? "empty query (baseline)" : lookups ? "single-entity lookup" : "queries/ set";
        List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> ts = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int seed = c;
            Thread t = new Thread(() -> {
                Random r = new Random(seed);
                while (System.nanoTime() < end) {
                    String query = fixed != null ? fixed : lookups
                            ? "SELECT ?p ?o WHERE { <" + pool.get(r.nextInt(pool.size())) + "> ?p ?o }" : pool.get(r.nextInt(pool.size()));
                    long t0 = System.nanoTime();
                    try {
                        if (get(server.sparqlUrl() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)) != 200) errors.incrementAndGet();
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    latencies.add(System.nanoTime() - t0);
                }
            });
            t.start();
            ts.add(t);
        }
        for (Thread t : ts) t.join();
        long[] l = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        ObjectNode row = json.createObjectNode();
        row.put("kind", kind);
        row.put("clients", clients);
        row.put("requests", l.length);
        row.put("errors", errors.get());
        row.put("p50_ms", l.length == 0 ? 0 : l[l.length / 2] / 1e6);
        row.put("p99_ms", l.length == 0 ? 0 : l[Math.min(l.length - 1, (int) (l.length * 0.99))] / 1e6);
        row.put("throughput_per_s", l.length / (double) seconds);
        return row;
    }

    /**
     * One GET, the way a plain HTTP/1.1 client sends it: blocking, on a kept-alive connection of the thread's own, the whole
     * answer read. (The JDK's asynchronous client funnels every connection through one selector thread, which on two
     * cores costs more than the server's work.) Returns the status.
     */
    private static int get(String url) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
        c.setRequestProperty("Accept", "application/sparql-results+json");
        int status = c.getResponseCode();
        try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
            if (in != null) in.transferTo(OutputStream.nullOutputStream());
        }
        return status;
    }

    /** Prints the figures as a table, with the targets of the performance issue. */
    public void print(ObjectNode root) {
        out.printf("newsgraph benchmark: %d cores, Java %s, max heap %d MB%n%n", root.get("cores").asInt(), root.get("java").asText(),
                root.get("max_heap_mb").asInt());
        for (var r : root.get("sizes")) {
            out.printf("corpus of %d synthetic articles (%.0f words each)%n", r.get("articles").asInt(), r.get("words_per_article").asDouble());
            row("extraction, all cores", fmt(r, "extraction_articles_per_s") + " articles/s", "target >= 200 articles/s");
            row("extraction per core", fmt(r, "extraction_tokens_per_s_per_core") + " tokens/s",
                    "baseline: POS tagger alone " + fmt(r, "baseline_pos_tokens_per_s_1core") + ", tokenizer alone "
                            + fmt(r, "baseline_tokenizer_tokens_per_s_1core") + " tokens/s (1 core)");
            StringBuilder sh = new StringBuilder();
            r.get("stage_share").fields().forEachRemaining(e -> sh.append(String.format(Locale.ROOT, "%s %.0f%%  ", e.getKey(), 100 * e.getValue().asDouble())));
            row("time per stage", sh.toString().strip(), "");
            row("build writes", fmt(r, "build_write_quads_per_s") + " quads/s" + String.format(Locale.ROOT, " (%.1f s, grouping %.1f s)",
                    r.path("build_write_seconds").asDouble(), r.path("build_grouping_seconds").asDouble()), "tdb2 phased loader " + fmt(r, "tdbloader_quads_per_s")
                    + " quads/s; ratio " + String.format(Locale.ROOT, "%.2f", r.get("build_write_vs_tdbloader").asDouble()) + " (target >= 0.8)");
            row("kg extract + kg load", fmt(r, "extract_load_articles_per_s") + " articles/s; load " + fmt(r, "load_quads_per_s") + " quads/s",
                    "ratio to tdb2 phased loader " + String.format(Locale.ROOT, "%.2f", r.get("load_vs_tdbloader").asDouble()) + " (target >= 0.8)");
            row("build end to end", fmt(r, "build_articles_per_s") + " articles/s, " + fmt(r, "quads") + " quads",
                    String.format(Locale.ROOT, "%.1f s", r.get("build_seconds").asDouble()));
            row("rebuild, unchanged", String.format(Locale.ROOT, "%.1f%% of the full build", 100 * r.get("rebuild_unchanged_share").asDouble()),
                    "target <= 5%");
            row("memory", "peak heap " + fmt(r, "peak_heap_mb") + " MB, peak RSS " + fmt(r, "peak_rss_mb") + " MB", "target heap <= 1024 MB at 100k");
            out.println();
        }
        var q = root.get("queries");
        out.printf("queries against kg serve on 127.0.0.1, store of %d quads%n", q.get("store_quads").asLong());
        out.printf("  %-24s %7s %9s %9s %9s %11s %7s%n", "kind", "clients", "requests", "p50 ms", "p99 ms", "requests/s", "errors");
        for (var row : q.get("runs")) {
            out.printf(Locale.ROOT, "  %-24s %7d %9d %9.2f %9.2f %11.1f %7d%n", row.get("kind").asText(), row.get("clients").asInt(),
                    row.get("requests").asInt(), row.get("p50_ms").asDouble(), row.get("p99_ms").asDouble(),
                    row.get("throughput_per_s").asDouble(), row.get("errors").asInt());
        }
        out.println("  targets: single-entity lookup p50 <= 5 ms, p99 <= 50 ms with 16 clients, no errors");
        out.flush();
    }

    private void row(String what, String value, String note) {
        out.printf("  %-22s %-58s %s%n", what, value, note);
    }

    private static String fmt(com.fasterxml.jackson.databind.JsonNode r, String field) {
        return String.format(Locale.ROOT, "%,.0f", r.get(field).asDouble());
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) p.resetPeakUsage();
    }

    private static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) sum += p.getPeakUsage().getUsed();
        }
        return sum / (1 << 20);
    }

    private static long peakRssMb() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (l.startsWith("VmHWM:")) return Long.parseLong(l.replaceAll("\\D", "")) / 1024;
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: no figure
        }
        return -1;
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (var w = Files.walk(p)) {
            for (Path x : w.sorted((a, b) -> b.compareTo(a)).toList()) Files.delete(x);
        }
    }

    public ObjectMapper json() {
        return json;
    }

    static List<Integer> parseSizes(String s) {
        return Arrays.stream(s.split(",")).map(String::strip).map(Integer::parseInt).toList();
    }
}
