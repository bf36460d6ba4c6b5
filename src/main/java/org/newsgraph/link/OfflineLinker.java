package org.newsgraph.link;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Link;
import org.newsgraph.model.Names;
import org.newsgraph.model.Role;

/**
 * Links entities to the local knowledge base. Candidates come from the entity's names as written and, when
 * none is known, from their {@link NameVariants} and their forms without accents; a person is only looked up
 * by a name of two words or more, never by a surname alone, since surnames are shared, and never to an item
 * whose middle initials differ. Candidates of another type are dropped; several left are told apart by exact
 * label, by the countries the article names, by the roles it states against the items' descriptions, by the
 * parties it names against the items' parties, and by capitals over homonyms; a tie is no link. An item of the broad
 * slice is a candidate only with support from the article (a country, a stated role or a party of its) and
 * only when the curated base holds no namesake of it.
 */
public final class OfflineLinker implements EntityLinker {
    private static final Set<String> ROLE_FILLER = Set.of("u.s.", "us", "the", "of", "and", "for", "a", "an", "s", "to");

    private final KnowledgeBase kb;

    public OfflineLinker(KnowledgeBase kb) {
        this.kb = kb;
    }

    @Override
    public Optional<KbEntity> item(String qid) {
        return kb.get(qid);
    }

    /** A candidate and the name of the entity that found it. */
    private record Candidate(KbEntity item, String name, boolean exactLabel) {}

    @Override
    public Optional<Link> link(Entity entity, List<Entity> context) {
        Map<String, Candidate> cands = candidates(entity, false);
        boolean loose = cands.isEmpty();
        if (loose) cands = candidates(entity, true);
        if (cands.isEmpty()) return Optional.empty();
        List<Candidate> list = new ArrayList<>(cands.values());
        // the context is read only when candidates must be weighed: a single curated candidate needs none
        boolean weigh = list.size() > 1 || list.stream().anyMatch(c -> kb.isBroad(c.item().qid()));
        Set<String> contextPlaces = weigh ? known(context, EntityType.PLACE) : Set.of();
        Set<String> contextOrganizations = weigh ? known(context, EntityType.ORGANIZATION) : Set.of();
        // an item only the broad slice knows is linked when the article supports it: one of its countries named,
        // its description matching a stated role, or its party named; a name alone is not enough among 100,000
        // items that include the namesakes of many people in the news
        list.removeIf(c -> kb.isBroad(c.item().qid()) && !supported(c.item(), entity, contextPlaces, contextOrganizations));
        // and never over a namesake the curated base holds: that is the one the news means ("Taiwan", "Kosovo")
        if (list.stream().anyMatch(c -> !kb.isBroad(c.item().qid()))) list.removeIf(c -> kb.isBroad(c.item().qid()));
        if (list.isEmpty()) return Optional.empty();
        if (list.size() == 1) {
            Candidate c = list.get(0);
            return Optional.of(new Link(c.item().qid(), loose ? 0.8 : 0.9, "only " + entity.type().label() + " named \"" + c.name() + "\""
                    + (loose ? " (matched as \"" + c.item().label() + "\")" : "")));
        }
        Candidate best = null;
        double bestScore = -1;
        boolean tie = false;
        for (Candidate c : list) {
            KbEntity e = c.item();
            double s = 0;
            if (c.exactLabel()) s += 1;
            if (e.countries().stream().anyMatch(contextPlaces::contains)) s += 0.5;
            if (entity.roles().stream().anyMatch(r -> describes(e.description(), r))) s += 0.75;
            if (e.parties().stream().anyMatch(contextOrganizations::contains)) s += 0.5;
            // a name shared by a capital and another place means the capital in news ("Washington")
            if (entity.type() == EntityType.PLACE && e.description().toLowerCase(Locale.ROOT).contains("capital")) s += 1.25;
            if (s > bestScore) {
                best = c;
                bestScore = s;
                tie = false;
            } else if (s == bestScore) {
                tie = true;
            }
        }
        if (tie) return Optional.empty();
        if (best == null) return Optional.empty();
        return Optional.of(new Link(best.item().qid(), Math.min(0.95, 0.6 + bestScore / 5),
                list.size() + " candidates; chosen by label, country context, stated role, party and capital prior (score " + bestScore + ")"));
    }

    private static boolean supported(KbEntity e, Entity entity, Set<String> contextPlaces, Set<String> contextOrganizations) {
        return e.countries().stream().anyMatch(contextPlaces::contains)
                || entity.roles().stream().anyMatch(r -> describes(e.description(), r))
                || e.parties().stream().anyMatch(contextOrganizations::contains);
    }

    /** The items the entity's names find, exactly or (when {@code loose}) through variants and without accents. */
    private Map<String, Candidate> candidates(Entity entity, boolean loose) {
        Map<String, Candidate> cands = new LinkedHashMap<>();
        for (String label : entity.labels()) {
            List<String> names = loose ? new ArrayList<>(List.of(label)) : List.of(label);
            if (loose) names.addAll(NameVariants.of(label, entity.type()));
            for (String name : names) {
                if (entity.type() == EntityType.PERSON && name.trim().split("\\s+").length < 2) continue;
                for (KbEntity e : loose ? kb.lookupLoosely(name) : kb.lookup(name)) {
                    if (e.type() != entity.type()) continue;
                    if (entity.type() == EntityType.PERSON && !sameInitials(label, e)) continue;
                    boolean exact = Names.key(e.label()).equals(Names.key(name));
                    Candidate old = cands.get(e.qid());
                    if (old == null || (exact && !old.exactLabel())) cands.put(e.qid(), new Candidate(e, label, exact));
                }
            }
        }
        return cands;
    }

    /** Whether the item's name has no middle initials, or the ones the article writes ("George W." is not "George H. W."). */
    private static boolean sameInitials(String name, KbEntity e) {
        Set<String> mine = NameVariants.initials(name);
        Set<String> its = NameVariants.initials(e.label());
        return its.isEmpty() || its.equals(mine) || mine.isEmpty() && e.aliases().stream().anyMatch(a -> NameVariants.initials(a).isEmpty()
                && Names.key(a).split(" ").length >= 2);
    }

    /** The items of a type that the other entities of the article name. */
    private Set<String> known(List<Entity> context, EntityType type) {
        Set<String> out = new HashSet<>();
        for (Entity c : context) {
            if (c.type() != type) continue;
            for (String n : c.labels()) kb.lookup(n).forEach(k -> {
                if (k.type() == type) out.add(k.qid());
            });
        }
        return out;
    }

    /** Whether every word of a stated role is in the item's description ("Defense Secretary", "Secretary of Defense"). */
    static boolean describes(String description, Role role) {
        Set<String> words = new HashSet<>(List.of(description.toLowerCase(Locale.ROOT).split("[^\\p{L}.]+")));
        boolean any = false;
        for (String w : role.name().toLowerCase(Locale.ROOT).split("[^\\p{L}.]+")) {
            if (w.isEmpty() || ROLE_FILLER.contains(w)) continue;
            if (!words.contains(w) && !words.contains(w.replaceAll("\\.$", ""))) return false;
            any = true;
        }
        return any;
    }
}
