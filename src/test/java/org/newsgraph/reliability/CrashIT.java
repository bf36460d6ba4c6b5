package org.newsgraph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestPipelines;
import org.newsgraph.bench.CorpusGenerator;
import org.newsgraph.ingest.Inputs;
import org.newsgraph.link.KnowledgeBase;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.RdfMapper;
import org.newsgraph.store.GraphValidator;
import org.newsgraph.store.TdbStore;

/**
 * Kills a real {@code kg build} process with SIGKILL at random moments, 12 times, and checks after each
 * kill that the store opens, passes SHACL and holds only whole articles; then a rerun completes the build.
 */
class CrashIT {
    static final int KILLS = 12;
    static final int ARTICLES = 60;

    @TempDir
    Path tmp;

    @Test
    void killedBuildsLoseNothingAndARerunCompletes() throws Exception {
        Path corpus = tmp.resolve("corpus");
        new CorpusGenerator(KnowledgeBase.bundled(), 7).write(corpus, ARTICLES);
        Iris iris = new Iris();
        RdfMapper mapper = new RdfMapper(iris);
        // what each whole article graph holds
        Map<Node, Long> expected = new HashMap<>();
        Inputs in = new Inputs();
        for (Inputs.InputFile f : in.files(List.of(corpus.toString()), p -> { })) {
            in.read(f, a -> {
                var dsg = DatasetFactory.create().asDatasetGraph();
                mapper.write(TestPipelines.extract(a), StreamRDFLib.dataset(dsg));
                Node g = iris.articleGraph(a.source());
                expected.put(g, dsg.getGraph(g).size() + 0L);
            }, p -> { });
        }
        // how long a whole build takes here, so that the kills land while articles are being written, not
        // while the models load (which takes longer or shorter from one machine and version to the next)
        long t0 = System.nanoTime();
        Process timing = build(corpus, tmp.resolve("timing-store"));
        assertTrue(timing.waitFor(300, TimeUnit.SECONDS));
        long buildMillis = (System.nanoTime() - t0) / 1_000_000;
        Path store = tmp.resolve("store");
        Random random = new Random(42);
        GraphValidator shapes = new GraphValidator();
        int survived = 0;
        List<Integer> articlesAfterKill = new ArrayList<>();
        for (int k = 0; k < KILLS; k++) {
            Process p = build(corpus, store);
            long wait = buildMillis / 3 + random.nextInt((int) Math.max(1, buildMillis * 2 / 3));
            boolean finished = p.waitFor(wait, TimeUnit.MILLISECONDS);
            if (!finished) {
                p.destroyForcibly(); // SIGKILL
                p.waitFor(30, TimeUnit.SECONDS);
            }
            final int kill = k;
            try (TdbStore s = TdbStore.open(store)) {
                int whole = Txn.calculateRead(s.dataset(), () -> {
                    var dsg = s.datasetGraph();
                    assertTrue(shapes.validate(dsg.getUnionGraph()).conforms(), "SHACL after kill " + kill);
                    int n = 0;
                    for (var it = dsg.listGraphNodes(); it.hasNext(); ) {
                        Node g = it.next();
                        if (!expected.containsKey(g)) continue;
                        assertEquals(expected.get(g), (long) dsg.getGraph(g).size(), "article graph " + g + " is not whole after kill " + kill);
                        n++;
                    }
                    return n;
                });
                articlesAfterKill.add(whole);
            }
            survived++;
            if (finished) {
                // the build ended before the kill: start again from an empty store so that later kills land mid-build
                deleteTree(store);
            }
        }
        Path log = tmp.resolve("last-build.log");
        Process last = build(corpus, store, log);
        assertTrue(last.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, last.exitValue(), Files.readString(log));
        try (TdbStore s = TdbStore.open(store)) {
            Txn.executeRead(s.dataset(), () -> {
                for (var e : expected.entrySet()) assertEquals(e.getValue(), (long) s.datasetGraph().getGraph(e.getKey()).size());
                assertTrue(shapes.validate(s.datasetGraph().getUnionGraph()).conforms());
            });
        }
        System.out.println("crash test: " + survived + " SIGKILLs survived; whole articles found after each kill: " + articlesAfterKill);
    }

    private static Process build(Path corpus, Path store) throws Exception {
        return build(corpus, store, null);
    }

    private static Process build(Path corpus, Path store, Path log) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.newsgraph.cli.KgCommand", "build",
                // small transactions, so that kills land between commits and after some articles are stored
                corpus.toString(), "--store", store.toString(), "--commit-quads", "2000").redirectErrorStream(true)
                .redirectOutput(log == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(log.toFile())).start();
    }

    private static void deleteTree(Path p) throws Exception {
        if (!Files.exists(p)) return;
        try (var w = Files.walk(p)) {
            w.sorted((a, b) -> b.compareTo(a)).map(Path::toFile).forEach(File::delete);
        }
    }
}
