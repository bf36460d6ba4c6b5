package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The benchmark's shingle scoring, on bodies written for the test. */
class BodyScorerTest {
    private static final String BODY = "The bridge over the river reopened on Monday after two years of repairs, the mayor said.";

    @Test
    void theSameTokensScoreOneWhateverTheSpacingAndPunctuation() {
        BodyScorer s = new BodyScorer();
        BodyScorer.Page p = s.add("a", BODY, "The bridge over the river reopened on Monday -- after two years of repairs; the mayor said");
        assertTrue(p.exact());
        BodyScorer.Result r = s.result();
        assertEquals(1.0, r.f1(), 1e-9);
        assertEquals(1.0, r.accuracy(), 1e-9);
    }

    @Test
    void menuWordsCostPrecisionAndAMissingHalfCostsRecall() {
        BodyScorer s = new BodyScorer();
        s.add("menu", BODY, "Home News Sport Weather " + BODY);
        s.add("half", BODY, "The bridge over the river reopened on Monday");
        BodyScorer.Result r = s.result();
        assertTrue(r.precision() < 1.0 && r.precision() > 0.5, r.toString());
        assertTrue(r.recall() < 1.0 && r.recall() > 0.5, r.toString());
        assertFalse(s.pages().get(0).exact());
    }

    @Test
    void anEmptyPredictionCountsForRecallOnly() {
        BodyScorer s = new BodyScorer();
        s.add("good", BODY, BODY);
        s.add("refused", BODY, "");
        BodyScorer.Result r = s.result();
        assertEquals(1.0, r.precision(), 1e-9);
        assertEquals(0.5, r.recall(), 1e-9);
        assertEquals(1, r.empty());
    }

    @Test
    void shinglesAreFourGramsCountedAsAMultiset() {
        assertEquals(3, BodyScorer.shingles(BodyScorer.tokens("a b c d e f")).size());
        assertEquals(1, BodyScorer.shingles(BodyScorer.tokens("a b")).size(), "one shorter shingle for a short text");
        assertEquals(2, BodyScorer.shingles(BodyScorer.tokens("a b c d a b c d")).get(java.util.List.of("a", "b", "c", "d")));
        assertEquals(java.util.List.of("Café", "2024", "naïve"), BodyScorer.tokens("Café, 2024 — naïve!"));
    }
}
