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
    /** The longest name clause before an apposition, in words. */
    private static final int APPOSITION_HEAD = 6;
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
            if (st >= 1 && ws.get(st).text().endsWith(",")) {
                Attribution a = appositive(scene, ws, st, lw);
                if (a != null) return a;
            }
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

    /**
     * A speaker named with an apposition before the cue: "Jane Smith, a lawyer for John Doe, said: “…”" (the
     * first clause heads), "Clinton's campaign chairman, John Podesta, said: “…”" (the first clause names
     * nobody but a modifier, so the apposition does). {@code st} is the last word of the apposition.
     */
    private Attribution appositive(QuoteScene scene, List<TextWord> ws, int st, String cue) {
        int b1 = st - 1;
        while (b1 >= 0 && !ws.get(b1).endsClause()) b1--;
        if (b1 < 0 || !ws.get(b1).text().endsWith(",")) return null;
        int b2 = b1 - 1;
        while (b2 >= 0 && !ws.get(b2).endsClause()) b2--;
        List<TextWord> head = ws.subList(b2 + 1, b1 + 1);
        List<TextWord> apposition = ws.subList(b1 + 1, st + 1);
        if (head.size() > APPOSITION_HEAD || apposition.size() > SpeakerPhrase.MAX_WORDS) return null;
        Attribution h = SpeakerPhrase.resolve(scene, head, cue, name() + "+apposition");
        if (h != null && h.speakerKey() != null && !h.method().endsWith("+organisation")) return h;
        Attribution a = SpeakerPhrase.resolve(scene, apposition, cue, name() + "+apposition");
        return a != null && a.speakerKey() != null ? a : h;
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
