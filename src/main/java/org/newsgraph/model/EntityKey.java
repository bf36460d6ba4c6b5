package org.newsgraph.model;

import java.util.List;

/**
 * An entity's canonical key, minted here and nowhere else: its type, the scheme that identifies it, and the
 * identifier in that scheme. Written as a string ({@link #toString()}) it is what records and IRIs carry:
 * {@code Person:jane smith} (scheme {@code name}: the normalised name), {@code Place:Q17} (scheme
 * {@code wikidata}), {@code Treaty:Q17+Q30:security} (scheme {@code treaty}: the parties' items and the topic).
 */
public record EntityKey(EntityType type, Scheme scheme, String id) {
    /** How the identifier identifies the entity. */
    public enum Scheme { NAME, WIKIDATA, TREATY }

    public EntityKey {
        if (type == null || scheme == null || id == null) throw new IllegalArgumentException("a key needs a type, a scheme and an id");
    }

    /** The key of an entity known by its name, normalised as {@link Names#key} does. */
    public static EntityKey named(EntityType type, String name) {
        return new EntityKey(type, Scheme.NAME, Names.key(name));
    }

    /** The key of an entity linked to a Wikidata item. */
    public static EntityKey wikidata(EntityType type, String qid) {
        if (!qid.matches("Q[0-9]+")) throw new IllegalArgumentException("not a Wikidata item: " + qid);
        return new EntityKey(type, Scheme.WIKIDATA, qid);
    }

    /** The key of a treaty known by the items of its parties and its topic. */
    public static EntityKey treaty(List<String> partyItems, String topic) {
        return new EntityKey(EntityType.TREATY, Scheme.TREATY, String.join("+", partyItems) + ":" + topic);
    }

    /** Reads a key written by {@link #toString()}. */
    public static EntityKey parse(String key) {
        int colon = key.indexOf(':');
        if (colon <= 0) throw new IllegalArgumentException("not an entity key: " + key);
        String label = key.substring(0, colon);
        String id = key.substring(colon + 1);
        EntityType type = null;
        for (EntityType t : EntityType.values()) if (t.label().equals(label)) type = t;
        if (type == null) throw new IllegalArgumentException("unknown entity type in key: " + key);
        Scheme scheme = id.matches("Q[0-9]+") ? Scheme.WIKIDATA : type == EntityType.TREATY && id.contains(":") ? Scheme.TREATY : Scheme.NAME;
        return new EntityKey(type, scheme, id);
    }

    /** For a treaty key: the items of its parties. */
    public List<String> treatyParties() {
        if (scheme != Scheme.TREATY) return List.of();
        return List.of(id.substring(0, id.indexOf(':')).split("\\+"));
    }

    /** For a treaty key: its topic, possibly empty. */
    public String treatyTopic() {
        return scheme != Scheme.TREATY ? "" : id.substring(id.indexOf(':') + 1);
    }

    @Override
    public String toString() {
        return type.label() + ":" + id;
    }
}
