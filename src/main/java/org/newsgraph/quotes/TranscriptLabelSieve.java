package org.newsgraph.quotes;

import java.util.Locale;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.quotes.QuoteScene.MentionRef;

/**
 * A transcript or Q&amp;A line, {@code PENCE: …}: the person the label names — a mention inside the label,
 * or the person of the article whose name ends with the label's last word. A label that names nobody the
 * article knows ("Q:") leaves the line unattributed.
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

    private static String bare(String w) {
        return w.replaceAll("[^\\p{L}\\p{N}-]", "").toLowerCase(Locale.ROOT);
    }
}
