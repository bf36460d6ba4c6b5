package org.newsgraph.extract;

import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsgraph.TestPipelines;

/** Quote attribution as news writes it, in sentences written for the test. */
class QuoteExtractionTest {

    private static Extraction extract(String text) {
        return TestPipelines.extractWithRules("q.txt", text);
    }

    private static String speaker(Extraction x, Quote q) {
        return q.speakerKey() == null ? null : x.entity(q.speakerKey()).orElseThrow().name();
    }

    private static Quote quote(Extraction x, String startsWith) {
        return x.quotes().stream().filter(q -> q.text().startsWith(startsWith)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote starting " + startsWith + " in " + x.quotes()));
    }

    @Test
    void speakerAfterTheQuote() {
        Extraction x = extract("Mayor Ellen Brandt opened the bridge.\n“We built this for everyone in the city,” Brandt told reporters.\n");
        assertEquals("Ellen Brandt", speaker(x, quote(x, "We built")));
        assertEquals(QuoteKind.DIRECT, quote(x, "We built").kind());
    }

    @Test
    void saidBeforeTheName() {
        Extraction x = extract("“Prices will fall by summer,” said Central Bank Governor Ivo Marek at a briefing.\n");
        assertEquals("Ivo Marek", speaker(x, quote(x, "Prices will")));
    }

    @Test
    void speakerBeforeTheQuoteWithStraightMarks() {
        Extraction x = extract("Opposition leader Carla Nunez stated, \"This budget fails the families who need help most.\"\n");
        assertEquals("Carla Nunez", speaker(x, quote(x, "This budget")));
    }

    @Test
    void quoteSplitAroundTheAttributionKeepsOneSpeaker() {
        Extraction x = extract("Coach Pavel Novak was blunt. “We played badly in every part of the game,” Novak said. "
                + "“Nobody can hide from that after a night like this.”\n");
        assertEquals("Pavel Novak", speaker(x, quote(x, "Nobody can hide")));
    }

    @Test
    void pronounResolvesToTheLastPersonNamed() {
        Extraction x = extract("Health Minister Sofia Reyes visited the hospital.\n“The staff here have done remarkable work this year,” she said.\n");
        assertEquals("Sofia Reyes", speaker(x, quote(x, "The staff")));
    }

    @Test
    void roleAnaphorResolvesToThePersonWithThatRole() {
        Extraction x = extract("President Amara Okafor met farmers on Friday. The president told them, “Your harvest feeds the whole nation.”\n");
        assertEquals("Amara Okafor", speaker(x, quote(x, "Your harvest")));
    }

    @Test
    void participleCueGivesTheSentenceSubject() {
        Extraction x = extract("Governor Leon Hart criticised the plan, saying, “It leaves rural towns without any buses.”\n");
        assertEquals("Leon Hart", speaker(x, quote(x, "It leaves")));
    }

    @Test
    void accordingToNamesTheSpeaker() {
        Extraction x = extract("Talks ended early. “We need more time to study the figures,” according to Finance Minister Mara Delgado.\n");
        assertEquals("Mara Delgado", speaker(x, quote(x, "We need more time")));
    }

    @Test
    void paragraphThatIsOnlyAQuoteContinuesThePreviousSpeaker() {
        Extraction x = extract("“We will rebuild the school before winter,” said Mayor Ellen Brandt.\n"
                + "“Every child in this town deserves a warm classroom.”\n");
        assertEquals("Ellen Brandt", speaker(x, quote(x, "Every child")));
    }

    @Test
    void unnamedSourceKeepsItsDescriptionAndGetsNoName() {
        Extraction x = extract("Minister Jonas Lind did not comment. “The talks have stalled over the fishing quotas,” said a senior Trade Ministry official.\n");
        Quote q = quote(x, "The talks");
        assertNull(q.speakerKey());
        assertEquals("a senior Trade Ministry official", q.speakerDescription());
    }

    @Test
    void theSourceNounRefersBackToTheUnnamedSourceIntroducedEarlier() {
        Extraction x = extract("A senior defence official said the drills would go ahead. "
                + "“We have no reason to cancel anything at this stage,” the official said.\n");
        Quote q = quote(x, "We have no reason");
        assertNull(q.speakerKey());
        assertEquals("a senior defence official", q.speakerDescription());
    }

    @Test
    void anUnnamedSourcesDescriptionKeepsWhereTheSourceWorks() {
        Extraction x = extract("“The deadline will slip by at least a month,” said a senior official involved in the talks on Monday.\n");
        assertEquals("a senior official involved in the talks", quote(x, "The deadline").speakerDescription());
    }

    @Test
    void scareQuotesAreNotStatements() {
        Extraction x = extract("Critics called the deal “unfair” and “a mistake,” the report said.\n");
        assertTrue(x.quotes().isEmpty(), x.quotes().toString());
    }

    @Test
    void blockQuoteWithTheSpeakerOnTheNextLine() {
        Extraction x = extract("Talks Resume\n\nThe talks resumed in Geneva on Monday after a long pause.\n"
                + "We are ready to sign an agreement if the other side is ready too.\n"
                + "Nadia Karim\nChief Negotiator\n");
        Quote q = quote(x, "We are ready");
        assertEquals(QuoteKind.BLOCK, q.kind());
        assertEquals("Nadia Karim", speaker(x, q));
    }

    @Test
    void blockQuoteAfterASpeechVerb() {
        Extraction x = extract("Prime Minister Oskar Falk said on Monday that the deal was close.\n"
                + "Our negotiators have worked day and night, and I thank them for it.\n");
        Quote q = quote(x, "Our negotiators");
        assertEquals(QuoteKind.BLOCK, q.kind());
        assertEquals("Oskar Falk", speaker(x, q));
    }

    @Test
    void headlineQuoteInSingleMarksIsAttributedToThePersonInTheHeadline() {
        Extraction x = extract("‘We Will Not Back Down on Wages’; Mayor Ellen Brandt Defies Council\n\n"
                + "Mayor Ellen Brandt defied the council on Monday.\n");
        Quote q = quote(x, "We Will Not");
        assertEquals(QuoteKind.HEADLINE, q.kind());
        assertEquals("Ellen Brandt", speaker(x, q));
    }

    @Test
    void anArticleOfThousandsOfQuotesIsReadUpToTheLimitAndSaysWhatWasLeftOut() {
        StringBuilder b = new StringBuilder("Council meeting\n\nMayor Ana Ruiz spoke to reporters on Monday.\n\n");
        for (int i = 0; i < Extractor.MAX_QUOTES + 200; i++) b.append("\"We will fix road number ").append(i).append(" before winter,\" Ruiz said.\n\n");
        long t0 = System.nanoTime();
        Extraction x = TestPipelines.extractWithRules("many.txt", b.toString());
        assertTrue(x.quotes().size() <= Extractor.MAX_QUOTES, "at most the limit: " + x.quotes().size());
        assertEquals(1, x.notes().size(), x.notes().toString());
        assertTrue(x.notes().get(0).startsWith("1,200 quoted passages; only the first 1,000 were read"), x.notes().get(0));
        System.out.printf("an article of 1,200 quotes extracted in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }
}
