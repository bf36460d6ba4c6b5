package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageLayoutTest {
    @Test
    void shortFirstLineWithoutFullStopIsTheTitle() {
        Article a = PageLayout.plainText("a.txt", "Ministers Meet in Oslo Over Fishing Rights\n\nThe ministers met on Monday. They talked.\n");
        assertEquals("Ministers Meet in Oslo Over Fishing Rights", a.title());
    }

    @Test
    void articleStartingWithAParagraphHasNoTitle() {
        Article a = PageLayout.plainText("a.txt",
                "The ministers of both countries met on Monday in Oslo to discuss fishing rights in the northern seas.\nThey talked.\n");
        assertNull(a.title());
    }

    @Test
    void aParagraphEndingInAPhotoCreditIsACaption() {
        String text = "Ferry Returns\n\nThe ferry ran again on Monday, the first time since the storm.\n\n"
                + "Deckhands tie up the ferry at the north pier. (Tova Brandt / Harbour Daily)\n\n"
                + "Crews cheer the first crossing. (Tova Brandt/HD)\n\nThe mayor said the ferry (a gift from the port) would run daily.\n";
        Article a = PageLayout.plainText("a.txt", text);
        List<Block.Kind> kinds = a.blocks().stream().filter(b -> b.kind() != Block.Kind.TITLE).map(Block::kind).toList();
        assertEquals(List.of(Block.Kind.BODY, Block.Kind.CAPTION, Block.Kind.CAPTION, Block.Kind.BODY), kinds);
    }

    @Test
    void datesInTheFormsNewsUses() {
        assertEquals(LocalDate.of(2024, 5, 2), PageLayout.plainText("a.txt", "09:30 CET, May 2, 2024\nBody text here.\n").date());
        assertEquals(LocalDate.of(2023, 11, 9), PageLayout.plainText("a.txt", "Nov. 9, 2023\nBody text here.\n").date());
        Article b = PageLayout.plainText("b.txt", " date 2022-01-31 Farmers Protest in Capital\nSource:  Reuters\n\nBody text.\n");
        assertEquals(LocalDate.of(2022, 1, 31), b.date());
        assertEquals("Farmers Protest in Capital", b.title());
        assertEquals("Reuters", b.outlet());
    }

    @Test
    void wireDatelineNamesTheAgencyAndCreditsAreMetadata() {
        Article a = PageLayout.plainText("a.txt", "Ministers Meet on Fishing\nBy Jane Roe\n\nOSLO, May 3 (Reuters) - Ministers met.\n"
                + "(Reporting by Per Olsen; Editing by Ann Lee)\n");
        assertEquals("Reuters", a.outlet());
        assertFalse(a.content().stream().anyMatch(b -> a.text(b).contains("Olsen") || a.text(b).contains("Jane Roe")));
    }

    @Test
    void aDateAndAnOutletSideBySide() {
        Article a = PageLayout.plainText("a.txt", "Bridge Reopens After Repairs\n2025-03-05 | Town Herald\n\nThe bridge reopened on Monday.\n");
        assertEquals(LocalDate.of(2025, 3, 5), a.date());
        assertEquals("Town Herald", a.outlet());
        Article b = PageLayout.plainText("b.txt", "Bridge Reopens After Repairs\nTown Herald | March 5, 2025\n\nThe bridge reopened on Monday.\n");
        assertEquals(LocalDate.of(2025, 3, 5), b.date());
        assertEquals("Town Herald", b.outlet());
        Article c = PageLayout.plainText("c.txt", "Bridge Reopens After Repairs\n\nThe bridge reopened | the mayor said on March 5, 2025 that it was safe.\n");
        assertEquals(null, c.outlet(), "a sentence with a bar is not a header line");
    }

    @Test
    void aBylineNamesTheAuthorsAndIsNotBody() {
        Article a = PageLayout.plainText("a.txt", "Bridge Reopens After Repairs\nBy Jane Roe and John Doe, Herald\n\nThe bridge reopened on Monday.\n");
        assertEquals(List.of("Jane Roe", "John Doe"), a.authors());
        assertEquals("Herald", a.outlet());
        assertTrue(a.content().stream().noneMatch(b -> b.kind() == Block.Kind.BODY && a.text(b).startsWith("By ")));
        assertEquals(List.of(), PageLayout.plainText("b.txt", "Bridge Reopens After Repairs\n\nThe bridge reopened on Monday.\n").authors());
    }

    @Test
    void anAdvertisementLineInsideTheStoryIsFurnitureButTheStoryGoesOn() {
        Article a = PageLayout.plainText("a.txt", "Bridge Reopens After Repairs\n\nThe bridge reopened on Monday.\nAdvertisement\n"
                + "Traffic was slow in the morning, the mayor said.\n");
        assertTrue(a.content().stream().anyMatch(b -> b.kind() == Block.Kind.BODY && a.text(b).startsWith("Traffic was slow")));
        assertTrue(a.content().stream().noneMatch(b -> a.text(b).equals("Advertisement")));
    }

    @Test
    void noDateOrOutletIsInvented() {
        Article a = PageLayout.plainText("a.txt", "Storm Hits Coast\n\nThe storm hit the coast in 2019, officials said.\n");
        assertNull(a.date());
        assertNull(a.outlet());
    }

    @Test
    void teaserTailIsNotPartOfTheTitleAndSectionLabelIsMetadata() {
        Article a = PageLayout.plainText("a.txt", "WORLD\nBreaking: Minister resigns after vote…..See More\n\nThe minister resigned.\n");
        assertEquals("Breaking: Minister resigns after vote", a.title());
    }

    @Test
    void headlinesOfARelatedArticleListAreListedAndTheListsFurnitureIsBoilerplate() {
        String text = "Storm Hits Coast\n\nThe storm hit the coast.\nPOPULAR ARTICLES\n-\nMayor Opens Bridge in Lyon\n-\nBank Raises Rates\nMORE\n";
        Article a = PageLayout.plainText("a.txt", text);
        assertEquals(List.of("Mayor Opens Bridge in Lyon"), a.blocks().stream().filter(b -> b.kind() == Block.Kind.LISTED).map(a::text).toList());
        assertEquals(List.of("POPULAR ARTICLES", "-", "-", "Bank Raises Rates", "MORE"),
                a.blocks().stream().filter(b -> b.kind() == Block.Kind.BOILERPLATE).map(a::text).toList());
        assertFalse(a.blocks().stream().anyMatch(b -> b.kind() == Block.Kind.BODY && a.text(b).contains("Lyon")));
    }

    @Test
    void lineBetweenTitleAndDateLineIsACaption() {
        Article a = PageLayout.plainText("a.txt", "Storm Hits Coast\n\nA house near the beach is seen in 2020.\nMarch 1, 2024\nThe storm hit.\n");
        assertEquals(Block.Kind.CAPTION, a.blocks().get(1).kind());
    }
}
