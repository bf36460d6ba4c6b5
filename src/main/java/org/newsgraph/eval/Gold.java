package org.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.EntityType;

/**
 * One gold annotation file (see the gold set's README for the format).
 *
 * @param scored           the measures the file annotates ("persons", "organizations", "places", "treaties",
 *                         "quotes", "metadata"); every measure when the file does not say
 * @param unscoredMentions names of types outside the scored ones: neither rewarded nor penalised
 * @param mentionCounts    per type, how often each surface form is annotated (entity corpora), else empty
 * @param split            the corpus's own split of the article ("train", "dev"), or null
 */
public record Gold(String sourceFile, String title, String date, String outlet, List<GoldEntity> entities,
                   List<GoldQuote> quotes, Set<String> scored, Set<String> unscoredMentions,
                   Map<EntityType, Map<String, Integer>> mentionCounts, String split) {

    public static final Set<String> ALL_MEASURES = Set.of("persons", "organizations", "places", "treaties", "quotes", "metadata");

    public Gold {
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        scored = Set.copyOf(scored);
        unscoredMentions = Set.copyOf(unscoredMentions);
        mentionCounts = Map.copyOf(mentionCounts);
    }

    /** A gold entity: canonical name, surface forms, Wikidata id or null. */
    public record GoldEntity(EntityType type, String name, List<String> mentions, String wikidata) {}

    /**
     * A gold quote. {@code speaker} is the speaker's name, or null: then {@code description} is set for an
     * unnamed source, or {@code unresolved} says the gold leaves a pronoun or description unresolved.
     */
    public record GoldQuote(String speaker, String description, String text, String kind, String utterance,
                            boolean unresolved, String givenAs) {
        /** How the text gives the speaker, when the gold says: named at the quote, pronoun, role noun or running. */
        public static final List<String> GIVEN_AS = List.of("named", "pronoun", "role noun", "running");

        public GoldQuote(String speaker, String description, String text, String kind, String utterance, boolean unresolved) {
            this(speaker, description, text, kind, utterance, unresolved, null);
        }
    }

    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "i", "we", "him", "her", "his", "them", "it");

    /** "named", "pronoun", "role noun" or "running" from a gold's speaker_basis and speaker_mention, or null. */
    static String givenAs(JsonNode q) {
        String basis = text(q, "speaker_basis");
        if (basis == null) return null;
        if (basis.equals("named")) return "named";
        if (!basis.equals("resolved")) return null;
        String m = text(q, "speaker_mention");
        if (m == null) return "running";
        return PRONOUNS.contains(m.strip().toLowerCase(java.util.Locale.ROOT)) ? "pronoun" : "role noun";
    }

    public boolean scores(String measure) {
        return scored.contains(measure);
    }

    /** Whether speakers are names as the text writes them rather than the persons listed in the file. */
    public boolean speakersAsWritten() {
        return scored.contains("quotes") && !scored.contains("persons");
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    public static Gold read(Path file) throws IOException {
        JsonNode n = JSON.readTree(file.toFile());
        List<GoldEntity> ents = new ArrayList<>();
        entities(n, "persons", EntityType.PERSON, ents);
        entities(n, "organizations", EntityType.ORGANIZATION, ents);
        entities(n, "places", EntityType.PLACE, ents);
        entities(n, "treaties", EntityType.TREATY, ents);
        List<GoldQuote> quotes = new ArrayList<>();
        for (JsonNode q : n.path("quotes")) {
            String speaker = text(q, "speaker");
            quotes.add(new GoldQuote(speaker, null, text(q, "text"), text(q, "kind"), text(q, "utterance"), speaker == null, givenAs(q)));
        }
        for (JsonNode q : n.path("anonymous_quotes")) {
            quotes.add(new GoldQuote(null, text(q, "speaker_description"), text(q, "text"), "direct", null, false));
        }
        Set<String> scored = new LinkedHashSet<>();
        if (n.has("scored")) {
            for (JsonNode s : n.path("scored")) scored.add(s.asText());
        } else {
            scored.addAll(ALL_MEASURES);
        }
        Set<String> unscored = new LinkedHashSet<>();
        for (JsonNode u : n.path("unscored_mentions")) unscored.add(u.asText());
        Map<EntityType, Map<String, Integer>> counts = new EnumMap<>(EntityType.class);
        n.path("mention_counts").fields().forEachRemaining(e -> {
            EntityType t = switch (e.getKey()) {
                case "PER" -> EntityType.PERSON;
                case "ORG" -> EntityType.ORGANIZATION;
                case "LOC" -> EntityType.PLACE;
                default -> null;
            };
            if (t == null) return;
            Map<String, Integer> forms = new LinkedHashMap<>();
            e.getValue().fields().forEachRemaining(f -> forms.put(f.getKey(), f.getValue().asInt()));
            counts.put(t, forms);
        });
        return new Gold(text(n, "source_file"), text(n, "title"), text(n, "date"), text(n, "outlet"), ents, quotes,
                scored, unscored, counts, text(n, "polnear_split"));
    }

    private static void entities(JsonNode n, String field, EntityType type, List<GoldEntity> out) {
        for (JsonNode e : n.path(field)) {
            List<String> mentions = new ArrayList<>();
            for (JsonNode m : e.path("mentions")) mentions.add(m.asText());
            out.add(new GoldEntity(type, text(e, "name"), mentions, text(e, "wikidata")));
        }
    }

    private static String text(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() ? null : v.asText();
    }
}
