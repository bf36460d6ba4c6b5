package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.ingest.PageLayout;
import org.newsgraph.link.KbEntity;
import org.newsgraph.link.KnowledgeBase;
import org.newsgraph.model.Candidate;
import org.newsgraph.model.EntityType;
import org.newsgraph.nlp.OpenNlpAnalyzer;

/** The place of a dateline, on articles written for the test, with a knowledge base the test writes. */
class DatelineFinderTest {
    private static final KnowledgeBase KB = new KnowledgeBase();

    static {
        KB.add(new KbEntity("Q900101", "Port Velmar", List.of(), "city", EntityType.PLACE, List.of(), List.of()));
        KB.add(new KbEntity("Q900102", "Velmar Alliance", List.of("VELA"), "alliance", EntityType.ORGANIZATION, List.of(), List.of()));
    }

    private static List<String> places(String text) {
        List<Candidate> found = new DatelineFinder(KB, 0.9).find(new OpenNlpAnalyzer().analyze(PageLayout.plainText("t.txt", text)));
        found.forEach(c -> assertEquals(EntityType.PLACE, c.type()));
        found.forEach(c -> assertEquals(DatelineFinder.METHOD, c.mention().method()));
        return found.stream().map(Candidate::text).toList();
    }

    @Test
    void theCityInCapitalsBeforeTheDashIsAPlace() {
        assertEquals(List.of("KORVIK"), places("Bridge vote\n\nKORVIK – The council voted on the bridge on Monday.\n"));
        assertEquals(List.of("PORT VELMAR"), places("Bridge vote\n\nPORT VELMAR — The council voted on the bridge.\n"));
        assertEquals(List.of("ST. ANSEL"), places("Bridge vote\n\nST. ANSEL, Ont. (Wire) - The council voted on the bridge.\n"));
        assertEquals(List.of("KORVIK"), places("Bridge vote\n\nKORVIK, May 13 (Wire) — The council voted on the bridge.\n"));
    }

    @Test
    void labelsOutletsAndKnownOrganisationsAreNoDateline() {
        assertEquals(List.of(), places("Bridge vote\n\nBREAKING – The council voted on the bridge.\n"));
        assertEquals(List.of(), places("Bridge vote\n\nMORNING KORVIK – The council voted on the bridge.\n"), "two unknown words: an outlet's name");
        assertEquals(List.of(), places("Bridge vote\n\nVELA – the alliance met on Monday.\n"), "known as an organisation");
    }

    @Test
    void onlyTheOpeningParagraphsHaveADateline() {
        assertEquals(List.of(), places("Bridge vote\n\nThe council met.\n\nIt voted.\n\nIt adjourned.\n\nKORVIK – The end.\n"));
        assertEquals(List.of(), places("Bridge vote\n\nThe council met in KORVIK – and voted.\n"));
    }
}
