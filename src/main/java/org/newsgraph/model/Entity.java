package org.newsgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * An entity as one article presents it: its canonical name, the names the article uses, its stated roles,
 * its mentions and, when the knowledge base knows it, its link.
 *
 * @param key      canonical key, the same in every article for the same entity (its IRI is minted from it)
 * @param type     the kind of entity
 * @param name     canonical name
 * @param labels   the names used in the article (without titles), canonical name first
 * @param roles    roles and titles stated in the article
 * @param mentions where the article names it, in text order
 * @param link     the Wikidata link, or null
 */
public record Entity(String key, EntityType type, String name, List<String> labels, List<Role> roles,
                     List<Mention> mentions, Link link) {
    public Entity {
        Objects.requireNonNull(key);
        Objects.requireNonNull(type);
        Objects.requireNonNull(name);
        labels = List.copyOf(labels);
        roles = distinct(roles);
        mentions = List.copyOf(mentions);
    }

    /**
     * One role per name: an article that writes "former mayor" once and "Mayor Brandt" elsewhere calls a past
     * office holder by the title, as news style does, so the role is the former one.
     */
    private static List<Role> distinct(List<Role> roles) {
        java.util.Map<String, Role> byName = new java.util.LinkedHashMap<>();
        for (Role r : roles) byName.merge(r.name(), r, (a, b) -> a.former() ? a : b);
        return List.copyOf(byName.values());
    }

    public Entity withLink(Link l, String newKey, String newName) {
        return new Entity(newKey, type, newName, labels, roles, mentions, l);
    }
}
