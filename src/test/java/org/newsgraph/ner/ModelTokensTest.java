package org.newsgraph.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModelTokensTest {
    private static List<String> pieces(String token) {
        return ModelTokens.pieces(token).stream().map(p -> token.substring(p[0], p[1])).toList();
    }

    @Test
    void possessivesAndBracketsAreCutOff() {
        assertEquals(List.of("Harbin", "’", "s"), pieces("Harbin’s"));
        assertEquals(List.of("NRA", ")"), pieces("NRA)"));
        assertEquals(List.of("al", "-", "Rashid"), pieces("al-Rashid"));
    }

    @Test
    void abbreviationsKeepTheirPeriods() {
        assertEquals(List.of("U.S."), pieces("U.S."));
        assertEquals(List.of("Dr."), pieces("Dr."));
        assertEquals(List.of("J.K."), pieces("J.K."));
        assertEquals(List.of("U.S.", "-", "led"), pieces("U.S.-led"));
    }

    @Test
    void aSentencesFinalPeriodIsItsOwnToken() {
        assertEquals(List.of("harbour", "."), pieces("harbour."));
    }
}
