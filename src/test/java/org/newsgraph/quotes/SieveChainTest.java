package org.newsgraph.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestPipelines;
import org.newsgraph.extract.Extraction;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Quote;

/** Each sieve of the attribution chain on sentences written for the test: who it names and that it decided. */
class SieveChainTest {
    private static Extraction extract(String text) {
        return TestPipelines.extractWithRules("sieves.txt", "Bridge to reopen, governor says\n\n" + text);
    }

    private static Quote quote(Extraction x, String startsWith) {
        return x.quotes().stream().filter(q -> q.text().startsWith(startsWith)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote starting " + startsWith + " in " + x.quotes()));
    }

    private static String speaker(Extraction x, String startsWith) {
        Quote q = quote(x, startsWith);
        return q.speakerKey() == null ? null : x.entity(q.speakerKey()).orElseThrow().name();
    }

    @Test
    void cueAfter() {
        Extraction x = extract("“We will rebuild the bridge before winter,” said Governor Ana Ruiz on Monday.\n");
        assertEquals("Ana Ruiz", speaker(x, "We will"));
        assertEquals("cue-after", quote(x, "We will").method());
    }

    @Test
    void cueBefore() {
        Extraction x = extract("Governor Ana Ruiz told reporters: “We will rebuild the bridge before winter.”\n");
        assertEquals("Ana Ruiz", speaker(x, "We will"));
        assertEquals("cue-before", quote(x, "We will").method());
    }

    @Test
    void accordingTo() {
        Extraction x = extract("The bridge “will be rebuilt before the winter comes,” according to Governor Ana Ruiz.\n");
        assertEquals("Ana Ruiz", speaker(x, "will be"));
        assertEquals("according-to", quote(x, "will be").method());
    }

    @Test
    void participle() {
        Extraction x = extract("Governor Ana Ruiz defended the budget on Monday, saying “every road in the state needs work.”\n");
        assertEquals("Ana Ruiz", speaker(x, "every road"));
        assertEquals("participle", quote(x, "every road").method());
    }

    @Test
    void aParagraphEndingInAColonIntroducesTheQuote() {
        Extraction x = extract("Governor Ana Ruiz visited the piers on Monday and wrote:\n\n"
                + "“The piers are dry and the deck will hold for another twenty years.”\n");
        assertEquals("Ana Ruiz", speaker(x, "The piers"));
        assertEquals("colon-intro+paragraph+cue", quote(x, "The piers").method());
    }

    @Test
    void colonIntroduction() {
        Extraction x = extract("Governor Ana Ruiz had a message for the protesters: “Go home, the bridge will be rebuilt.”\n");
        assertEquals("Ana Ruiz", speaker(x, "Go home"));
        assertEquals("colon-intro", quote(x, "Go home").method());
    }

    @Test
    void transcriptLabels() {
        Extraction x = extract("Governor Ana Ruiz spoke with the host, Senator Tom Berg.\n"
                + "BERG: What will you do about the bridge now?\nRUIZ: We will rebuild it before the winter comes.\n");
        assertEquals("Ana Ruiz", speaker(x, "We will rebuild"));
        assertEquals("Tom Berg", speaker(x, "What will you"));
        assertEquals("transcript-label", quote(x, "We will rebuild").method());
    }

    @Test
    void dashSignature() {
        Extraction x = extract("Governor Ana Ruiz asked residents what they thought of the plan.\n"
                + "“The bridge is the only road to my work and I need it back.” ― Senator Tom Berg, Dayton\n");
        assertEquals("Tom Berg", speaker(x, "The bridge is"));
        assertEquals("dash-signature", quote(x, "The bridge is").method());
    }

    @Test
    void continuationInTheSameParagraph() {
        Extraction x = extract("“We will rebuild the bridge,” Governor Ana Ruiz said. “Nobody will be left without a road to work.”\n");
        assertEquals("Ana Ruiz", speaker(x, "Nobody will"));
        assertEquals("continuation", quote(x, "Nobody will").method());
    }

    @Test
    void continuationIntoTheNextParagraph() {
        Extraction x = extract("“We will rebuild the bridge,” Governor Ana Ruiz said.\n“Nobody will be left without a road to work.”\n");
        assertEquals("Ana Ruiz", speaker(x, "Nobody will"));
    }

    @Test
    void continuationFromTheNextQuoteOfTheParagraph() {
        Extraction x = extract("Governor Ana Ruiz visited the river on Monday.\n“The water is still rising.” “We will rebuild the bridge as soon as it falls,” Ruiz added.\n");
        assertEquals("Ana Ruiz", speaker(x, "The water"));
        assertEquals("continuation+next", quote(x, "The water").method());
    }

    @Test
    void noContinuationAcrossAnotherPersonNamed() {
        Extraction x = extract("“We will rebuild the bridge,” Governor Ana Ruiz said.\n"
                + "Senator Tom Berg, who voted against the budget, was at the river too.\n"
                + "“Nobody has told us where the money will come from.”\n");
        assertTrue(!"Ana Ruiz".equals(speaker(x, "Nobody has")));
    }

    @Test
    void pronounFollowsTheGenderTheArticleShows() {
        Extraction x = extract("Governor Ana Ruiz met Senator Tom Berg on Monday. She said the bridge would reopen. "
                + "Berg said he was not convinced.\nMs. Ruiz visited the river with Berg.\n"
                + "“We will rebuild it before the winter comes,” she said.\n");
        assertEquals("Ana Ruiz", speaker(x, "We will"));
        assertEquals("cue-after+pronoun", quote(x, "We will").method());
    }

    @Test
    void anOrganisationSpeaks() {
        Extraction x = extract("“The bridge will stay closed until the inspection ends,” the Transport Ministry said.\n");
        Quote q = quote(x, "The bridge");
        assertEquals(EntityType.ORGANIZATION, x.entity(q.speakerKey()).orElseThrow().type());
        assertEquals("cue-after+organisation", q.method());
    }

    @Test
    void aPlaceIsNeverTheSpeaker() {
        Extraction x = extract("“The bridge will stay closed until the inspection ends,” Portugal said on Monday.\n");
        Quote q = quote(x, "The bridge");
        if (q.speakerKey() != null) assertEquals(EntityType.ORGANIZATION, x.entity(q.speakerKey()).orElseThrow().type());
        assertTrue(x.entities().stream().anyMatch(e -> e.type() == EntityType.PLACE && e.name().equals("Portugal")),
                "the test needs Portugal found as a place");
    }

    @Test
    void aSourceDescribedByThePersonTheyServeStaysUnnamed() {
        Extraction x = extract("Governor Ana Ruiz left for the capital on Monday.\n\n"
                + "“She will not back down on the bridge,” said one Ruiz adviser.\n\n"
                + "“The money is already spent,” a senior Ruiz aide said.\n");
        assertNull(quote(x, "She will not").speakerKey());
        assertEquals("one Ruiz adviser", quote(x, "She will not").speakerDescription());
        assertNull(quote(x, "The money").speakerKey());
    }

    @Test
    void anUnnamedSourceKeepsItsDescription() {
        Extraction x = extract("“The bridge will stay closed until the inspection ends,” said a senior official at the ministry.\n");
        Quote q = quote(x, "The bridge");
        assertNull(q.speakerKey());
        assertEquals("a senior official at the ministry", q.speakerDescription());
    }

    @Test
    void headlineQuoteTakesTheSpeakerOfTheBodyQuoteLikeIt() {
        Extraction x = TestPipelines.extractWithRules("headline.txt", "‘We will rebuild the bridge’, governor vows\n\n"
                + "“We will rebuild the bridge before the winter comes,” Governor Ana Ruiz said on Monday.\n");
        assertEquals("Ana Ruiz", speaker(x, "We will rebuild the bridge"));
    }

    @Test
    void aQuestionEndsTheQuoteButNotTheAttribution() {
        Extraction x = extract("Governor Ana Ruiz met the engineers on Monday.\n\n"
                + "“Who signed off on the inspection of the old piers?” Ruiz asked. “Nobody, it seems.”\n");
        assertEquals("Ana Ruiz", speaker(x, "Who signed"));
        assertEquals("cue-after", quote(x, "Who signed").method());
    }

    @Test
    void theReportingClauseAtTheEndOfTheSentence() {
        Extraction x = extract("Governor Ana Ruiz met the engineers on Monday.\n\n"
                + "The province “had no choice but to close the old bridge for good” after the storm, Ruiz said.\n");
        assertEquals("Ana Ruiz", speaker(x, "had no choice"));
        assertEquals("cue-after+final-clause", quote(x, "had no choice").method());
    }

    @Test
    void theNameARelativeClauseHangsOn() {
        Extraction x = extract("The vote was a loss for Governor Ana Ruiz, who said she would “take a day off and then fight on.”\n");
        assertEquals("Ana Ruiz", speaker(x, "take a day"));
        assertEquals("cue-before+relative", quote(x, "take a day").method());
    }

    @Test
    void aNameThatModifiesTheSpeakerIsNotTheSpeaker() {
        Extraction x = extract("Governor Ana Ruiz and Tomas Berg met on Monday.\n\n"
                + "“The bridge will reopen in May,” Ruiz spokeswoman Marta Olsen told reporters.\n\n"
                + "Ruiz’s chief of staff, Pavel Novak, said in a statement: “The bridge will reopen in May.”\n\n"
                + "Tomas Berg, a lawyer for Oskar Lind, said: “We will appeal the ruling on the bridge.”\n");
        assertEquals("Marta Olsen", speaker(x, "The bridge will reopen in May,"));
        assertEquals("Pavel Novak", speaker(x, "The bridge will reopen in May."));
        assertEquals("Tomas Berg", speaker(x, "We will appeal"));
    }

    @Test
    void aPronounRefersToTheSubjectOfTheSentenceBefore() {
        Extraction x = extract("Governor Tomas Berg told Mayor Pavel Novak on Monday that the bridge would close.\n\n"
                + "“We will rebuild it before the winter comes,” he said.\n");
        assertEquals("Tomas Berg", speaker(x, "We will rebuild"));
        assertEquals("cue-after+pronoun", quote(x, "We will rebuild").method());
    }

    @Test
    void aTitleInAppositionBetweenTheNameAndTheCue() {
        Extraction x = extract("“We will rebuild the bridge before winter,” Ana Ruiz, the governor of the province, said on Monday.\n\n"
                + "“The inspection found no cracks in the deck,” Engineer of the Year, Tomas Berg, who led the survey, told reporters.\n");
        assertEquals("Ana Ruiz", speaker(x, "We will"));
        assertEquals("cue-after+apposition", quote(x, "We will").method());
        assertEquals("Tomas Berg", speaker(x, "The inspection"));
        Extraction y = extract("“Who signed off on the inspection of the piers?” Ana Ruiz, the governor of the province, asked on Monday.\n");
        assertEquals("Ana Ruiz", speaker(y, "Who signed"));
    }

    @Test
    void theNameBeforeAMiddleInitialIsNotCutOff() {
        Extraction x = extract("''The deck is sound and the piers are dry,'' said Tomas K. Berg, who led the survey.\n");
        assertEquals("Tomas K. Berg", speaker(x, "The deck"));
    }

    @Test
    void theSubjectOfTheSentenceSaysTheQuoteInsideIt() {
        Extraction x = extract("Governor Ana Ruiz arrived at the site on Monday.\n\n"
                + "Tomas Berg called the old bridge “a danger to everyone who crossed it” before the vote.\n");
        assertEquals("Tomas Berg", speaker(x, "a danger"));
        assertEquals("sentence-subject", quote(x, "a danger").method());
    }

    @Test
    void theOrderFileNamesEverySieveOnce() {
        SieveChainAttributor chain = SieveChainAttributor.standard();
        assertEquals(12, chain.names().size());
        assertEquals(chain.names().size(), chain.names().stream().distinct().count());
        assertThrows(IllegalArgumentException.class, () -> SieveChainAttributor.named(List.of("cue-after", "no-such-sieve")));
    }

    @Test
    void aQuotedParagraphAfterReportedSpeechIsTheReportersWords() {
        Extraction x = extract("Paramedics say the wait at the hospital is too long.\n\n"
                + "Transport Minister Marta Kovac says she has met the ferry crews twice this month.\n\n"
                + "“The ferries must run every hour, and they must run on time.”\n\n"
                + "“Nobody should wait six hours for a bed.”\n");
        assertEquals("Marta Kovac", speaker(x, "The ferries must"));
        assertEquals("reported-speech", quote(x, "The ferries must").method());
        assertEquals("Marta Kovac", speaker(x, "Nobody should"), "the quote runs on into the next paragraph");
    }

    @Test
    void reportedSpeechWithAPronounTakesThePersonItRefersTo() {
        Extraction x = extract("Council member Piet Olsen voted against the plan on Tuesday.\n\n"
                + "He said the city had not counted the cost of the new road.\n\n"
                + "“Nobody has shown me a single estimate for the bridge.”\n");
        assertEquals("Piet Olsen", speaker(x, "Nobody has"));
    }

    @Test
    void noReportedSpeakerWhenSomeoneElseIsNamedAfterTheReport() {
        Extraction x = extract("Mayor Ana Ruiz says the budget is sound.\n\n"
                + "The budget was drawn up by Tomas Berg, the city's treasurer, over the summer.\n\n"
                + "“Every figure in it was checked twice by the auditors.”\n");
        assertTrue(!"Ana Ruiz".equals(speaker(x, "Every figure")), "a person named after the report may be the one quoted");
    }

    @Test
    void aPronounGoesToTheSubjectTheArticleKeptTalkingAboutNotToAPersonNamedInPassing() {
        Extraction x = extract("Senator Ellen Brandt voted for the bill on Monday.\n\n"
                + "She said the bill, which was first drafted by her colleague Senator Ana Ruiz, would cut costs. "
                + "She praised the work of the committee.\n\n"
                + "“This is the bill our towns have been waiting for,” she said.\n");
        assertEquals("Ellen Brandt", speaker(x, "This is the bill"));
        assertEquals("cue-after+pronoun", quote(x, "This is the bill").method());
    }

    @Test
    void aPronounSkipsANameAfterAPreposition() {
        Extraction x = extract("Jorge Almeida, the head of the teachers' union, said the schools need repairs.\n\n"
                + "The union sent a letter to Governor Piet Olsen last week.\n\n"
                + "“Our buildings are older than our teachers,” he said.\n");
        assertEquals("Jorge Almeida", speaker(x, "Our buildings"));
    }

    @Test
    void storyLabelsAreNotSpeakersButTheQuotesUnderThemStillCount() {
        Extraction x = extract("The ferry strike ended on Monday.\n\n"
                + "READ MORE: Harbour talks stall as the strike enters its third week\n\n"
                + "ANALYSIS: The deal “gives the crews everything they asked for and more,” said Governor Ana Ruiz.\n");
        assertTrue(x.quotes().stream().noneMatch(q -> q.text().startsWith("Harbour talks")), "a story label names no speaker: " + x.quotes());
        assertEquals("Ana Ruiz", speaker(x, "gives the crews"));
    }

    @Test
    void interviewAnswersAreTheIntervieweesAndQuestionsAreNoStatements() {
        Extraction x = extract("We spoke with Mayor Ana Ruiz about the harbour. Ruiz has led the town since 2019.\n\n"
                + "Q: What will happen to the ferry route after the strike?\n\n"
                + "A: We will run the ferry every hour from the first of May.\n\n"
                + "Q: And the bridge that was closed last winter?\n\n"
                + "A: It opens again in June, after the repairs are finished.\n");
        assertEquals("Ana Ruiz", speaker(x, "We will run the ferry"));
        assertEquals("Ana Ruiz", speaker(x, "It opens again"));
        assertEquals("transcript-label+interviewee", quote(x, "It opens again").method());
        assertTrue(x.quotes().stream().noneMatch(q -> q.text().startsWith("What will happen")), "a question is no statement: " + x.quotes());
    }

    @Test
    void aGivenNameTellsThePronounsGenderWhenTheArticleDoesNot() {
        Extraction x = extract("Mary Kovac, the council's planner, presented the harbour plan on Monday. "
                + "Councillor Peter Sandvik asked about the cost.\n\n"
                + "“The plan pays for itself within ten years,” she said.\n");
        assertEquals("Mary Kovac", speaker(x, "The plan pays"));
    }

    @Test
    void aPhotographerCreditedInACaptionIsNoOneAPronounRefersTo() {
        Extraction x = TestPipelines.extract("c.txt", "Shelter opens\n\n"
                + "Volunteer Dennis Okafor has handed out blankets at the shelter since it opened in November.\n\n"
                + "Tents stand in the square beside the shelter. (Tomas Lindgren / Harbour Daily)\n\n"
                + "“We just need people to remember that everyone here has a name,” he said.\n");
        Quote q = quote(x, "We just need");
        assertEquals("Dennis Okafor", q.speakerKey() == null ? null : x.entity(q.speakerKey()).orElseThrow().name());
    }

    @Test
    void aTitleInQuoteMarksIsNoStatementWhateverItsCase() {
        Extraction x = TestPipelines.extract("t.txt", "Film news\n\nThe director said her new film, titled “when the river runs dry "
                + "and cold”, opens in May. Her book “a history of the harbour and its people” sold well.\n\n"
                + "“We shot the whole film in nine days on the river,” the director, Ana Ruiz, said.\n");
        assertEquals(List.of("We shot the whole film in nine days on the river,"), x.quotes().stream().map(Quote::text).toList());
    }
}
