package org.newsgraph.quotes;

import java.util.List;
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
        return SentenceSubjectSieve.subject(scene, i, ws, name(), 0.75);
    }
}
