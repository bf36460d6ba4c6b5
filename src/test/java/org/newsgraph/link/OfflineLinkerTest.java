package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Link;

class OfflineLinkerTest {
    private final KnowledgeBase kb = KnowledgeBase.bundled();
    private final OfflineLinker linker = new OfflineLinker(kb);

    private static Entity entity(EntityType t, String... labels) {
        return new Entity(t.label() + ":" + labels[0].toLowerCase(), t, labels[0], List.of(labels), List.of(), List.of(), null);
    }

    @Test
    void bundledKnowledgeBaseLoadsWithItsCountriesAndPeople() {
        assertTrue(kb.size() > 2500, "entities: " + kb.size());
        assertEquals(EntityType.PERSON, kb.get("Q22686").orElseThrow().type());
        assertEquals(EntityType.PLACE, kb.get("Q17").orElseThrow().type());
    }

    @Test
    void fullNameOfAKnownPersonIsLinked() {
        Optional<Link> l = linker.link(entity(EntityType.PERSON, "Elizabeth Warren", "Warren"), List.of());
        assertEquals("Q434706", l.orElseThrow().qid());
        assertTrue(l.get().score() > 0 && !l.get().evidence().isBlank());
    }

    @Test
    void surnameAloneIsNeverLinked() {
        assertTrue(linker.link(entity(EntityType.PERSON, "Pelosi"), List.of()).isEmpty());
    }

    @Test
    void unknownPersonWhoSharesASurnameWithAKnownOneIsNotLinked() {
        // the knowledge base has Shinzo Abe and Tomoko Abe; a third Abe is nobody's
        assertTrue(linker.link(entity(EntityType.PERSON, "Kenji Abe", "Abe"), List.of()).isEmpty());
    }

    @Test
    void aPersonIsNeverLinkedToAPlace() {
        assertTrue(linker.link(entity(EntityType.PERSON, "Georgia Jordan"), List.of()).isEmpty());
        assertTrue(linker.link(entity(EntityType.ORGANIZATION, "Japan"), List.of()).isEmpty());
    }

    @Test
    void shortNamesOfCountriesAreKnown() {
        assertEquals("Q30", linker.link(entity(EntityType.PLACE, "U.S."), List.of()).orElseThrow().qid());
        assertEquals("United States", kb.get("Q30").orElseThrow().label());
    }

    @Test
    void aNameSharedByACapitalAndAStateMeansTheCapital() {
        assertEquals("Q61", linker.link(entity(EntityType.PLACE, "Washington"), List.of()).orElseThrow().qid());
    }
}
