package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestPipelines;
import org.newsgraph.ingest.Inputs;

/** The extraction targets, measured on the gold annotations of the sample corpus when they are present. */
class GoldEvalIT {
    @Test
    void seedsMeetTheExtractionTargets() throws Exception {
        Path goldDir = Path.of("..", "shared", "gold");
        assumeTrue(Files.isDirectory(goldDir), "../shared/gold is not here; the gold evaluation is skipped");
        Scorer s = new Scorer();
        Inputs in = new Inputs();
        List<Path> golds;
        try (Stream<Path> f = Files.list(goldDir)) {
            golds = f.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path g : golds) {
            Gold gold = Gold.read(g);
            Path article = Path.of("seeds", gold.sourceFile());
            in.read(Inputs.InputFile.of(article), a -> s.add(gold, TestPipelines.extract(a)), p -> { throw new AssertionError(p.toString()); });
        }
        var c = s.counts();
        String report = String.join("\n", s.misses());
        assertTrue(c.get("persons").f1() >= 0.95, report);
        assertTrue(c.get("organizations").f1() >= 0.70, report);
        assertTrue(c.get("places").f1() >= 0.85, report);
        assertTrue(c.get("treaties").f1() >= 0.90, report);
        assertTrue(c.get("quotes").recall() >= 0.95 && c.get("quotes").precision() >= 0.95, report);
        assertTrue(c.get("speaker attribution").precision() >= 0.95, report);
        assertTrue(c.get("wikidata links").precision() >= 0.98 && c.get("wikidata links").recall() >= 0.90, report);
        assertTrue(c.get("statement clustering").f1() >= 0.90, report);
        assertTrue(c.get("article metadata").recall() >= 0.95, report);
        assertEquals(0, s.anonymousNamed(), report);
    }
}
