package org.newsgraph.extract;

import org.newsgraph.model.Mention;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Role;
import org.newsgraph.model.Candidate;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MentionMergerTest {
    private static Candidate c(int start, String text, EntityType type, String method, double conf) {
        return new Candidate(new Mention(start, start + text.length(), text, type, method, conf));
    }

    @Test
    void theFirstFinderWinsAnOverlap() {
        List<Candidate> model = List.of(c(0, "Ana Lopez", EntityType.PERSON, "model", 0.7));
        List<Candidate> rules = List.of(c(0, "Ana Lopez Foundation", EntityType.ORGANIZATION, "rule", 0.9));
        List<Candidate> merged = new MentionMerger(2, 0).merge(List.of(model, rules));
        assertEquals(1, merged.size());
        assertEquals("Ana Lopez", merged.get(0).text());
    }

    @Test
    void aLaterFinderFillsTheGaps() {
        List<Candidate> model = List.of(c(0, "Ana Lopez", EntityType.PERSON, "model", 0.7));
        List<Candidate> rules = List.of(c(20, "Harbour Treaty", EntityType.TREATY, "rule", 0.9));
        List<Candidate> merged = new MentionMerger(2, 0).merge(List.of(model, rules));
        assertEquals(List.of("Ana Lopez", "Harbour Treaty"), merged.stream().map(Candidate::text).toList());
    }

    @Test
    void theRoleOfTheSameSpanIsKept() {
        List<Candidate> model = List.of(c(6, "Ana Lopez", EntityType.PERSON, "model", 0.7));
        Candidate ruled = new Candidate(new Mention(6, 15, "Ana Lopez", EntityType.PERSON, "title-before-name", 0.9),
                new Role("Mayor", false), false);
        List<Candidate> merged = new MentionMerger(2, 0).merge(List.of(model, List.of(ruled)));
        assertEquals(1, merged.size());
        assertEquals("model", merged.get(0).mention().method());
        assertEquals(new Role("Mayor", false), merged.get(0).role());
    }

    @Test
    void aMuchMoreConfidentLaterMentionReplacesAnOverlap() {
        List<Candidate> model = List.of(c(0, "Ana Lopez", EntityType.PERSON, "model", 0.5));
        List<Candidate> rules = List.of(c(0, "Ana Lopez Foundation", EntityType.ORGANIZATION, "rule", 0.95));
        assertEquals("Ana Lopez Foundation", new MentionMerger(0.3, 0).merge(List.of(model, rules)).get(0).text());
        assertEquals("Ana Lopez", new MentionMerger(0.5, 0).merge(List.of(model, rules)).get(0).text());
    }

    @Test
    void mentionsOfOneFinderNeverOverlapAfterMerging() {
        List<Candidate> rules = List.of(c(0, "Port Authority", EntityType.ORGANIZATION, "rule", 0.8),
                c(5, "Authority", EntityType.ORGANIZATION, "rule", 0.8));
        assertEquals(1, new MentionMerger(2, 0).merge(List.of(rules)).size());
    }

    @Test
    void aLaterFindersUnsureMentionInAGapIsDropped() {
        List<Candidate> model = List.of(c(0, "Ana Lopez", EntityType.PERSON, "model", 0.4));
        List<Candidate> rules = List.of(c(20, "Harbour Treaty", EntityType.TREATY, "rule", 0.9),
                c(40, "Lopez", EntityType.PERSON, "rule", 0.3));
        List<Candidate> merged = new MentionMerger(2, 0.8).merge(List.of(model, rules));
        assertEquals(List.of("Ana Lopez", "Harbour Treaty"), merged.stream().map(Candidate::text).toList());
    }

    @Test
    void aMentionOfATypeTheFirstFinderCannotFindWinsTheOverlap() {
        List<Candidate> model = List.of(c(4, "Harbour Treaty", EntityType.ORGANIZATION, "model", 0.9));
        List<Candidate> rules = List.of(c(0, "the Harbour Treaty", EntityType.TREATY, "rule", 0.85));
        var types = List.of(java.util.EnumSet.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE),
                java.util.EnumSet.allOf(EntityType.class));
        List<Candidate> merged = new MentionMerger(2, 0.8).merge(List.of(model, rules), List.copyOf(types));
        assertEquals(1, merged.size());
        assertEquals(EntityType.TREATY, merged.get(0).type());
    }
}
