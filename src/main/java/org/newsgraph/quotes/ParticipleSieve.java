package org.newsgraph.quotes;

import java.util.List;
import java.util.Set;
import org.newsgraph.nlp.Lexicons;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.WordLists;
import org.newsgraph.quotes.QuoteScene.MentionRef;
import org.newsgraph.quotes.QuoteScene.TextWord;

/** A participle cue before the quote ("Smith defended the plan, saying, “…”"): the sentence's subject said it. */
final class ParticipleSieve implements Sieve {
    static final Set<String> PARTICIPLES = WordLists.load("participles");
    /** How far before the quote the cue may stand, in words. */
    private static final int REACH = 10;

    @Override
    public String name() {
        return "participle";
    }

    @Override
    public Attribution attribute(QuoteScene scene, int i) {
        List<TextWord> ws = CueBeforeSieve.wordsBefore(scene, i);
        if (ws == null) return null;
        for (int k = ws.size() - 1; k >= 0 && k >= ws.size() - REACH; k--) {
            String lw = ws.get(k).lower();
            if (!Lexicons.SPEECH_VERBS.contains(lw)) continue;
            return PARTICIPLES.contains(lw) ? subject(scene, i, lw, name()) : null; // a finite cue is the cue-before sieve's
        }
        return null;
    }

    /** The person the quote's sentence is about: its first named person outside quotes, or its pronoun subject. */
    static Attribution subject(QuoteScene scene, int i, String cue, String method) {
        QuoteSpan q = scene.span(i);
        Sentence s = scene.sentenceAt(q.open());
        if (s == null) return null;
        for (MentionRef r : scene.mentionsIn(s.start(), q.open())) {
            if (!r.quoted() && r.isPerson()) return Attribution.named(r.entity().key(), cue, method, 0.8);
        }
        List<TextWord> ws = scene.words(s.start(), q.open());
        if (!ws.isEmpty() && Lexicons.PERSON_PRONOUNS.contains(ws.get(0).lower())) {
            MentionRef p = scene.personBefore(ws.get(0).start(), ws.get(0).lower());
            if (p != null) return Attribution.named(p.entity().key(), cue, method + "+pronoun", 0.75);
        }
        return null;
    }
}
