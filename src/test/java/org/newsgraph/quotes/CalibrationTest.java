package org.newsgraph.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.Extraction;

/** A report's confidence is the share of right speakers its method had, from counts the test gives. */
class CalibrationTest {
    @Test
    void aMethodsConfidenceIsItsShareOfRightSpeakersAndRareMethodsKeepTheirOwn(@TempDir Path tmp) throws Exception {
        Map<String, double[]> table = Calibration.fit(Map.of("cue-after", new int[] {98, 100}, "rare-rule", new int[] {2, 3}));
        assertEquals(99.0 / 102, table.get("cue-after")[0], 1e-9);
        assertTrue(!table.containsKey("rare-rule"), "three decisions say too little");
        Path f = tmp.resolve("c.tsv");
        Calibration.write(table, "test", f);
        assertTrue(Files.readString(f).contains("cue-after\t0.971\t100"), Files.readString(f));
        Calibration c = new Calibration(Map.of("cue-after", 0.971));
        assertEquals(0.971, c.of("cue-after", 0.9));
        assertEquals(0.6, c.of("sentence-subject", 0.6), "a method the table does not list keeps its own");
    }

    @Test
    void theShippedTableSetsTheConfidenceOfEveryReportItLists() {
        Calibration shipped = Calibration.shipped();
        assertTrue(shipped.size() > 10, "the shipped table lists the common methods");
        // without the speaker ranker, whose probability is the confidence of the statements it ranks
        Extraction x = org.newsgraph.Pipeline.builder().rulesOnly(true).ranker(null).build().process(
                org.newsgraph.ingest.PageLayout.plainText("c.txt", "Ferry returns\n\n“We will run the ferry every hour,” said Governor Ana Ruiz.\n"));
        var q = x.quotes().get(0);
        assertEquals("cue-after", q.method());
        assertEquals(shipped.of("cue-after", -1), q.confidence(), 1e-9);
    }
}
