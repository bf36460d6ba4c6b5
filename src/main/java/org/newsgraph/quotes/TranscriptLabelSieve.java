package org.newsgraph.quotes;

import java.util.Locale;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.quotes.QuoteScene.MentionRef;

/**
 * A transcript or Q&amp;A line, {@code PENCE: …}: the person the label names — a mention inside the label,
 * or the person of the article whose name ends with the label's last word; an {@code A:} line, the interviewee
 * (the person the introduction names most). A question ({@code Q:}) and a label that names nobody the article
 * knows ("READ MORE:") leave the line unattributed, and it is not reported as a quote.
 */
final class TranscriptLabelSieve implements Sieve {
    @Override
    public String name() {
        return "transcript-label";
    }

    @Override
    public boolean handles(QuoteSpan q) {
        return q.hasLabel();
    }

    @Override
    public Attribution attribute(QuoteScene scene, int i) {
        QuoteSpan q = scene.span(i);
        String label = scene.text().substring(q.labelStart(), q.labelEnd());
        if (label.equals("Q")) return null; // the interviewer's question
        if (label.equals("A")) {
            Entity interviewee = interviewee(scene);
            return interviewee == null ? null : Attribution.named(interviewee.key(), null, name() + "+interviewee", 0.8);
        }
        for (MentionRef r : scene.mentionsIn(q.labelStart(), q.labelEnd())) {
            if (r.isPerson()) return Attribution.named(r.entity().key(), null, name(), 0.9);
        }
        String[] words = scene.text().substring(q.labelStart(), q.labelEnd()).split("\\s+");
        String last = bare(words[words.length - 1]);
        if (last.length() < 2) return null;
        Entity found = null;
        for (Entity e : scene.entities()) {
            if (e.type() != EntityType.PERSON) continue;
            boolean fits = e.labels().stream().anyMatch(l -> {
                String[] ws = l.split("\\s+");
                return bare(ws[ws.length - 1]).equals(last);
            });
            if (!fits) continue;
            if (found != null && !found.key().equals(e.key())) return null; // two persons of that name: say nothing
            found = e;
        }
        return found == null ? null : Attribution.named(found.key(), null, name(), 0.85);
    }

    /**
     * Who answers the {@code A:} lines: the person the article names most outside quotes before its first
     * labelled line (the introduction of the interview), or in the whole article when it opens with the questions.
     */
    private static Entity interviewee(QuoteScene scene) {
        int first = scene.spans().stream().filter(QuoteSpan::hasLabel).mapToInt(QuoteSpan::open).min().orElse(Integer.MAX_VALUE);
        Entity best = bestNamed(scene, first);
        return best != null ? best : bestNamed(scene, Integer.MAX_VALUE);
    }

    private static Entity bestNamed(QuoteScene scene, int before) {
        java.util.Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (MentionRef r : scene.mentions()) {
            if (r.mention().start() >= before) break;
            // an introduction in the first person ("We spoke with …") may read as a block quote: its names count too
            if (r.isPerson() && (!r.quoted() || before != Integer.MAX_VALUE)) counts.merge(r.entity().key(), 1, Integer::sum);
        }
        String key = null;
        int most = 0;
        for (var e : counts.entrySet()) {
            if (e.getValue() > most) {
                most = e.getValue();
                key = e.getKey();
            }
        }
        return key == null ? null : scene.entity(key);
    }

    private static String bare(String w) {
        return w.replaceAll("[^\\p{L}\\p{N}-]", "").toLowerCase(Locale.ROOT);
    }
}
