package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordListsTest {
    private static Set<String> parse(String s) throws Exception {
        return WordLists.parse(new BufferedReader(new StringReader(s)), "test.txt");
    }

    @Test
    void readsEntriesSkippingCommentsAndBlankLines() throws Exception {
        assertEquals(Set.of("said", "told reporters"), parse("# cue verbs\nsaid\n\n  told reporters  \n"));
    }

    @Test
    void anEntryListedTwiceIsAnErrorNamingFileAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse("said\ntold\nsaid\n"));
        assertEquals("test.txt:3: listed twice: said", e.getMessage());
    }

    @Test
    void everyShippedListLoads() {
        assertTrue(Lexicons.SPEECH_VERBS.contains("said"));
        assertTrue(Lexicons.ORG_HEADS.contains("Agency"));
        assertThrows(IllegalStateException.class, () -> WordLists.load("no-such-list"));
    }
}
