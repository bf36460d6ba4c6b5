package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.PageLayout;
import org.newsgraph.link.KnowledgeBase;
import org.newsgraph.model.Candidate;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;

/** How mentions group into entities, on mentions placed by the test. */
class EntityResolverTest {
    private static Candidate person(String text, String name) {
        int at = text.indexOf(name);
        return new Candidate(new Mention(at, at + name.length(), name, EntityType.PERSON, "test", 0.9));
    }

    /** A candidate of {@code type} for {@code name} where the text first writes {@code context} (which begins with it). */
    private static Candidate candidate(String text, String context, String name, EntityType type) {
        int at = text.indexOf(context);
        return new Candidate(new Mention(at, at + name.length(), name, type, "test", type == EntityType.PERSON ? 0.9 : 0.6));
    }

    @Test
    void aSurnameJoinsTheFullNameItEndsRatherThanANearerNameItBegins() {
        String text = "Vote\n\nTomas Berg spoke on Monday. Later, at Berg Plaza, the crowd cheered when Berg arrived.\n";
        Article a = PageLayout.plainText("r.txt", text);
        Candidate surname = new Candidate(new Mention(text.lastIndexOf("Berg"), text.lastIndexOf("Berg") + 4, "Berg", EntityType.PERSON, "test", 0.9));
        List<Entity> es = new EntityResolver(new KnowledgeBase()).resolve(a, List.of(person(text, "Tomas Berg"), person(text, "Berg Plaza"), surname));
        Entity tomas = es.stream().filter(e -> e.name().equals("Tomas Berg")).findFirst().orElseThrow();
        assertEquals(2, tomas.mentions().size(), es.toString());
    }

    @Test
    void aTwoWordSurnameJoinsTheFullNameItEnds() {
        String text = "Vote\n\nAna Maria Ruiz Berg spoke on Monday. Later, Ruiz Berg left.\n";
        Article a = PageLayout.plainText("r.txt", text);
        Candidate tail = new Candidate(new Mention(text.lastIndexOf("Ruiz Berg"), text.lastIndexOf("Ruiz Berg") + 9, "Ruiz Berg", EntityType.PERSON, "test", 0.9));
        List<Entity> es = new EntityResolver(new KnowledgeBase()).resolve(a, List.of(person(text, "Ana Maria Ruiz Berg"), tail));
        assertEquals(1, es.size(), es.toString());
        assertEquals("Ana Maria Ruiz Berg", es.get(0).name());
    }

    @Test
    void aSurnameTakenForAnOrganisationAfterThePersonWasNamedIsThePerson() {
        String text = "Books\n\nThe writer Ada Marlow grew up by the sea. Marlow wrote three books about the harbour.\n";
        Article a = PageLayout.plainText("r.txt", text);
        int at = text.lastIndexOf("Marlow");
        Candidate org = new Candidate(new Mention(at, at + 6, "Marlow", EntityType.ORGANIZATION, "test", 0.6));
        List<Entity> es = new EntityResolver(new KnowledgeBase()).resolve(a, List.of(person(text, "Ada Marlow"), org));
        assertEquals(1, es.size(), es.toString());
        assertEquals(EntityType.PERSON, es.get(0).type());
        assertEquals(2, es.get(0).mentions().size());
        assertEquals(EntityType.PERSON, es.get(0).mentions().get(1).type());
    }

    @Test
    void aFullNameTakenForAnOrganisationWhoseSurnameTheArticleUsesForAPersonIsThatPerson() {
        String text = "Spam\n\nThe head of research at a security firm, Wendel Okoro, agreed. Okoro said the servers were the same.\n"
                + "Okoro Freight Bank later said nothing.\n";
        Article a = PageLayout.plainText("r.txt", text);
        Candidate org = candidate(text, "Wendel Okoro", "Wendel Okoro", EntityType.ORGANIZATION);
        Candidate company = candidate(text, "Okoro Freight Bank", "Okoro Freight Bank", EntityType.ORGANIZATION);
        Candidate surname = candidate(text, "Okoro said", "Okoro", EntityType.PERSON);
        List<Entity> es = new EntityResolver(new KnowledgeBase()).resolve(a, List.of(org, surname, company));
        Entity p = es.stream().filter(e -> e.name().equals("Wendel Okoro")).findFirst().orElseThrow();
        assertEquals(EntityType.PERSON, p.type(), es.toString());
        assertEquals(2, p.mentions().size(), "the surname joins the full name: " + es);
        Entity bankEntity = es.stream().filter(e -> e.name().equals("Okoro Freight Bank")).findFirst().orElseThrow();
        assertEquals(EntityType.ORGANIZATION, bankEntity.type(), "a name with an organisation's head word stays one");
    }

