package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Link;
import org.newsgraph.model.Role;

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
    void aCuratedItemWinsOverBroadNamesakesAndTwoBroadOnesAreNoLink() {
        KnowledgeBase small = new KnowledgeBase();
        small.add(new KbEntity("Q101", "Velmar", List.of(), "country in a test", EntityType.PLACE, List.of(), List.of()));
        small.add(new KbEntity("Q103", "Ostland", List.of(), "country in a test", EntityType.PLACE, List.of(), List.of()));
        small.addBroad(new KbEntity("Q102", "Velmar", List.of(), "province of Ostland", EntityType.PLACE, List.of("Q103"), List.of()));
        small.addBroad(new KbEntity("Q201", "Ana Ruiz", List.of(), "footballer", EntityType.PERSON, List.of("Q103"), List.of()));
        small.addBroad(new KbEntity("Q202", "Ana Ruiz", List.of(), "politician", EntityType.PERSON, List.of("Q103"), List.of()));
        small.addBroad(new KbEntity("Q101", "Velmar Republic", List.of(), "a broad record of a curated item", EntityType.PLACE, List.of(), List.of()));
        OfflineLinker l = new OfflineLinker(small);
        Entity ostland = entity(EntityType.PLACE, "Ostland");
        assertEquals("Q101", l.link(entity(EntityType.PLACE, "Velmar"), List.of(ostland)).orElseThrow().qid(),
                "the broad province has its country named, but the curated namesake is the one the news means");
        assertTrue(l.link(entity(EntityType.PERSON, "Ana Ruiz"), List.of(ostland)).isEmpty(), "two broad namesakes: a tie is no link");
        assertEquals("Velmar", small.get("Q101").orElseThrow().label(), "the curated record of an item is kept");
        assertTrue(small.isBroad("Q102") && !small.isBroad("Q101"));
    }

    @Test
    void theBroadSliceLinksWhatTheCuratedBaseDoesNotKnowWhenTheArticleSupportsIt() {
        KnowledgeBase broad = kb.withBroadSlice();
        assertTrue(broad.size() > 90_000, "items: " + broad.size());
        assertTrue(kb.size() < 5_000, "the curated base is unchanged: " + kb.size());
        // a person only the broad slice knows, with a country the curated base knows
        KbEntity only = broad.entities().stream().filter(e -> broad.isBroad(e.qid()) && e.type() == EntityType.PERSON
                && e.label().split(" ").length == 2 && broad.lookup(e.label()).size() == 1
                && !e.countries().isEmpty() && kb.get(e.countries().get(0)).isPresent()).findFirst().orElseThrow();
        Entity country = entity(EntityType.PLACE, kb.get(only.countries().get(0)).orElseThrow().label());
        OfflineLinker withBroad = new OfflineLinker(broad);
        assertEquals(only.qid(), withBroad.link(entity(EntityType.PERSON, only.label()), List.of(country)).orElseThrow().qid());
        assertTrue(withBroad.link(entity(EntityType.PERSON, only.label()), List.of()).isEmpty(), "a name alone is not enough");
        assertTrue(new OfflineLinker(kb).link(entity(EntityType.PERSON, only.label()), List.of(country)).isEmpty());
        // a name the curated base holds still means its item
        assertEquals("Q22686", withBroad.link(entity(EntityType.PERSON, "Donald Trump"), List.of()).orElseThrow().qid());
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

    @Test
    void middleInitialsAndSuffixesInTheTextStillFindThePerson() {
        assertEquals("Q22686", linker.link(entity(EntityType.PERSON, "Donald J. Trump"), List.of()).orElseThrow().qid());
        assertEquals("Q1240224", linker.link(entity(EntityType.PERSON, "Donald M. Payne Jr."), List.of()).orElseThrow().qid());
    }

    @Test
    void aDifferentMiddleInitialIsAnotherPerson() {
        // the knowledge base has Adam B. Schiff
        assertEquals("Q350843", linker.link(entity(EntityType.PERSON, "Adam Schiff"), List.of()).orElseThrow().qid());
        assertTrue(linker.link(entity(EntityType.PERSON, "Adam C. Schiff"), List.of()).isEmpty());
    }

    @Test
    void namesWrittenWithoutAccentsOrHyphensAreFound() {
        assertEquals("Q517649", linker.link(entity(EntityType.PERSON, "Andre Carson"), List.of()).orElseThrow().qid());
        assertEquals("Q9212", linker.link(entity(EntityType.ORGANIZATION, "U.S. Army"), List.of()).orElseThrow().qid());
    }

    private static KbEntity person(String qid, String name, String description, List<String> parties) {
        return new KbEntity(qid, name, List.of(), description, EntityType.PERSON, List.of(), parties);
    }

    @Test
    void theStatedRoleTellsApartTwoPeopleOfTheSameName() {
        KnowledgeBase two = new KnowledgeBase();
        two.add(person("Q101", "John Smith", "Governor of Ohio (2019-)", List.of()));
        two.add(person("Q102", "John Smith", "Bishop of Leeds", List.of()));
        OfflineLinker l = new OfflineLinker(two);
        Entity governor = new Entity("person:john smith", EntityType.PERSON, "John Smith", List.of("John Smith"),
                List.of(new Role("Ohio Governor", false)), List.of(), null);
        assertEquals("Q101", l.link(governor, List.of()).orElseThrow().qid());
        assertTrue(l.link(entity(EntityType.PERSON, "John Smith"), List.of()).isEmpty(), "no role, no way to choose");
    }

    @Test
    void thePartyTheArticleNamesTellsApartTwoPeopleOfTheSameName() {
        KnowledgeBase two = new KnowledgeBase();
        two.add(person("Q201", "Jane Doe", "politician", List.of("Q9")));
        two.add(person("Q202", "Jane Doe", "politician", List.of("Q8")));
        two.add(new KbEntity("Q9", "Green Party", List.of(), "political party", EntityType.ORGANIZATION, List.of(), List.of()));
        OfflineLinker l = new OfflineLinker(two);
        assertEquals("Q201", l.link(entity(EntityType.PERSON, "Jane Doe"), List.of(entity(EntityType.ORGANIZATION, "Green Party")))
                .orElseThrow().qid());
    }
}
