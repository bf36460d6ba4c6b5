package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class MentionRulesTest {
    private static MentionRules parse(String text) throws Exception {
        return MentionRules.parse(new BufferedReader(new StringReader(text)), "test.tsv");
    }

    @Test
    void readsIdsAndConfidencesAndSkipsComments() throws Exception {
        MentionRules r = parse("# a comment\n\nacronym\t0.4\ntitle-before-name\t0.85\n");
        assertEquals(0.4, r.confidence("acronym"));
        assertEquals(0.85, r.confidence("title-before-name"));
    }

    @Test
    void aRuleListedTwiceIsRejectedWithItsLine() {
        Exception e = assertThrows(IllegalArgumentException.class, () -> parse("acronym\t0.4\nacronym\t0.5\n"));
        assertTrue(e.getMessage().contains("test.tsv:2"), e.getMessage());
    }

    @Test
    void aConfidenceOutsideZeroToOneIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> parse("acronym\t1.4\n"));
        assertThrows(IllegalArgumentException.class, () -> parse("acronym\tsure\n"));
    }

    @Test
    void theShippedFileListsEveryRuleTheFinderUses() {
        MentionRules shipped = MentionRules.standard();
        for (String id : new String[] {"title-before-name", "organization-head", "treaty-name", "kb-name", "acronym",
                "name-shape", "surname-of-named-person", "place-head"}) {
            assertTrue(shipped.confidence(id) > 0, id);
        }
    }
}
