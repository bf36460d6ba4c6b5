package org.newsgraph.quotes;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.nlp.Lexicons;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.quotes.QuoteScene.TextWord;

/** The cue before the quote, in its sentence: "Smith said, “…”", "The minister told reporters: “…”". */
final class CueBeforeSieve implements Sieve {
    /** How far before the quote the cue verb may stand, in words. */
    private static final int REACH = 10;

    @Override
    public String name() {
        return "cue-before";
    }

    @Override
    public Attribution attribute(QuoteScene scene, int i) {
        List<TextWord> ws = wordsBefore(scene, i);
        if (ws == null) return null;
        for (int k = ws.size() - 1; k >= 0 && k >= ws.size() - REACH; k--) {
            String lw = ws.get(k).lower();
            if (!Lexicons.SPEECH_VERBS.contains(lw)) continue;
            if (ParticipleSieve.PARTICIPLES.contains(lw)) return null; // the participle sieve's
            int st = k - 1;
            while (st >= 0 && CueAfterSieve.ATTRIBUTION_ADVERBS.contains(ws.get(st).lower())) st--;
            int b = st;
            while (b >= 0 && !ws.get(b).endsClause()) b--;
            List<TextWord> phrase = new ArrayList<>(ws.subList(b + 1, st + 1));
            if (phrase.isEmpty()) return ParticipleSieve.subject(scene, i, lw, name());
            return SpeakerPhrase.resolve(scene, phrase, lw, name());
        }
        return null;
    }

    /** The words of the quote's sentence before it, after any earlier quote of the sentence. */
    static List<TextWord> wordsBefore(QuoteScene scene, int i) {
        QuoteSpan q = scene.span(i);
        Sentence s = scene.sentenceAt(q.open());
        int from = s == null ? q.block().start() : Math.max(s.start(), q.block().start());
        for (QuoteSpan o : scene.spans()) if (o.after() <= q.open() && o.after() >= from) from = o.after();
        if (from >= q.open()) return null;
        return scene.words(from, q.open());
    }
}
