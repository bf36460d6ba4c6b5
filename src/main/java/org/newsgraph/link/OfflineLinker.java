package org.newsgraph.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Link;
import org.newsgraph.extract.Names;

/**
 * Links entities to the local knowledge base. Candidates come from the entity's names; a person is only
 * looked up by a name of two words or more, never by a surname alone, since surnames are shared. Candidates
 * of another type are dropped; several left are told apart by exact label, by the countries the article
 * names, and by capitals over homonyms; a tie is no link.
 */
public final class OfflineLinker implements EntityLinker {
    private final KnowledgeBase kb;

    public OfflineLinker(KnowledgeBase kb) {
        this.kb = kb;
    }

    @Override
    public Optional<KbEntity> item(String qid) {
        return kb.get(qid);
    }

    @Override
    public Optional<Link> link(Entity entity, List<Entity> context) {
        Map<String, KbEntity> cands = new LinkedHashMap<>();
        Map<String, Boolean> exactLabel = new LinkedHashMap<>();
        for (String name : entity.labels()) {
            if (entity.type() == EntityType.PERSON && name.trim().split("\\s+").length < 2) continue;
            for (KbEntity e : kb.lookup(name)) {
                if (e.type() != entity.type()) continue;
                cands.putIfAbsent(e.qid(), e);
                if (Names.key(e.label()).equals(Names.key(name))) exactLabel.put(e.qid(), true);
            }
        }
        if (cands.isEmpty()) return Optional.empty();
        List<KbEntity> list = new ArrayList<>(cands.values());
        if (list.size() == 1) {
            KbEntity e = list.get(0);
            return Optional.of(new Link(e.qid(), 0.9, "only " + entity.type().label() + " named \"" + matchedName(entity, e) + "\""));
        }
        Set<String> contextCountries = new java.util.HashSet<>();
        for (Entity c : context) {
            if (c.type() == EntityType.PLACE) {
                for (String n : c.labels()) kb.lookup(n).forEach(k -> { if (k.type() == EntityType.PLACE) contextCountries.add(k.qid()); });
            }
        }
        KbEntity best = null;
        double bestScore = -1;
        boolean tie = false;
        for (KbEntity e : list) {
            double s = 0;
            if (exactLabel.getOrDefault(e.qid(), false)) s += 1;
            if (e.countries().stream().anyMatch(contextCountries::contains)) s += 0.5;
            // a name shared by a capital and another place means the capital in news ("Washington")
            if (entity.type() == EntityType.PLACE && e.description().toLowerCase().contains("capital")) s += 1.25;
            if (s > bestScore) {
                best = e;
                bestScore = s;
                tie = false;
            } else if (s == bestScore) {
                tie = true;
            }
        }
        if (tie || best == null) return Optional.empty();
        return Optional.of(new Link(best.qid(), Math.min(0.95, 0.6 + bestScore / 5),
                list.size() + " candidates; chosen by label, country context and capital prior (score " + bestScore + ")"));
    }

    private static String matchedName(Entity entity, KbEntity e) {
        for (String n : entity.labels()) {
            if (Names.key(n).equals(Names.key(e.label())) || e.aliases().stream().anyMatch(a -> Names.key(a).equals(Names.key(n)))) return n;
        }
        return entity.name();
    }
}
