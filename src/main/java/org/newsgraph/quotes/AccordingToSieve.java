package org.newsgraph.quotes;

import java.util.List;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.quotes.QuoteScene.TextWord;

/** "“…,” according to Jane Smith", "According to a spokesman, “…”". */
final class AccordingToSieve implements Sieve {
    @Override
    public String name() {
        return "according-to";
    }

    @Override
    public Attribution attribute(QuoteScene scene, int i) {
        List<TextWord> after = CueAfterSieve.wordsAfter(scene, i);
        if (after != null && after.size() > 2 && after.get(0).lower().equals("according") && after.get(1).lower().equals("to")) {
            return SpeakerPhrase.resolve(scene, CueAfterSieve.phraseAfterCue(after, 2), "according to", name());
        }
        QuoteSpan q = scene.span(i);
        Sentence s = scene.sentenceAt(q.open());
        if (s == null) return null;
        List<TextWord> before = scene.words(Math.max(s.start(), q.block().start()), q.open());
        for (int k = 0; k + 2 < before.size(); k++) {
            if (before.get(k).lower().equals("according") && before.get(k + 1).lower().equals("to")) {
                return SpeakerPhrase.resolve(scene, CueAfterSieve.phraseAfterCue(before, k + 2), "according to", name());
            }
        }
        return null;
    }
}
