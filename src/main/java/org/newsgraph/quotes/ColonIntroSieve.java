package org.newsgraph.quotes;

import java.util.List;
import org.newsgraph.nlp.Lexicons;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.quotes.QuoteScene.MentionRef;
import org.newsgraph.quotes.QuoteScene.TextWord;

/**
 * A sentence that introduces the quote with a colon and no cue verb ("Smith had a message for voters: “…”"):
 * the sentence's subject, when it opens with a person's name or a pronoun.
 */
final class ColonIntroSieve implements Sieve {
    @Override
    public String name() {
        return "colon-intro";
    }

    @Override
    public Attribution attribute(QuoteScene scene, int i) {
        List<TextWord> ws = CueBeforeSieve.wordsBefore(scene, i);
        if (ws == null || ws.isEmpty() || !ws.get(ws.size() - 1).text().endsWith(":")) return null;
        QuoteSpan q = scene.span(i);
        Sentence s = scene.sentenceAt(q.open());
        if (s == null) return null;
        TextWord first = ws.get(0);
        if (Lexicons.PERSON_PRONOUNS.contains(first.lower())) {
            MentionRef p = scene.personBefore(first.start(), first.lower());
            return p == null ? null : Attribution.named(p.entity().key(), null, name() + "+pronoun", 0.7);
        }
        for (MentionRef r : scene.mentionsIn(first.start(), q.open())) {
            if (r.quoted()) continue;
            // the subject: a name among the sentence's first words ("Sen. Jane Smith, a Democrat, had …")
            if (r.isPerson() && scene.words(first.start(), r.mention().start()).size() <= 3) {
                return Attribution.named(r.entity().key(), null, name(), 0.75);
            }
            return null;
        }
        return null;
    }
}
