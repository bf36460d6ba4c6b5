package org.newsgraph.link;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.EntityType;

/** Reads one entity in Wikidata's JSON format (as in the dumps and in wbgetentities) into a {@link KbEntity}. */
public final class WikidataJson {
    private static final Set<String> PLACE_CLASSES = Set.copyOf(java.util.Arrays.asList("Q6256", "Q515", "Q35657", "Q3624078", "Q1549591", "Q5119",
            "Q486972", "Q10864048", "Q82794", "Q50337", "Q107390", "Q34876", "Q2221906", "Q1620908", "Q56061"));
    private static final Set<String> TREATY_CLASSES = Set.copyOf(java.util.Arrays.asList("Q131569", "Q321839", "Q864737", "Q93288"));
    private static final Set<String> MORE_PLACE_CLASSES = Set.copyOf(java.util.Arrays.asList("Q15284", "Q532", "Q3957", "Q1637706", "Q200250",
            "Q13220204", "Q28575", "Q15642541", "Q23442", "Q5107", "Q165", "Q4022", "Q7930989", "Q6465", "Q1093829"));
    private static final Set<String> ORGANIZATION_CLASSES = Set.copyOf(java.util.Arrays.asList("Q43229", "Q4830453", "Q7278", "Q327333", "Q11032",
            "Q484652", "Q2659904", "Q1331793", "Q15911314", "Q783794", "Q891723", "Q6881511", "Q3918", "Q35749",
            "Q11691", "Q163740", "Q245065", "Q1616075", "Q1110794", "Q192350", "Q7188", "Q1127126", "Q176799",
            "Q31855", "Q1752346", "Q41487", "Q1589009", "Q2088357", "Q17127659", "Q740752", "Q48204", "Q6501447",
            "Q20857065", "Q1792623", "Q294414", "Q13473501", "Q1785733", "Q7210356", "Q15343039", "Q1059478"));

    /** The class written as P31 when an entity is stored: one per type. */
    public static String classOf(EntityType t) {
        return switch (t) {
            case PERSON -> "Q5";
            case ORGANIZATION -> "Q43229";
            case PLACE -> "Q2221906";
            case TREATY -> "Q131569";
        };
    }

    private WikidataJson() {}

    /** The entity, or empty when it is not an item with an English label of a type the linker uses. */
    public static Optional<KbEntity> read(JsonNode e) {
        if (whyNot(e) != null) return Optional.empty();
        String id = e.path("id").asText("");
        String label = e.path("labels").path("en").path("value").asText("");
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

    /** Records that are not items a news entity links to: no id, no English label, or another kind of thing. */
    public static final String NO_ID = "without a Wikidata item id (Q…)";
    public static final String NO_LABEL = "without an English label";
    public static final String OTHER_KIND = "not a person, organisation, place or treaty";

    /** Why {@link #read} keeps nothing of this record ({@link #NO_ID}, {@link #NO_LABEL}, {@link #OTHER_KIND}), or null when it keeps it. */
    public static String whyNot(JsonNode e) {
        if (!e.path("id").asText("").matches("Q[0-9]+")) return NO_ID;
        if (e.path("labels").path("en").path("value").asText("").isBlank()) return NO_LABEL;
        JsonNode claims = e.path("claims");
        return typeOf(itemValues(claims, "P31"), claims, e.path("descriptions").path("en").path("value").asText("")) == null ? OTHER_KIND : null;
    }

    /** How a dropped record is named in messages: its id, English label and classes, as far as it has them. */
    public static String describe(JsonNode e) {
        String id = e.path("id").asText("");
        String label = e.path("labels").path("en").path("value").asText("");
        List<String> p31 = itemValues(e.path("claims"), "P31");
        StringBuilder sb = new StringBuilder(id.isEmpty() ? "(no id)" : id);
        if (!label.isBlank()) sb.append(" \"").append(label).append('"');
        if (!p31.isEmpty()) sb.append(" (instance of ").append(String.join(", ", p31.subList(0, Math.min(3, p31.size())))).append(')');
        return sb.toString();
    }

    /** Writes an entity in Wikidata's JSON format, with the claims the linker reads. */
    public static com.fasterxml.jackson.databind.node.ObjectNode write(KbEntity e, com.fasterxml.jackson.databind.ObjectMapper m) {
        var n = m.createObjectNode();
        n.put("type", "item");
        n.put("id", e.qid());
        n.putObject("labels").putObject("en").put("language", "en").put("value", e.label());
        var al = n.putObject("aliases").putArray("en");
        for (String a : e.aliases()) al.addObject().put("language", "en").put("value", a);
        if (!e.description().isEmpty()) n.putObject("descriptions").putObject("en").put("language", "en").put("value", e.description());
        var claims = n.putObject("claims");
        claim(claims, "P31", List.of(classOf(e.type())));
        claim(claims, e.type() == EntityType.PERSON ? "P27" : "P17", e.countries());
        claim(claims, "P102", e.parties());
        return n;
    }

    private static void claim(com.fasterxml.jackson.databind.node.ObjectNode claims, String p, List<String> values) {
        if (values.isEmpty()) return;
        var arr = claims.putArray(p);
        for (String v : values) {
            var c = arr.addObject();
            var snak = c.putObject("mainsnak");
            snak.put("snaktype", "value").put("property", p);
            var dv = snak.putObject("datavalue");
            dv.put("type", "wikibase-entityid");
            dv.putObject("value").put("entity-type", "item").put("numeric-id", Long.parseLong(v.substring(1))).put("id", v);
            c.put("type", "statement").put("rank", "normal");
        }
    }

    static EntityType typeOf(List<String> p31, JsonNode claims, String description) {
        if (p31.contains("Q5")) return EntityType.PERSON;
        if (p31.stream().anyMatch(TREATY_CLASSES::contains)) return EntityType.TREATY;
        if (p31.stream().anyMatch(PLACE_CLASSES::contains) || p31.stream().anyMatch(MORE_PLACE_CLASSES::contains)) return EntityType.PLACE;
        if (p31.stream().anyMatch(ORGANIZATION_CLASSES::contains)) return EntityType.ORGANIZATION;
        if (!p31.isEmpty()) return null; // films, genes, paintings ...: not what news entities are linked to
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
