package org.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.extract.EntityType;

/** One gold annotation file (see the gold set's README for the format). */
public record Gold(String sourceFile, String title, String date, String outlet, List<GoldEntity> entities,
                   List<GoldQuote> quotes) {

    /** A gold entity: canonical name, surface forms, Wikidata id or null. */
    public record GoldEntity(EntityType type, String name, List<String> mentions, String wikidata) {}

    /** A gold quote; {@code speaker} is null and {@code description} set for an unnamed source. */
    public record GoldQuote(String speaker, String description, String text, String kind, String utterance) {}

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
            quotes.add(new GoldQuote(text(q, "speaker"), null, text(q, "text"), text(q, "kind"), text(q, "utterance")));
        }
        for (JsonNode q : n.path("anonymous_quotes")) {
            quotes.add(new GoldQuote(null, text(q, "speaker_description"), text(q, "text"), "direct", null));
        }
        return new Gold(text(n, "source_file"), text(n, "title"), text(n, "date"), text(n, "outlet"), ents, quotes);
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
