package org.newsgraph.extract;

import org.newsgraph.model.EntityType;
import org.newsgraph.model.Candidate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Combines the mentions of several finders into one list without overlaps. Finders are given in priority
 * order; a mention is kept unless it overlaps one kept before it. Where a later finder found the same span
 * with the same type, its stated role is kept with the mention (the rules read titles; the model does not).
 * A later finder's mention replaces an earlier one it overlaps when it is more confident by
 * {@code overrideMargin} or more. A later finder's mention where no earlier finder found anything is kept
 * only when its confidence is at least {@code gapMinimum}: the first finder's silence is evidence too.
 */
public final class MentionMerger {
    private final double overrideMargin;
    private final double gapMinimum;

    /**
     * @param overrideMargin how much more confident a later finder must be to win an overlap (above 1: never)
     * @param gapMinimum     the confidence a later finder's mention needs where earlier finders found nothing
     */
    public MentionMerger(double overrideMargin, double gapMinimum) {
        this.overrideMargin = overrideMargin;
        this.gapMinimum = gapMinimum;
    }

    public List<Candidate> merge(List<List<Candidate>> byPriority) {
        List<java.util.Set<EntityType>> all = new ArrayList<>();
        for (int i = 0; i < byPriority.size(); i++) all.add(java.util.EnumSet.allOf(EntityType.class));
        return merge(byPriority, all);
    }

    /**
     * @param types for each finder, the types it can find: a later finder's confident mention of a type no earlier
     *              finder can find replaces what it overlaps (the name model knows no treaties)
     */
    public List<Candidate> merge(List<List<Candidate>> byPriority, List<java.util.Set<EntityType>> types) {
        List<Candidate> kept = new ArrayList<>();
        boolean first = true;
        java.util.Set<EntityType> earlierTypes = java.util.EnumSet.noneOf(EntityType.class);
        for (int f = 0; f < byPriority.size(); f++) {
            List<Candidate> found = byPriority.get(f);
            List<Candidate> sorted = new ArrayList<>(found);
            sorted.sort(Comparator.comparingInt((Candidate c) -> -(c.mention().end() - c.mention().start()))
                    .thenComparingInt(c -> c.mention().start()));
            List<Candidate> fromThis = new ArrayList<>();
            for (Candidate c : sorted) {
                if (fromThis.stream().anyMatch(k -> k.mention().overlaps(c.mention()))) continue;
                List<Candidate> clashes = kept.stream().filter(k -> k.mention().overlaps(c.mention())).toList();
                if (clashes.isEmpty()) {
                    if (first || c.mention().confidence() >= gapMinimum) fromThis.add(c);
                    continue;
                }
                boolean newType = !first && !earlierTypes.contains(c.type()) && c.mention().confidence() >= gapMinimum;
                if (clashes.size() == 1 && sameSpan(clashes.get(0), c) && !newType) {
                    Candidate k = clashes.get(0);
                    if (k.type() == c.type() && k.role() == null && c.role() != null) {
                        kept.set(kept.indexOf(k), new Candidate(k.mention(), c.role(), k.byCoreference() || c.byCoreference()));
                    }
                    if (k.type() != c.type() && c.mention().confidence() >= k.mention().confidence() + overrideMargin) {
                        kept.set(kept.indexOf(k), c);
                    }
                    continue;
                }
                double best = clashes.stream().mapToDouble(k -> k.mention().confidence()).max().orElse(1);
                if (newType || c.mention().confidence() >= best + overrideMargin) {
                    kept.removeAll(clashes);
                    fromThis.add(c);
                }
            }
            kept.addAll(fromThis);
            earlierTypes.addAll(types.get(f));
            first = false;
        }
        kept.sort(Comparator.comparingInt(c -> c.mention().start()));
        return kept;
    }

    private static boolean sameSpan(Candidate a, Candidate b) {
        return a.mention().start() == b.mention().start() && a.mention().end() == b.mention().end();
    }
}
