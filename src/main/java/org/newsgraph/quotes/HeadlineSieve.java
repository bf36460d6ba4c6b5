package org.newsgraph.quotes;

import java.util.List;
import java.util.Set;
import org.newsgraph.model.Names;
import org.newsgraph.model.QuoteKind;
import org.newsgraph.quotes.QuoteScene.MentionRef;

/**
 * A quote in the headline: the person the headline names outside the quote ("Smith: ‘…’"), or else the
 * speaker of the body quote with most of its words (headlines quote the story).
 */
final class HeadlineSieve implements Sieve {
    /** The share of the headline quote's words a body quote must hold. */
    private static final double LIKENESS = 0.5;

    @Override
    public String name() {
        return "headline";
    }

    @Override
    public boolean handles(QuoteSpan q) {
        return q.kind() == QuoteKind.HEADLINE;
    }

    @Override
    public Attribution attribute(QuoteScene scene, int i) {
        QuoteSpan q = scene.span(i);
        for (MentionRef r : scene.mentionsIn(q.block().start(), q.block().end())) {
            if (r.isPerson() && !q.contains(r.mention().start(), r.mention().end())) {
                return Attribution.named(r.entity().key(), null, name(), 0.8);
            }
        }
        Set<String> a = Set.copyOf(List.of(Names.key(scene.quoted(i)).split("\\W+")));
        Attribution best = null;
        double bestScore = LIKENESS;
        for (int j = 0; j < scene.spans().size(); j++) {
            Attribution d = scene.decided(j);
            if (j == i || d == null || d.speakerKey() == null || scene.span(j).kind() == QuoteKind.HEADLINE) continue;
            Set<String> b = Set.copyOf(List.of(Names.key(scene.quoted(j)).split("\\W+")));
            double score = a.stream().filter(b::contains).count() / (double) Math.max(1, a.size());
            if (score > bestScore) {
                best = d;
                bestScore = score;
            }
        }
        return best == null ? null : best.by(name() + "+like-body-quote", 0.8);
    }
}
