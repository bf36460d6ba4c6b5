package org.newsgraph.extract;

import org.newsgraph.model.Mention;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Role;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestPipelines;

/** Each construction of news writing the rule-based finder must handle, in sentences written for the test. */
class EntityRecognitionTest {

    private static Extraction extract(String text) {
        return TestPipelines.extractWithRules("t.txt", text);
    }

    private static Optional<Entity> named(Extraction x, EntityType t, String name) {
        return x.entities().stream().filter(e -> e.type() == t && (e.name().equals(name) || e.labels().contains(name))).findFirst();
    }

    private static Entity person(Extraction x, String name) {
        return named(x, EntityType.PERSON, name).orElseThrow(() -> new AssertionError("no person " + name + " in " + names(x)));
    }

    private static List<String> names(Extraction x) {
        return x.entities().stream().map(e -> e.type() + ":" + e.name()).toList();
    }

    @Test
    void aBracketedPartyTagEndsTheName() {
        Extraction x = extract("Sen. Mara Delgado (D-Vt.) voted against the bill on Tuesday.\n");
        person(x, "Mara Delgado");
        assertTrue(names(x).stream().noneMatch(n -> n.contains("(") || n.contains("Vt")), names(x).toString());
    }

    @Test
    void titleBeforeNameIsARoleAndNotPartOfTheName() {
        Extraction x = extract("Finance Minister Mara Delgado presented the budget on Tuesday.\n");
        Entity p = person(x, "Mara Delgado");
        assertEquals("Finance Minister", p.roles().get(0).name());
        assertFalse(named(x, EntityType.PERSON, "Finance Minister Mara Delgado").isPresent());
    }

    @Test
    void nationalityBeforeTitleStaysOutOfTheName() {
        Extraction x = extract("The visit was announced by Japanese Foreign Minister Kenta Arai in Tokyo.\n");
        Entity p = person(x, "Kenta Arai");
        assertEquals("Japanese Foreign Minister", p.roles().get(0).name());
        assertTrue(named(x, EntityType.PLACE, "Tokyo").isPresent());
    }

    @Test
    void thenBeforeATitleMarksAFormerRole() {
        Extraction x = extract("In 2010, then Prime Minister Lars Berglund signed the accord.\n");
        Entity p = person(x, "Lars Berglund");
        assertTrue(p.roles().get(0).former());
    }

    @Test
    void appositionAfterANameStatesTheRole() {
        Extraction x = extract("Dana Whitfield, the company's chief financial officer, declined to comment.\n");
        Entity p = person(x, "Dana Whitfield");
        assertTrue(p.roles().get(0).name().contains("chief financial officer"));
    }

    @Test
    void appositionBeforeANameStatesTheRole() {
        Extraction x = extract("The city's chief planning officer, Mara Delgado, presented the plan.\n");
        assertEquals("city's chief planning officer", person(x, "Mara Delgado").roles().get(0).name());
    }

    @Test
    void formerInAnAppositionMarksAPastRole() {
        Extraction x = extract("Lars Berglund, the former prime minister, attended the funeral.\n");
        Role r = person(x, "Lars Berglund").roles().get(0);
        assertEquals("prime minister", r.name());
        assertTrue(r.former());
    }

    @Test
    void nameParticlesStayInsideTheName() {
        Extraction x = extract("The plan was backed by Commissioner Anna van der Berg and Luis de Souza.\n");
        assertNotNull(person(x, "Anna van der Berg"));
        assertNotNull(person(x, "Luis de Souza"));
    }

    @Test
    void organisationNamedInATitleIsAnOrganisation() {
        Extraction x = extract("Central Bank Governor Ivo Marek raised rates.\n");
        assertEquals("Central Bank Governor", person(x, "Ivo Marek").roles().get(0).name());
        assertTrue(named(x, EntityType.ORGANIZATION, "Central Bank").isPresent(), names(x).toString());
    }

    @Test
    void surnameAndFullNameAreOnePerson() {
        Extraction x = extract("Senator Rosa Ibarra opened the hearing.\nIbarra later left the room. Critics said Ibarra was tired.\n");
        Entity p = person(x, "Rosa Ibarra");
        assertEquals(3, p.mentions().size());
        assertEquals(1, x.entities().stream().filter(e -> e.type() == EntityType.PERSON).count());
    }

    @Test
    void twoPeopleWithOneSurnameAreNotMerged() {
        Extraction x = extract("Tom Keller met his cousin Anna Keller in Berlin.\nAnna Keller spoke first.\n");
        Entity tom = person(x, "Tom Keller");
        Entity anna = person(x, "Anna Keller");
        assertNotNull(tom);
        assertNotNull(anna);
        assertNotEquals(tom.key(), anna.key());
        assertEquals(2, x.entities().stream().filter(e -> e.type() == EntityType.PERSON).count(), names(x).toString());
        assertEquals(2, anna.mentions().size());
    }

