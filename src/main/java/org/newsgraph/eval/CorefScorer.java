package org.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.coref.AnaphoraResolver;
import org.newsgraph.coref.Discourse;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Names;

/**
 * Scores a pronoun resolver against coreference chains annotated by people (the GUM gold of
 * {@code corpora/coref}): for each third-person pronoun ("he", "she" and their forms) outside quotes whose
 * chain is a person with a name, is the entity it is resolved to that person — one of the chain's names, or
 * an entity with a mention inside the chain. Unresolved counts as wrong. Accuracy overall and per genre.
 */
public final class CorefScorer {
    private static final Set<String> THIRD_PERSON = Set.of("he", "him", "his", "himself", "she", "her", "hers", "herself");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The chains of one document: each pronoun to score, with the names and name spans of its chain. */
    public record GoldDoc(String sourceFile, String genre, List<Pronoun> pronouns) {}

    /** A pronoun of a named person's chain. */
    public record Pronoun(int start, int end, List<String> names, List<int[]> nameSpans) {}

    private final Map<String, int[]> byGenre = new LinkedHashMap<>();
    private final List<String> misses = new ArrayList<>();

    public static GoldDoc read(Path file) throws IOException {
        JsonNode n = JSON.readTree(file.toFile());
        List<Pronoun> out = new ArrayList<>();
        for (JsonNode c : n.path("chains")) {
            if (!"person".equals(c.path("type").asText()) || c.path("name").isNull() || c.path("name").isMissingNode()) continue;
            List<String> names = new ArrayList<>();
            for (JsonNode x : c.path("names")) names.add(x.asText());
            List<int[]> spans = new ArrayList<>();
            for (JsonNode m : c.path("mentions")) {
                if ("name".equals(m.path("kind").asText())) spans.add(new int[] {m.path("head_start").asInt(), m.path("head_end").asInt()});
            }
            for (JsonNode m : c.path("mentions")) {
                if (!"pronoun".equals(m.path("kind").asText())) continue;
                if (!THIRD_PERSON.contains(m.path("text").asText().toLowerCase(Locale.ROOT))) continue;
                out.add(new Pronoun(m.path("start").asInt(), m.path("end").asInt(), names, spans));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Pronoun::start));
        return new GoldDoc(n.path("source_file").asText(), n.path("genre").asText("other"), out);
    }

    /** Resolves and scores every gold pronoun of a document; pronouns inside quotes are not scored. */
    public void add(GoldDoc gold, Discourse d, List<Entity> entities, AnaphoraResolver resolver) {
        Map<String, Entity> byKey = new LinkedHashMap<>();
        for (Entity e : entities) byKey.put(e.key(), e);
        int[] all = byGenre.computeIfAbsent("all", k -> new int[2]);
        int[] genre = byGenre.computeIfAbsent(gold.genre(), k -> new int[2]);
        for (Pronoun p : gold.pronouns()) {
            if (d.quoted(p.start())) continue;
            AnaphoraResolver.Resolution r = resolver.resolve(d, p.start(), p.end(), null, -1);
            Entity e = r == null ? null : byKey.get(r.key());
            boolean right = e != null && (named(e, p.names()) || inChain(e, p.nameSpans()));
            all[1]++;
            genre[1]++;
            if (right) {
                all[0]++;
                genre[0]++;
            } else {
                String t = d.text();
                misses.add(gold.sourceFile() + ": \"" + t.substring(Math.max(0, p.start() - 60), p.end()).replace('\n', ' ') + "\" -> "
                        + (e == null ? "nobody" : e.name()) + ", gold " + p.names().get(0));
            }
        }
    }

    private static boolean named(Entity e, List<String> names) {
        List<String> ours = new ArrayList<>(e.labels());
        ours.add(e.name());
        for (String n : names) {
            String g = Names.key(n);
            for (String o : ours) if (Names.key(o).equals(g)) return true;
        }
        return false;
    }

    private static boolean inChain(Entity e, List<int[]> heads) {
        for (Mention m : e.mentions()) {
            for (int[] h : heads) if (m.start() <= h[0] && h[1] <= m.end()) return true;
        }
        return false;
    }

    /** Right and scored pronouns per genre, "all" first. */
    public Map<String, int[]> byGenre() {
        return byGenre;
    }

    public List<String> misses() {
        return misses;
    }
}