    @Test
    void aNameInCapitalsLabellingTranscriptLinesIsAPersonAndOneLabelIsNot() {
        String text = "Debate night\n\nHOSKINS: Will you cut the ferry fares?\nMs. Tarr: We will.\nHOSKINS: When?\n"
                + "UPDATE: The ferry runs at noon.\n";
        Article a = PageLayout.plainText("r.txt", text);
        List<Candidate> found = List.of(candidate(text, "HOSKINS", "HOSKINS", EntityType.ORGANIZATION),
                candidate(text, "UPDATE", "UPDATE", EntityType.ORGANIZATION));
        List<Entity> es = new EntityResolver(new KnowledgeBase()).resolve(a, found);
        assertEquals(EntityType.PERSON, es.stream().filter(e -> e.name().equals("HOSKINS")).findFirst().orElseThrow().type(),
                "the speaker of two transcript lines");
        assertEquals(EntityType.ORGANIZATION, es.stream().filter(e -> e.name().equals("UPDATE")).findFirst().orElseThrow().type(),
                "a label on one line is a story label, not a speaker");
    }

    @Test
    void anOrganisationNamedBeforeAnyoneOfThatSurnameStaysAnOrganisation() {
        String text = "Cars\n\nMarlow reported record sales. Later Ada Marlow, no relation, spoke.\n";
        Article a = PageLayout.plainText("r.txt", text);
        Candidate org = new Candidate(new Mention(text.indexOf("Marlow"), text.indexOf("Marlow") + 6, "Marlow", EntityType.ORGANIZATION, "test", 0.6));
        List<Entity> es = new EntityResolver(new KnowledgeBase()).resolve(a, List.of(org, person(text, "Ada Marlow")));
        assertEquals(2, es.size(), es.toString());
    }

    @Test
    void aSharedSurnameGoesToThePersonTheArticleIntroducedFirst() {
        String text = "Cakes\n\nDora Lindqvist bakes for the town. She came with her husband Anton Lindqvist. Lindqvist says she never measures.\n";
        Article a = PageLayout.plainText("r.txt", text);
        int at = text.lastIndexOf("Lindqvist");
        Candidate surname = new Candidate(new Mention(at, at + 9, "Lindqvist", EntityType.PERSON, "test", 0.9));
        List<Entity> es = new EntityResolver(new KnowledgeBase()).resolve(a, List.of(person(text, "Dora Lindqvist"), person(text, "Anton Lindqvist"), surname));
        Entity dora = es.stream().filter(e -> e.name().equals("Dora Lindqvist")).findFirst().orElseThrow();
        assertEquals(2, dora.mentions().size(), "the story's subject keeps the bare surname: " + es);
    }

    @Test
    void aNameTakenForAnOrganisationThatSaysHeIsAPerson() {
        String text = "Ferry fire\n\nOrrin Vasquez, a deckhand with Harbour Electronics, said he saw the smoke first. "
                + "Harbour Electronics said it would inspect the engines.\n";
        Article a = PageLayout.plainText("r.txt", text);
        int at = text.indexOf("Orrin Vasquez");
        int h = text.lastIndexOf("Harbour Electronics");
        List<Entity> es = new EntityResolver(new KnowledgeBase()).resolve(a, List.of(
                new Candidate(new Mention(at, at + 13, "Orrin Vasquez", EntityType.ORGANIZATION, "test", 0.6)),
                new Candidate(new Mention(h, h + 19, "Harbour Electronics", EntityType.ORGANIZATION, "test", 0.6))));
        assertEquals(EntityType.PERSON, es.stream().filter(e -> e.name().equals("Orrin Vasquez")).findFirst().orElseThrow().type());
        assertEquals(EntityType.ORGANIZATION, es.stream().filter(e -> e.name().equals("Harbour Electronics")).findFirst().orElseThrow().type(),
                "an organisation that speaks as 'it' stays one");
    }
}
