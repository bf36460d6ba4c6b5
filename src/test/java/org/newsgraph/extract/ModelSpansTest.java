package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.ModelSpans.Piece;
import org.newsgraph.model.EntityType;

/** How a name model's span is repaired, on the model's words as the finder gives them. */
class ModelSpansTest {
    private static List<Piece> repair(EntityType type, String... words) {
        return ModelSpans.repair(words, 0, words.length, type);
    }

    @Test
    void aTitleIsCutFromAPerson() {
        assertEquals(List.of(new Piece(1, 3, EntityType.PERSON)), repair(EntityType.PERSON, "Gov.", "Ana", "Ruiz"));
        assertEquals(List.of(new Piece(3, 5, EntityType.PERSON)), repair(EntityType.PERSON, "Secretary", "of", "State", "Ana", "Ruiz"));
        assertEquals(List.of(new Piece(1, 2, EntityType.PERSON)), repair(EntityType.PERSON, "Mr.", "King"), "the honorific's surname stays");
    }

    @Test
    void aPossessiveEndingIsNotPartOfTheName() {
        assertEquals(List.of(new Piece(0, 1, EntityType.ORGANIZATION)), repair(EntityType.ORGANIZATION, "Alliance", "'", "s"));
        assertEquals(List.of(new Piece(0, 2, EntityType.PLACE)), repair(EntityType.PLACE, "Velmar", "Islands", "’"));
        assertEquals(List.of(new Piece(0, 2, EntityType.PERSON)), repair(EntityType.PERSON, "Ana", "Ruiz", "’", "s"));
    }

    @Test
    void aTitleAloneOrAPartyTagIsNoPerson() {
        assertEquals(List.of(), repair(EntityType.PERSON, "Sen", "."));
        assertEquals(List.of(), repair(EntityType.PERSON, "Navy", "Capt."));
        assertEquals(List.of(), repair(EntityType.PERSON, "D-N.Y"));
    }

    @Test
    void aNameEndsAtItsBracketAndAPartyTagAfterItMakesALegislator() {
        assertEquals(List.of(new Piece(0, 2, EntityType.PERSON)), repair(EntityType.PLACE, "Ana", "Ruiz", "(", "D-Ore."));
        assertEquals(List.of(new Piece(0, 2, EntityType.ORGANIZATION)), repair(EntityType.ORGANIZATION, "Velmar", "Ferries", "(", "VF"));
        String[] words = {"Rep.", "Ana", "Ruiz", "(", "R-Texas", ")", "said"};
        assertEquals(List.of(new Piece(1, 3, EntityType.PERSON)), ModelSpans.repair(words, 1, 3, EntityType.PLACE));
    }

    @Test
    void aCompanyHeadAfterTwoNamesMakesAnOrganisation() {
        assertEquals(List.of(new Piece(0, 4, EntityType.ORGANIZATION)), repair(EntityType.PERSON, "Olsen", "Bridge", "Engineering", "Consulting"));
        assertEquals(List.of(new Piece(0, 2, EntityType.PERSON)), repair(EntityType.PERSON, "Emily", "Church"));
    }

    @Test
    void anOrganisationSpanWithATitleAndANameIsThePerson() {
        assertEquals(List.of(new Piece(3, 5, EntityType.PERSON)), repair(EntityType.ORGANIZATION, "Senate", "Minority", "Whip", "Ana", "Ruiz"));
        assertEquals(List.of(new Piece(0, 3, EntityType.ORGANIZATION)), repair(EntityType.ORGANIZATION, "General", "Electric", "Company"));
        assertEquals(List.of(), repair(EntityType.ORGANIZATION, "D-Ill."));
    }

    @Test
    void theMiddleOfACompoundTitleIsNoOrganisation() {
        String[] words = {"Chief", "Cabinet", "Secretary", "Ana", "Ruiz", "said"};
        assertEquals(List.of(), ModelSpans.repair(words, 1, 2, EntityType.ORGANIZATION));
        String[] chief = {"Chief", "Cabinet", "Secretary", "Ana", "Ruiz"};
        assertEquals(List.of(), ModelSpans.repair(chief, 0, 2, EntityType.ORGANIZATION), "the title's opening word inside the span");
        String[] ministry = {"the", "Foreign", "Ministry", "spokesman", "said"};
        assertEquals(List.of(new Piece(1, 3, EntityType.ORGANIZATION)), ModelSpans.repair(ministry, 1, 3, EntityType.ORGANIZATION),
                "an organisation before a role's head without a title's opening word stays");
    }

    @Test
    void aNameEndsBeforeAPossessiveAndBeforeLowerCaseNouns() {
        assertEquals(List.of(new Piece(0, 1, EntityType.ORGANIZATION)), repair(EntityType.ORGANIZATION, "Alliance", "'", "s", "targets"));
        assertEquals(List.of(new Piece(0, 3, EntityType.PLACE)), repair(EntityType.PLACE, "Asia", "-", "Pacific", "region"));
        assertEquals(List.of(new Piece(0, 3, EntityType.PLACE)), repair(EntityType.PLACE, "Bay", "of", "Bengal", "coastline"));
        assertEquals(List.of(new Piece(0, 4, EntityType.ORGANIZATION)), repair(EntityType.ORGANIZATION, "Alliance", "'", "s", "Council"),
                "a possessive before a capitalised word stays inside the name");
    }

    @Test
    void aPlaceWrittenTownCommaRegionIsTwoPlaces() {
        assertEquals(List.of(new Piece(0, 1, EntityType.PLACE), new Piece(2, 4, EntityType.PLACE)),
                repair(EntityType.PLACE, "Nago", ",", "Okinawa", "Prefecture"));
        assertEquals(List.of(new Piece(0, 2, EntityType.PLACE)), repair(EntityType.PLACE, "Okinawa", "Prefecture"));
    }

    @Test
    void aHeadNounGivesTheType() {
        assertEquals(List.of(new Piece(0, 2, EntityType.PLACE)), repair(EntityType.ORGANIZATION, "Deccan", "Plateau"));
        assertEquals(List.of(new Piece(0, 2, EntityType.PLACE)), repair(EntityType.PERSON, "Azaiba", "Beach"));
        assertEquals(List.of(new Piece(0, 2, EntityType.PERSON)), repair(EntityType.PERSON, "Grace", "Park"));
        assertEquals(List.of(new Piece(0, 4, EntityType.ORGANIZATION)), repair(EntityType.PLACE, "Research", "Council", "of", "Turkey"));
    }

    @Test
    void aPlaceWithATitleInsideNamesThePlaceAndThePerson() {
        assertEquals(List.of(new Piece(0, 2, EntityType.PLACE), new Piece(3, 5, EntityType.PERSON)),
                repair(EntityType.PLACE, "South", "Carolina", "Gov.", "Ana", "Ruiz"));
    }
}