    @Test
    void organisationsByTheirHeadNouns() {
        Extraction x = extract("The Foreign Ministry and the Coast Guard responded, and the Budget Committee of the Senate met.\n");
        assertTrue(named(x, EntityType.ORGANIZATION, "Foreign Ministry").isPresent(), names(x).toString());
        assertTrue(named(x, EntityType.ORGANIZATION, "Coast Guard").isPresent(), names(x).toString());
    }

    @Test
    void acronymJoinsTheNameItAbbreviates() {
        Extraction x = extract("The Maritime Rescue Agency said its ships were ready. MRA crews left at dawn.\n");
        Entity org = named(x, EntityType.ORGANIZATION, "Maritime Rescue Agency").orElseThrow();
        assertTrue(org.labels().contains("MRA"), org.labels().toString());
    }

    @Test
    void placesFromTheKnowledgeBaseAndFromPlaceNouns() {
        Extraction x = extract("Crews worked in the Harlow district of Canberra and in Paris.\n");
        assertTrue(named(x, EntityType.PLACE, "Harlow").isPresent(), names(x).toString());
        assertTrue(named(x, EntityType.PLACE, "Canberra").isPresent());
        assertTrue(named(x, EntityType.PLACE, "Paris").isPresent());
    }

    @Test
    void datelineInCapitalsIsAPlace() {
        Extraction x = extract("BERLIN — The talks resumed on Monday.\n");
        assertTrue(named(x, EntityType.PLACE, "Berlin").isPresent(), names(x).toString());
    }

    @Test
    void treatyUnderItsNamesAndTheTreatyAreOneEntity() {
        Extraction x = extract("France and Germany renewed the France-Germany Friendship Treaty. "
                + "Officials praised the Germany-France friendship treaty on Monday. The treaty was signed in 1963.\n");
        List<Entity> treaties = x.entities().stream().filter(e -> e.type() == EntityType.TREATY).toList();
        assertEquals(1, treaties.size(), treaties.toString());
        assertEquals(3, treaties.get(0).mentions().size());
    }

    @Test
    void sameTreatyGetsOneKeyAcrossArticles() {
        Extraction a = extract("Both sides praised the Australia-Japan Trade Agreement.\n");
        Extraction b = extract("Exporters welcomed the Japan-Australia trade agreement.\n");
        assertEquals(a.entities().stream().filter(e -> e.type() == EntityType.TREATY).findFirst().orElseThrow().key(),
                b.entities().stream().filter(e -> e.type() == EntityType.TREATY).findFirst().orElseThrow().key());
    }

    @Test
    void headlineCapitalsDoNotMakeNames() {
        Extraction x = extract("Farmers Angry Over New Tariffs\n\nFarmers protested in Paris on Monday.\n");
        assertTrue(x.entities().stream().noneMatch(e -> e.name().contains("Farmers") || e.name().contains("Tariffs")), names(x).toString());
    }

    @Test
    void boilerplateYieldsNoEntities() {
        Extraction x = extract("Storm Hits Coast\n\nThe storm hit the coast of Canberra.\nMOST READ\n-\nMayor Hana Petrova Opens Bridge in Lyon\n");
        assertTrue(named(x, EntityType.PERSON, "Hana Petrova").isEmpty());
    }

    @Test
    void everyMentionRecordsHowItWasFound() {
        Extraction x = extract("Finance Minister Mara Delgado spoke in Paris.\n");
        for (Entity e : x.entities()) {
            for (Mention m : e.mentions()) {
                assertFalse(m.method().isBlank());
                assertTrue(m.confidence() > 0 && m.confidence() <= 1);
            }
        }
        assertNull(person(x, "Mara Delgado").link());
    }

    @Test
    void placesNamedInTheHeadlinesOfARelatedArticleListAreEntitiesButNothingThereIsQuoted() {
        Extraction x = extract("Port Strike Ends\n\nDock workers in Rotterdam went back to work on Monday, the union said.\n"
                + "Related articles\n-\nPeru Signs \u201cHistoric Deal\u201d With Canada, Minister Says\n-\nTen Tips for Your Garden This Spring\n");
        assertTrue(named(x, EntityType.PLACE, "Peru").isPresent(), names(x).toString());
        assertTrue(named(x, EntityType.PLACE, "Canada").isPresent(), names(x).toString());
        assertFalse(named(x, EntityType.PLACE, "Spring").isPresent() || named(x, EntityType.ORGANIZATION, "Garden").isPresent(), names(x).toString());
        assertTrue(x.quotes().stream().noneMatch(q -> q.text().contains("Historic")), x.quotes().toString());
    }
}
