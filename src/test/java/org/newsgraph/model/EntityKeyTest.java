package org.newsgraph.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityKeyTest {
    @Test
    void aKeyReadsBackAsWritten() {
        for (EntityKey k : List.of(EntityKey.named(EntityType.PERSON, "Ana Ruiz"), EntityKey.wikidata(EntityType.PLACE, "Q17"),
                EntityKey.treaty(List.of("Q17", "Q30"), "security"), EntityKey.named(EntityType.TREATY, "Paris Agreement"))) {
            assertEquals(k, EntityKey.parse(k.toString()));
        }
        assertEquals("Person:ana ruiz", EntityKey.named(EntityType.PERSON, "Ana  Ruiz").toString());
        assertEquals(List.of("Q17", "Q30"), EntityKey.parse("Treaty:Q17+Q30:security").treatyParties());
        assertEquals("security", EntityKey.parse("Treaty:Q17+Q30:security").treatyTopic());
    }

    @Test
    void whatIsNoKeyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> EntityKey.parse("ana ruiz"));
        assertThrows(IllegalArgumentException.class, () -> EntityKey.parse("Planet:Mars"));
        assertThrows(IllegalArgumentException.class, () -> EntityKey.wikidata(EntityType.PLACE, "Tokyo"));
    }
}
