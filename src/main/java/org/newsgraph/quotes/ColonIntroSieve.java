package org.newsgraph.quotes;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.ingest.Block;
import org.newsgraph.nlp.Lexicons;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.quotes.QuoteScene.MentionRef;
import org.newsgraph.quotes.QuoteScene.TextWord;

/**
 * A quote introduced with a colon, in its sentence or at the end of the paragraph before it: "Smith had a
 * message for voters: “…”", "Reporter Jane Smith says:" + a paragraph that opens with the quote, "…
 * — Jane Smith: “…”". The speaker is the one the colon's clause names: the phrase before its cue verb,
 * else a person's name right before the colon, else the sentence's subject when it opens with a person's
 * name or a pronoun.
 */
final class ColonIntroSieve implements Sieve {
    /** How far before the colon the cue verb may stand, in words. */
    private static final int REACH = 8;

    @Override
    public String name() {
        return "colon-intro";
    }

    @Override
    public Attribution attribute(QuoteScene scene, int i) {
        List<TextWord> ws = CueBeforeSieve.wordsBefore(scene, i);
        String method = name();
        if (ws == null || ws.isEmpty()) {
            ws = introducingParagraph(scene, scene.span(i));
            method = name() + "+paragraph";
        }
        if (ws == null || ws.isEmpty() || !ws.get(ws.size() - 1).text().endsWith(":")) return null;
        for (int k = ws.size() - 1; k >= 0 && k >= ws.size() - REACH; k--) {
            String lw = ws.get(k).lower();
            if (!Lexicons.SPEECH_VERBS.contains(lw) || ParticipleSieve.PARTICIPLES.contains(lw)) continue;
            int b = k - 1;
            while (b >= 0 && !ws.get(b).endsClause()) b--;
            List<TextWord> phrase = new ArrayList<>(ws.subList(b + 1, k));
            if (phrase.isEmpty()) phrase = CueAfterSieve.phraseAfterCue(ws, k + 1);
            Attribution a = SpeakerPhrase.resolve(scene, phrase, lw, method + "+cue");
            if (a != null) return a;
            break;
        }
        TextWord colon = ws.get(ws.size() - 1);
        for (MentionRef r : scene.mentionsIn(ws.get(0).start(), colon.end())) {
            // "… — Jane Smith: “…”": the name the colon follows
            if (r.isPerson() && !r.quoted() && scene.words(r.mention().end(), colon.end()).size() <= 1
                    && colon.end() - r.mention().end() <= 2) {
                return Attribution.named(r.entity().key(), null, method + "+name", 0.75);
            }
        }
        return SentenceSubjectSieve.subject(scene, i, ws, method, 0.75);
    }

    /** The words of the last sentence of the paragraph before a quote that opens its paragraph, or null. */
    private static List<TextWord> introducingParagraph(QuoteScene scene, QuoteSpan q) {
        if (!scene.opensParagraph(q)) return null;
        Block prev = scene.previousContentBlock(q.block());
        if (prev == null) return null;
        String text = scene.text();
        int end = prev.end();
        while (end > prev.start() && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (end <= prev.start() || text.charAt(end - 1) != ':') return null;
        Sentence s = scene.sentenceAt(end - 1);
        int from = s == null ? prev.start() : Math.max(prev.start(), s.start());
        for (QuoteSpan o : scene.spans()) if (o.after() <= end && o.after() > from) from = o.after();
        return scene.words(from, end);
    }
}
