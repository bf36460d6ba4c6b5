package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Candidate;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;

/** Words a finder may take for a name and never are, on mentions the test places. */
class NotNamesTest {
    private static Candidate at(String text, String name, EntityType type) {
        int i = text.indexOf(name);
        return new Candidate(new Mention(i, i + name.length(), name, type, "name-model", 0.9));
    }

    @Test
    void aPeoplesWordANumberAHandleAStoryLabelAndACasePartyAreNoNamesButNamesHoldingThemAre() {
        String text = "NEW: The German said Kenyans voted in 1907. Follow @harbourdesk. In Abbott v. Ruiz the German Football "
                + "Association and Lena Abbott spoke in Nairobi.";
        List<Candidate> found = List.of(at(text, "NEW", EntityType.ORGANIZATION), at(text, "German", EntityType.PERSON), at(text, "Kenyans", EntityType.ORGANIZATION),
                at(text, "1907", EntityType.PLACE), at(text, "harbourdesk", EntityType.PERSON), at(text, "Abbott v", EntityType.PERSON),
                at(text, "German Football Association", EntityType.ORGANIZATION), at(text, "Lena Abbott", EntityType.PERSON),
                at(text, "Nairobi", EntityType.PLACE));
        assertEquals(List.of("German Football Association", "Lena Abbott", "Nairobi"),
                NotNames.drop(text, found).stream().map(Candidate::text).toList());
    }

    @Test
    void aSeatOfGovernmentTakenForAPlaceIsTheInstitution() {
        String text = "The Kremlin denied it. Tourists visited Red Square.";
        List<Candidate> out = NotNames.drop(text, List.of(at(text, "Kremlin", EntityType.PLACE), at(text, "Red Square", EntityType.PLACE)));
        assertEquals(List.of(EntityType.ORGANIZATION, EntityType.PLACE), out.stream().map(Candidate::type).toList());
    }
}
