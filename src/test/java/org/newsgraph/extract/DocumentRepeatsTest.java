package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.PageLayout;
import org.newsgraph.model.Candidate;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;

/** A name found once is found where the article writes it again, alone; nowhere else. */
class DocumentRepeatsTest {
    private static final String TEXT = "Harbour talks resume\n\n"
            + "Mira Osei met the Velmar Port Authority on Monday. Osei said the talks went well.\n\n"
            + "Later, Osei and the Port Authority of Velmar met again. The Osei Foundation paid. Osei's aide left.\n";

    private static Candidate at(String text, String name, EntityType type, double confidence) {
        int i = text.indexOf(name);
        return new Candidate(new Mention(i, i + name.length(), name, type, "name-model", confidence));
    }

    @Test
    void aNameFoundOnceIsFoundWhereverItStandsAlone() {
        Article a = PageLayout.plainText("t.txt", TEXT);
        String text = a.text();
        int i = text.indexOf("Osei said");
        List<Candidate> found = List.of(at(text, "Mira Osei", EntityType.PERSON, 0.9),
                new Candidate(new Mention(i, i + 4, "Osei", EntityType.PERSON, "name-model", 0.9)));
        List<Candidate> out = new DocumentRepeats(0.5, 0.7).extend(a, found);
        List<Integer> repeated = out.stream().filter(c -> c.mention().method().equals(DocumentRepeats.METHOD))
                .map(c -> c.mention().start()).toList();
        int later = text.indexOf("Osei and");
        int possessive = text.indexOf("Osei's");
        assertEquals(List.of(later, possessive), repeated, "\"Osei\" alone twice; not inside \"The Osei Foundation\"");
        assertTrue(out.stream().allMatch(c -> c.type() == EntityType.PERSON));
    }

    @Test
    void aNameWithTwoTypesOrTooLittleConfidenceIsNotRepeated() {
        Article a = PageLayout.plainText("t.txt", TEXT);
        String text = a.text();
        int first = text.indexOf("Osei said");
        int second = text.indexOf("Osei and");
        List<Candidate> twoTypes = List.of(
                new Candidate(new Mention(first, first + 4, "Osei", EntityType.PERSON, "name-model", 0.9)),
                new Candidate(new Mention(second, second + 4, "Osei", EntityType.ORGANIZATION, "name-model", 0.9)));
        assertEquals(twoTypes, new DocumentRepeats(0.5, 0.7).extend(a, twoTypes));
        List<Candidate> unsure = List.of(new Candidate(new Mention(first, first + 4, "Osei", EntityType.PERSON, "name-model", 0.3)));
        assertEquals(unsure, new DocumentRepeats(0.5, 0.7).extend(a, unsure));
        assertFalse(DocumentRepeats.standsAlone("the Osei Foundation", 4, 8));
    }

    @Test
    void aSurnameThatSpeaksIsThePersonEvenAnOrdinaryWord() {
        String t = "Ferry timetable\n\nMarit Young of the ferry board spoke on Monday.\n\n"
                + "Young said the boats were full. The young crews cheered. Young deckhands were hired.\n";
        Article a = PageLayout.plainText("g.txt", t);
        String text = a.text();
        List<Candidate> out = new DocumentRepeats(0.5, 0.7).extend(a, List.of(at(text, "Marit Young", EntityType.PERSON, 0.9)));
        List<Integer> repeated = out.stream().filter(c -> c.mention().method().equals(DocumentRepeats.METHOD))
                .map(c -> c.mention().start()).toList();
        assertEquals(List.of(text.indexOf("Young said")), repeated, "only the surname next to a speech verb");
    }

    @Test
    void aPersonFoundByTheSurnameIsFoundInFullWhereTheGivenNameStandsBeforeIt() {
        String text = "Ferry\n\nTalvi Rennick runs the night ferry. Minister Rennick praised her. Later, Ms. Rennick spoke."
                + " Bright Rennick lights lit the bright deck.\n\nRennick said the crossing was calm.\n";
        Article a = PageLayout.plainText("t.txt", text);
        int i = text.indexOf("Rennick said");
        List<Candidate> found = List.of(new Candidate(new Mention(i, i + 7, "Rennick", EntityType.PERSON, "name-model", 0.9)));
        List<String> full = new DocumentRepeats(0.5, 0.7).extend(a, found).stream()
                .map(Candidate::text).filter(t -> t.contains(" ")).toList();
        assertEquals(List.of("Talvi Rennick"), full,
                "a title, an honorific and a word the article also writes in lower case are not given names");
    }
}
