package org.newsgraph.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.ingest.Block;
import org.newsgraph.model.QuoteKind;

/** One test per way news prints a quote, in paragraphs written for the test. */
class QuoteSpansTest {
    /** The spans of paragraphs given one per line, all body text. */
    private static List<String> quotes(String... paragraphs) {
        return texts(spans(Block.Kind.BODY, paragraphs), String.join("\n", paragraphs));
    }

    private static List<QuoteSpan> spans(Block.Kind kind, String... paragraphs) {
        String text = String.join("\n", paragraphs);
        List<Block> blocks = new ArrayList<>();
        int at = 0;
        for (String p : paragraphs) {
            blocks.add(new Block(at, at + p.length(), kind));
            at += p.length() + 1;
        }
        return new QuoteSpans().find(text, blocks);
    }

    private static List<String> texts(List<QuoteSpan> spans, String text) {
        return spans.stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void curlyDoubleMarks() {
        assertEquals(List.of("We will rebuild the bridge,"), quotes("“We will rebuild the bridge,” the mayor said."));
    }

    @Test
    void straightDoubleMarks() {
        assertEquals(List.of("We will rebuild the bridge,"), quotes("\"We will rebuild the bridge,\" the mayor said."));
    }

    @Test
    void mixedMarks() {
        assertEquals(List.of("We will rebuild the bridge,", "It is the town's lifeline."),
                quotes("“We will rebuild the bridge,\" the mayor said. \"It is the town's lifeline.”"));
    }

    @Test
    void aParagraphOpenedWithAClosingMark() {
        assertEquals(List.of("We will rebuild the bridge."), quotes("”We will rebuild the bridge.” ― Ana Ruiz"));
    }

    @Test
    void twoApostrophesStandForADoubleMark() {
        assertEquals(List.of("This isn't a plan, it's a wish list,", "Nobody can pay for it."),
                quotes("''This isn't a plan, it's a wish list,'' said the economist. ''Nobody can pay for it.''"));
    }

    @Test
    void aQuoteLeftOpenRunsToItsParagraphsEndAndTheNextParagraphOpensANewOne() {
        List<QuoteSpan> s = spans(Block.Kind.BODY, "“The first thing we did was count the boats.",
                "“Then we counted the people who were still missing,” the captain said.");
        assertEquals(2, s.size());
        assertEquals("unclosed", s.get(0).convention());
        assertEquals("double", s.get(1).convention());
    }

    @Test
    void aNewOpeningMarkEndsAQuoteLeftOpen() {
        assertEquals(List.of("We counted the boats.", "Then the people,"),
                quotes("“We counted the boats. “Then the people,” she said."));
    }

    @Test
    void singleMarksInBritishStyleWithApostrophesInside() {
        assertEquals(List.of("We don’t accept the farmers’ figures at all,"),
                quotes("‘We don’t accept the farmers’ figures at all,’ the minister said."));
    }

    @Test
    void singleMarksInsideDoubleMarksAreNotQuotesOfTheirOwn() {
        assertEquals(List.of("He told me, ‘We will win this one easily,’ and we did,"),
                quotes("“He told me, ‘We will win this one easily,’ and we did,” she said."));
    }

    @Test
    void transcriptLinesNeedTwoLabelledLines() {
        List<QuoteSpan> s = spans(Block.Kind.BODY, "HOST: What happens to the budget now?",
                "SEN. MARA OKAFOR: We pass it by Friday or the shutdown starts.");
        assertEquals(2, s.size());
        assertTrue(s.get(1).hasLabel());
        assertEquals(List.of("What happens to the budget now?", "We pass it by Friday or the shutdown starts."),
                texts(s, "HOST: What happens to the budget now?\nSEN. MARA OKAFOR: We pass it by Friday or the shutdown starts."));
        assertEquals(List.of(), quotes("NOTE: This story was updated with the final vote count."));
    }

    @Test
    void aFirstPersonParagraphWithoutMarksIsABlockQuote() {
        List<QuoteSpan> s = spans(Block.Kind.BODY, "We have waited six years for this road to open.");
        assertEquals(1, s.size());
        assertEquals(QuoteKind.BLOCK, s.get(0).kind());
    }

    @Test
    void headlineQuotesInSingleOrDoubleMarks() {
        List<QuoteSpan> s = spans(Block.Kind.TITLE, "Mayor: ‘We will rebuild the bridge’");
        assertEquals(1, s.size());
        assertEquals(QuoteKind.HEADLINE, s.get(0).kind());
    }

    @Test
    void scareQuotesAreSpansButNotStatements() {
        String p = "The plan was called a “bridge to nowhere” by critics.";
        List<QuoteSpan> s = spans(Block.Kind.BODY, p);
        assertEquals(1, s.size());
        assertTrue(!s.get(0).isStatement(p));
    }

    @Test
    void aTitleInQuoteMarksIsNotAStatementButSpeechInTitleCaseHeadingsIs() {
        String film = "She starred in “The Girl Who Sailed Past The Moon” last year.";
        List<QuoteSpan> s = spans(Block.Kind.BODY, film);
        assertEquals(1, s.size());
        assertTrue(!s.get(0).isStatement(film), "the title of a work");
        String slogan = "The crowd wore “Keep The Harbour Open For All” hats.";
        assertTrue(!spans(Block.Kind.BODY, slogan).get(0).isStatement(slogan), "a slogan");
        String said = "“We will keep the harbour open for all,” she said.";
        assertTrue(spans(Block.Kind.BODY, said).get(0).isStatement(said), "sentence case: what someone said");
        String exclaimed = "“What A Night For The Harbour Town!” the mayor shouted.";
        assertTrue(spans(Block.Kind.BODY, exclaimed).get(0).isStatement(exclaimed), "an exclamation is spoken");
        String heading = "Harbour Town Responds: “It’s Not That Simple For Us”";
        assertTrue(spans(Block.Kind.HEADING, heading).get(0).isStatement(heading), "a heading capitalises every word");
    }

    @Test
    void aLabelledLineKeepsTheQuotesInsideItForWhenItsLabelNamesNoOne() {
        String a = "READ MORE: Mayor says “the harbour will stay open through the winter months”";
        String b = "WATCH: Ferry crews return to work after the strike ends";
        List<QuoteSpan> s = spans(Block.Kind.BODY, a, b);
        assertEquals(3, s.size(), s.toString());
        assertTrue(s.get(0).hasLabel() && s.get(2).hasLabel());
        assertEquals("the harbour will stay open through the winter months", texts(s, a + "\n" + b).get(1));
    }
}
