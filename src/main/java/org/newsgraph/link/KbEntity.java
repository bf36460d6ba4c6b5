package org.newsgraph.link;

import java.util.List;
import java.util.Objects;
import org.newsgraph.model.EntityType;

/**
 * An item of the knowledge base: a Wikidata entity with its English names and the claims the linker uses.
 *
 * @param qid         Wikidata id, e.g. Q22686
 * @param label       English label
 * @param aliases     English aliases
 * @param description English description
 * @param type        what kind of entity it is, from its P31 and P17 claims
 * @param countries   P17 (country) and P27 (citizenship) values
 * @param parties     P102 (member of political party) values
 */
public record KbEntity(String qid, String label, List<String> aliases, String description, EntityType type,
                       List<String> countries, List<String> parties) {
    private static final java.util.regex.Pattern QID = java.util.regex.Pattern.compile("Q[0-9]+");

    public KbEntity {
        Objects.requireNonNull(qid);
        if (!QID.matcher(qid).matches()) throw new IllegalArgumentException("not a Wikidata item id: " + qid);
        Objects.requireNonNull(label);
        Objects.requireNonNull(type);
        aliases = List.copyOf(aliases);
        description = description == null ? "" : description;
        countries = List.copyOf(countries);
        parties = List.copyOf(parties);
    }
}
