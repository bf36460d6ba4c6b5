package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class BylinesTest {
    @Test
    void bylinesAsNewsPrintsThem() {
        assertEquals(new Bylines.Byline(List.of("Jane Roe"), null), Bylines.parse("By Jane Roe"));
        assertEquals(new Bylines.Byline(List.of("Jane Roe", "John Doe"), null), Bylines.parse("By Jane Roe and John Doe"));
        assertEquals(new Bylines.Byline(List.of("Jane Roe", "John Doe", "Ana Ruiz"), null), Bylines.parse("By Jane Roe, John Doe and Ana Ruiz"));
        assertEquals(new Bylines.Byline(List.of("Jane Roe"), "Reuters"), Bylines.parse("By Jane Roe, Reuters"));
        assertEquals(new Bylines.Byline(List.of("Jane Roe", "John Doe"), "Town Herald"), Bylines.parse("By Jane Roe and John Doe | Town Herald"));
        assertEquals(new Bylines.Byline(List.of("Jane Roe"), null), Bylines.parse("BY JANE ROE"));
        assertEquals(new Bylines.Byline(List.of(), "Reuters"), Bylines.parse("By Reuters"));
    }

    @Test
    void aSentenceIsNoByline() {
        assertNull(Bylines.parse("By the way, the bridge reopened on Monday."));
        assertNull(Bylines.parse("The bridge reopened on Monday."));
    }
}
