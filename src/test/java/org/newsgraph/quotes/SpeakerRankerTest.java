package org.newsgraph.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestPipelines;
import org.newsgraph.extract.Extraction;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Quote;

/** The learnt speaker ranker: trained on events the test makes, and the shipped one on articles written for the test. */
class SpeakerRankerTest {
    private static SpeakerCandidate candidate(String key, String... features) {
        return new SpeakerCandidate(Attribution.named(key, "said", "test", 0.5), List.of(features));
    }

    @Test
    void aRankerLearntFromEventsPrefersWhatSpokeAndReadsBackTheSame(@TempDir Path tmp) throws Exception {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            // the cue's subject speaks nine times in ten; a person merely named nearby once in ten
            events.add(MaxentSpeakerRanker.event(candidate("a", "by=cue-after"), i % 10 != 0));
            events.add(MaxentSpeakerRanker.event(candidate("b", "before=1"), i % 10 == 0));
        }
        MaxentSpeakerRanker r = MaxentSpeakerRanker.train(events, 1, 0.1);
        List<SpeakerCandidate> cs = List.of(candidate("b", "before=1"), candidate("a", "by=cue-after"));
        double[] p = r.probabilities(cs);
        assertTrue(p[1] > 0.8 && p[0] < 0.2, "probabilities near the shares seen: " + p[0] + ", " + p[1]);
        Path f = tmp.resolve("ranker.bin.gz");
        r.write(f);
        double[] back = MaxentSpeakerRanker.file(f).probabilities(cs);
        assertEquals(p[0], back[0], 1e-9);
        assertEquals(p[1], back[1], 1e-9);
    }

    @Test
    void aFileThatIsNoModelIsRefusedWithItsName(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("notes.bin.gz");
        java.nio.file.Files.writeString(f, "not a model");
        var e = org.junit.jupiter.api.Assertions.assertThrows(java.io.UncheckedIOException.class, () -> MaxentSpeakerRanker.file(f));
        assertTrue(e.getMessage().contains("notes.bin.gz"), e.getMessage());
    }

    private static String speaker(Extraction x, Quote q) {
        return q.speakerKey() == null ? null : x.entity(q.speakerKey()).map(Entity::name).orElse(null);
    }

    @Test
    void theShippedRankerGivesAClearCueHighConfidenceAndARunningQuoteTheRunningSpeaker() {
        assertNotNull(MaxentSpeakerRanker.shipped(), "a model ships");
        String text = "Harbour cranes\n\n"
                + "Mara Lindqvist, the harbour master, spoke to workers on Monday. “The old cranes will be gone by spring,” Lindqvist said.\n\n"
                + "“Every berth will get new lights, and the night shifts will be shorter for everyone.”\n\n"
                + "Tomas Berg, a crane driver, was less sure. “We have heard this kind of promise many times before,” said Berg.\n";
        Extraction x = TestPipelines.extract("h.txt", text);
        List<Quote> qs = x.quotes().stream().filter(q -> q.text().split(" ").length > 3).toList();
        assertEquals(3, qs.size(), qs.toString());
        assertEquals("Mara Lindqvist", speaker(x, qs.get(0)));
        assertEquals("Mara Lindqvist", speaker(x, qs.get(1)), "a quote paragraph with no cue goes on with the speaker before it");
        assertEquals("Tomas Berg", speaker(x, qs.get(2)));
        assertTrue(qs.get(0).confidence() >= 0.9 && qs.get(2).confidence() >= 0.9, "named at a cue: " + qs);
        assertTrue(qs.get(1).confidence() < qs.get(0).confidence(), "a running quote is less sure than a cued one: " + qs);
    }
}
