package org.newsgraph.link;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.extract.EntityType;

/** Reads one entity in Wikidata's JSON format (as in the dumps and in wbgetentities) into a {@link KbEntity}. */
public final class WikidataJson {
    private static final Set<String> PLACE_CLASSES = Set.of("Q6256", "Q515", "Q35657", "Q3624078", "Q1549591", "Q5119",
            "Q486972", "Q10864048", "Q82794", "Q50337", "Q107390", "Q34876", "Q2221906", "Q1620908", "Q56061");
    private static final Set<String> TREATY_CLASSES = Set.of("Q131569", "Q321839", "Q864737", "Q93288");

    private WikidataJson() {}

    /** The entity, or empty when it is not an item with an English label of a type the linker uses. */
    public static Optional<KbEntity> read(JsonNode e) {
        String id = e.path("id").asText("");
        if (!id.matches("Q[0-9]+")) return Optional.empty();
        String label = e.path("labels").path("en").path("value").asText("");
        if (label.isBlank()) return Optional.empty();
        List<String> aliases = new ArrayList<>();
        for (JsonNode a : e.path("aliases").path("en")) {
            String v = a.path("value").asText("");
            if (!v.isBlank() && !v.equals(label)) aliases.add(v);
        }
        String description = e.path("descriptions").path("en").path("value").asText("");
        JsonNode claims = e.path("claims");
        List<String> p31 = itemValues(claims, "P31");
        List<String> countries = new ArrayList<>(itemValues(claims, "P17"));
        countries.addAll(itemValues(claims, "P27"));
        EntityType type = typeOf(p31, claims, description);
        if (type == null) return Optional.empty();
        return Optional.of(new KbEntity(id, label, aliases, description, type, countries, itemValues(claims, "P102")));
    }

    static EntityType typeOf(List<String> p31, JsonNode claims, String description) {
        if (p31.contains("Q5")) return EntityType.PERSON;
        if (p31.stream().anyMatch(TREATY_CLASSES::contains)) return EntityType.TREATY;
        if (p31.stream().anyMatch(PLACE_CLASSES::contains)) return EntityType.PLACE;
        if (!p31.isEmpty()) return EntityType.ORGANIZATION;
        // items without P31 in the slice are territories and regions; in a dump they are skipped unless placed
        if (claims.has("P17") || claims.has("P300") || description.startsWith("geographic region")
                || description.startsWith("territory") || description.startsWith("group of territories")) {
            return EntityType.PLACE;
        }
        return null;
    }

    static List<String> itemValues(JsonNode claims, String property) {
        List<String> out = new ArrayList<>();
        for (JsonNode c : claims.path(property)) {
            String v = c.path("mainsnak").path("datavalue").path("value").path("id").asText("");
            if (!v.isEmpty()) out.add(v);
        }
        return out;
    }
}
