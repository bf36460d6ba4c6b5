package org.newsgraph.quotes;

import java.util.List;
import org.newsgraph.nlp.Lexicons;
import org.newsgraph.quotes.QuoteScene.MentionRef;
import org.newsgraph.quotes.QuoteScene.TextWord;

/**
 * A quote inside a sentence that has no cue verb next to it ("Smith called the plan “a gift to the
 * insurers and nobody else”", "She vowed to fight “every step of the way, in every court”"): the
 * sentence's subject, when the sentence opens with a person's name or a pronoun.
 */
final class SentenceSubjectSieve implements Sieve {
    /** How many words may stand before the subject's name ("Sen. Jane Smith", "But on Monday, Smith …"). */
    static final int SUBJECT_REACH = 3;

    @Override
    public String name() {
        return "sentence-subject";
    }

    @Override
    public Attribution attribute(QuoteScene scene, int i) {
        List<TextWord> ws = CueBeforeSieve.wordsBefore(scene, i);
        if (ws == null || ws.size() < 2) return null;
        return subject(scene, i, ws, name(), 0.65);
    }

    /**
     * The subject of the words {@code ws} before quote {@code i}: a pronoun as the first word, or a person
     * named within the first {@link #SUBJECT_REACH} words outside quotes; null when the first name is not a
     * person's or comes later.
     */
    static Attribution subject(QuoteScene scene, int i, List<TextWord> ws, String method, double confidence) {
        QuoteSpan q = scene.span(i);
        TextWord first = ws.get(0);
        if (Lexicons.PERSON_PRONOUNS.contains(first.lower())) {
            MentionRef p = scene.personBefore(first.start(), first.lower());
            return p == null ? null : Attribution.named(p.entity().key(), null, method + "+pronoun", confidence - 0.05);
        }
        for (MentionRef r : scene.mentionsIn(first.start(), q.open())) {
            if (r.quoted()) continue;
            if (r.isPerson() && scene.words(first.start(), r.mention().start()).size() <= SUBJECT_REACH) {
                return Attribution.named(r.entity().key(), null, method, confidence);
            }
            return null;
        }
        return null;
    }
}
