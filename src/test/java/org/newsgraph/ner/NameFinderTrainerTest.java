package org.newsgraph.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Candidate;
import org.newsgraph.model.EntityType;
import org.newsgraph.extract.StatisticalMentionFinder;
import org.newsgraph.link.KnowledgeBase;
import org.newsgraph.nlp.OpenNlpAnalyzer;
import org.newsgraph.ingest.PageLayout;

/** A tiny model, trained on sentences written here, finds names it was taught in sentences it never saw. */
class NameFinderTrainerTest {
    private static final String[] PEOPLE = {"Ana Lopez", "Tomas Brandt", "Mira Osei", "Jon Keller", "Lena Varga", "Omar Haddad"};
    private static final String[] PLACES = {"Harbin", "Lagos", "Quito", "Tromso", "Osaka", "Tunis"};

    @Test
    void aTrainedModelFindsTheKindsOfNameItWasTaught(@TempDir Path dir) throws Exception {
        StringBuilder bio = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            String person = PEOPLE[i % PEOPLE.length];
            String place = PLACES[(i * 5) % PLACES.length];
            String[] p = person.split(" ");
            bio.append(p[0]).append("\tB-PER\n").append(p[1]).append("\tI-PER\n");
            bio.append("arrived\tO\nin\tO\n").append(place).append("\tB-LOC\n");
            bio.append(i % 2 == 0 ? "on\tO\nMonday\tO\n" : "late\tO\n").append(".\tO\n\n");
            bio.append("The\tO\nvisit\tO\nwas\tO\nbrief\tO\n.\tO\n\n");
        }
        Path f = dir.resolve("taught.tsv");
        Files.writeString(f, bio);
        var r = new NameFinderTrainer(60, 0, "MAXENT").train(List.of(f), new KnowledgeBase());
        assertEquals(120, r.sentences());
        assertEquals(120, r.names());

        Path out = dir.resolve("tiny.bin");
        NameFinderTrainer.write(r.model(), out);
        var finder = new StatisticalMentionFinder(NameFinderModels.file(out));
        var at = new OpenNlpAnalyzer().analyze(PageLayout.plainText("t.txt", "Headline here\n\nMira Osei arrived in Quito on Monday.\n"));
        List<String> found = new ArrayList<>();
        for (Candidate c : finder.find(at)) found.add(c.type() + ":" + c.text());
        assertTrue(found.contains(EntityType.PERSON + ":Mira Osei"), found.toString());
        assertTrue(found.contains(EntityType.PLACE + ":Quito"), found.toString());
    }

    @Test
    void labelsBecomeSpansOfTheirType() {
        var s = BioCorpus.sample(List.of("Ana", "Lopez", "of", "Harbin", "Port", "Authority"),
                List.of("B-PER", "I-PER", "O", "B-ORG", "I-ORG", "I-ORG"), true);
        assertEquals(2, s.getNames().length);
        assertEquals("person", s.getNames()[0].getType());
        assertEquals(3, s.getNames()[1].getStart());
        assertEquals(6, s.getNames()[1].getEnd());
    }
}
