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
    private static final java.util.Set<String> RELATIVES = java.util.Set.of("who", "which");

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
            if (phrase.size() == 1 && RELATIVES.contains(phrase.get(0).lower()) && b >= 0) {
                // "…for Mr. Sanders, who said he would get “…”": the name the relative clause hangs on
                int a = b - 1;
                while (a >= 0 && !ws.get(a).endsClause()) a--;
                List<TextWord> head = ws.subList(a + 1, b + 1);
                Attribution h = SpeakerPhrase.resolve(scene, head.subList(Math.max(0, head.size() - 4), head.size()), lw, name() + "+relative");
                return h != null && h.speakerKey() != null ? h : null;
            }
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
