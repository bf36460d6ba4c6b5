package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.PageLayout;
import org.newsgraph.nlp.OpenNlpAnalyzer;

/** Names in the reporting clause after a quote, on text written for the test. */
class ReportingClauseFinderTest {
    private static List<String> names(String body) {
        Article a = PageLayout.plainText("r.txt", "Bridge vote\n\n" + body + "\n");
        return new ReportingClauseFinder(0.85).find(new OpenNlpAnalyzer().analyze(a)).stream().map(c -> c.mention().text()).toList();
    }

    @Test
    void theNameAfterOrBeforeTheCue() {
        assertEquals(List.of("Whit Varga"), names("“The bridge is safe,” said Whit Varga, who led the survey."));
        assertEquals(List.of("Oksana Brel"), names("“The bridge is safe,” said former Gov. Oksana Brel of Maine."));
        assertEquals(List.of("Tig Varga"), names("“The bridge is safe,” Tig Varga stated."));
    }

    @Test
    void aSurnameAloneOnlyAfterTheFullName() {
        assertEquals(List.of(), names("“The bridge is safe,” Varga stated."));
        assertEquals(List.of("Varga"), names("Tig Varga led the survey. “The bridge is safe,” Varga stated."));
    }

    @Test
    void notAPronounOrADescription() {
        assertEquals(List.of(), names("“The bridge is safe,” She said. “It is,” said the Ministry of Works."));
    }
}
