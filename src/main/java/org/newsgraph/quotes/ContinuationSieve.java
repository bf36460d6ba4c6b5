package org.newsgraph.quotes;

import org.newsgraph.model.QuoteKind;
import org.newsgraph.quotes.QuoteScene.MentionRef;

/**
 * The running speaker: a quote with no cue of its own continues the speaker of the quote before it in the
 * same paragraph ("“…,” Smith said. “…”"), of the paragraph just before when it opens its paragraph (a quote
 * run over several paragraphs), or, when it has neither, of the next quote of its paragraph ("“….” “…,” she
 * added."). Never across a person named in between: another person named outside quotes may be the speaker.
 */
final class ContinuationSieve implements Sieve {
    @Override
    public String name() {
        return "continuation";
    }

    @Override
    public Attribution attribute(QuoteScene scene, int i) {
        QuoteSpan q = scene.span(i);
        int prev = neighbour(scene, i, -1);
        if (prev >= 0) {
            QuoteSpan p = scene.span(prev);
            boolean sameBlock = p.block() == q.block();
            boolean nextParagraph = scene.opensParagraph(q) && scene.previousContentBlock(q.block()) == p.block();
            Attribution a = scene.decided(prev);
            if ((sameBlock || nextParagraph) && !otherPersonBetween(scene, endOfSentence(scene, p.after()), q.open(), a)) {
                return a.by(name(), sameBlock ? 0.8 : 0.75);
            }
        }
        int next = neighbour(scene, i, +1);
        if (next >= 0) {
            QuoteSpan n = scene.span(next);
            Attribution a = scene.decided(next);
            if (n.block() == q.block() && !a.method().startsWith(name()) && !otherPersonBetween(scene, q.after(), n.open(), a)) {
                return a.by(name() + "+next", 0.7);
            }
        }
        return null;
    }

    /** The nearest quote before (step -1) or after (+1) with a decided speaker, skipping scare quotes. */
    private static int neighbour(QuoteScene scene, int i, int step) { // a short quote with a cue counts too
        String text = scene.text();
        for (int j = i + step; j >= 0 && j < scene.spans().size(); j += step) {
            QuoteSpan s = scene.span(j);
            if (s.kind() != QuoteKind.DIRECT) continue;
            if (scene.decided(j) != null) return s.hasLabel() ? -1 : j;
            if (s.isStatement(text)) return -1; // an unattributed statement breaks the run
        }
        return -1;
    }

    /**
     * Where the sentence holding an offset ends: names in the rest of the previous quote's sentence belong to
     * its attribution ("said Jane Smith, a lawyer for John Doe.") and do not interrupt the running speaker.
     */
    private static int endOfSentence(QuoteScene scene, int offset) {
        org.newsgraph.nlp.Sentence s = scene.sentenceAt(offset);
        return s == null ? offset : Math.max(offset, s.end());
    }

    private static boolean otherPersonBetween(QuoteScene scene, int from, int to, Attribution a) {
        for (MentionRef r : scene.mentionsIn(from, to)) {
            if (r.quoted() || !r.isPerson()) continue;
            if (!r.entity().key().equals(a.speakerKey())) return true;
        }
        return false;
    }
}
