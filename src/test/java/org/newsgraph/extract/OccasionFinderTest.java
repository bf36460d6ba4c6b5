package org.newsgraph.extract;

import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestPipelines;

class OccasionFinderTest {
    private static Quote only(String text) {
        Extraction x = TestPipelines.extract("o.txt", text);
        return x.quotes().stream().filter(q -> q.kind() != QuoteKind.HEADLINE).findFirst().orElseThrow();
    }

    @Test
    void weekdayIsResolvedAgainstTheArticleDate() {
        // 7 March 2025 is a Friday: "on Thursday" is the day before
        Quote q = only("Port Talks Resume\nMarch 7, 2025\nMayor Ellen Brandt spoke to reporters at the town hall on Thursday.\n"
                + "“We are close to a deal with the unions,” Brandt said.\n");
        assertEquals(LocalDate.of(2025, 3, 6), q.occasion().date());
        assertEquals("on Thursday", q.occasion().dateEvidence());
    }

    @Test
    void dayAndSettingInTheAttributionSentence() {
        Quote q = only("Port Talks Resume\nMarch 11, 2025\n“We are close to a deal with the unions,” Mayor Ellen Brandt said "
                + "at a press conference on March 7.\n");
        assertEquals(LocalDate.of(2025, 3, 7), q.occasion().date());
        assertEquals("at a press conference", q.occasion().setting());
    }

    @Test
    void aWeekdayWithoutAnArticleDateStaysUnknown() {
        Quote q = only("“We are close to a deal with the unions,” Mayor Ellen Brandt said on Thursday.\n");
        assertNull(q.occasion().date());
    }

    @Test
    void aDayOfSomeoneElsesActionIsNotTheSpeakers() {
        Quote q = only("Port Talks Resume\nMarch 11, 2025\nMayor Ellen Brandt's critics, led by Tom Keller, met on Monday.\n"
                + "Brandt later hinted at a deal, saying, “We are close to an agreement with the unions.”\n");
        assertNull(q.occasion().date());
    }
}
