package org.newsgraph.coref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestPipelines;
import org.newsgraph.ingest.PageLayout;

/** Given names learnt from articles written for the test: the pronouns that follow a full name vote for its first word. */
class FirstNameLearnerTest {
    private static void add(FirstNameLearner l, String text) {
        var d = TestPipelines.rules().discourse(PageLayout.plainText("t.txt", "Harbour news\n\n" + text), FirstNames.none());
        l.add(d.getKey(), d.getValue());
    }

    @Test
    void theGenderTheArticlesShowForAGivenNameIsLearntAndASurnameWrittenFirstIsNot(@TempDir Path tmp) throws Exception {
        FirstNameLearner l = new FirstNameLearner();
        add(l, "Oksana Berg opened the harbour on Monday. She said the ferries would run every hour.");
        add(l, "Oksana Lindqvist won the regatta on Sunday. She thanked her crew.");
        add(l, "Oksana Petrova chairs the port board. She told reporters the budget was sound.");
        add(l, "Tomas Okafor left the council in May. He said he would sail around the world.");
        Map<String, Genders.Gender> g = l.genders(3, 0.9);
        assertEquals(Genders.Gender.FEMALE, g.get("oksana"), g.toString());
        assertNull(g.get("tomas"), "one vote is not enough");
        Path out = tmp.resolve("names.tsv");
        FirstNameLearner.write(g, "test", out);
        List<String> lines = Files.readAllLines(out);
        assertEquals("oksana\tF", lines.get(lines.size() - 1));
    }

    @Test
    void onlyTheFirstWordOfAFullNameIsLookedUp() {
        FirstNames names = new FirstNames(Map.of("oksana", Genders.Gender.FEMALE));
        assertEquals(Genders.Gender.FEMALE, names.genderOf("Oksana Berg"));
        assertNull(names.genderOf("Oksana"), "a single word may be a surname");
        assertNull(names.genderOf("Tomas Berg"));
    }

    @Test
    void theShippedSalienceWeightsAreRead() {
        assertEquals(SalienceResolver.DEFAULT, SalienceResolver.read(SalienceResolver.WEIGHTS));
        assertEquals(12, SalienceResolver.DEFAULT.window());
    }
}
