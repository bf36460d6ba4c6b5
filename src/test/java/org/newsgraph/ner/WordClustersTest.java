package org.newsgraph.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Word classes from unlabelled sentences written here: words used alike share a class, and learning is repeatable. */
class WordClustersTest {
    private static final String[] CITIES = {"Lagos", "Quito", "Harbin", "Tunis", "Osaka"};
    private static final String[] VERBS = {"said", "added", "noted", "argued"};
    private static final String[] PEOPLE = {"Osei", "Varga", "Haddad", "Keller"};

    private static List<String[]> sentences() {
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String city = CITIES[i % CITIES.length];
            String verb = VERBS[(i / 5) % VERBS.length];
            String person = PEOPLE[(i / 3) % PEOPLE.length];
            out.add(new String[] {"the", "mayor", "of", city, verb, "that", person, "would", "visit", "again", "."});
            out.add(new String[] {person, verb, "the", "port", "in", city, "was", "busy", "."});
        }
        return out;
    }

    @Test
    void wordsUsedAlikeShareAClass() {
        WordClusters c = WordClusters.learn(sentences(), 8, 2, 20);
        for (String city : CITIES) assertEquals(c.classOf("Lagos"), c.classOf(city), city);
        for (String verb : VERBS) assertEquals(c.classOf("said"), c.classOf(verb), verb);
        assertNotEquals(c.classOf("Lagos"), c.classOf("said"));
        assertEquals(c.classOf("lagos"), c.classOf("LAGOS"), "classes are of lower-cased words");
        assertEquals(-1, c.classOf("Nairobi"), "a word never seen has no class");
    }

    @Test
    void learningIsRepeatableAndSurvivesAModelFile() throws Exception {
        WordClusters a = WordClusters.learn(sentences(), 8, 2, 20);
        ByteArrayOutputStream x = new ByteArrayOutputStream();
        a.write(x);
        ByteArrayOutputStream y = new ByteArrayOutputStream();
        WordClusters.learn(sentences(), 8, 2, 20).write(y);
        assertEquals(x.toString(), y.toString());
        WordClusters back = WordClusters.read(new ByteArrayInputStream(x.toByteArray()));
        assertEquals(a.words(), back.words());
        assertEquals(a.classOf("Quito"), back.classOf("Quito"));
        assertEquals(8, back.classes());
    }
}
