package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.PageLayout;
import org.newsgraph.model.Candidate;
import org.newsgraph.model.EntityType;
import org.newsgraph.ner.NameFinderModels;
import org.newsgraph.nlp.OpenNlpAnalyzer;

/** The shipped name model on sentences written for the test. */
class StatisticalMentionFinderTest {
    /** The persons the shipped model finds in a text written for the test. */
    private static List<String> persons(String text) {
        Article a = PageLayout.plainText("t.txt", text);
        List<Candidate> found = new StatisticalMentionFinder(NameFinderModels.shipped()).find(new OpenNlpAnalyzer().analyze(a));
        return found.stream().filter(c -> c.type() == EntityType.PERSON).map(c -> c.mention().text()).toList();
    }

    @Test
    void aTitleBeforeANameIsNotPartOfThePerson() {
        List<String> persons = persons("Bridge vote\n\n“We should debate it first,” said Sen. Tomas Berg of Vermont. "
                + "The spokesman, Navy Capt. Ana Ruiz, declined to comment. Gov. Marta Olsen signed the bill.\n");
        assertEquals(List.of("Tomas Berg", "Ana Ruiz", "Marta Olsen"), persons);
    }

    @Test
    void aHyphenatedSurnameIsOneName() {
        List<String> persons = persons("Bridge vote\n\nCarlos Lopez-Cantera voted for the bridge. “No government is ever going to get it perfect,” Lopez-Cantera said.\n");
        assertTrue(persons.stream().noneMatch(p -> p.equals("Lopez") || p.equals("Cantera")), persons.toString());
    }

    @Test
    void aWordThatOpensTheSentenceAndAPartyTagAreNotPersons() {
        List<String> persons = persons("Bridge vote\n\nYet Berg voted for the bridge. Rep. Ana Ruiz (D-N.Y.) voted against it. "
                + "Marta Olsen, an analyst at Kovac Bridge Engineering Consulting, said the vote was close.\n");
        assertTrue(persons.containsAll(List.of("Ana Ruiz", "Marta Olsen")), persons.toString());
        assertTrue(persons.stream().noneMatch(p -> p.startsWith("Yet") || p.startsWith("D-") || p.endsWith("Consulting")), persons.toString());
    }
}
