package org.newsgraph.coref;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.nlp.Lexicons;

/**
 * Learns which given names news writing uses for one gender, from unlabelled articles: for every person an
 * article names in full, the gender the article itself shows (honorific, gendered role, the pronouns that refer
 * back to the person; {@link Genders}, without given names) is a vote for the first word of the name. A name
 * is kept when enough articles voted and they agree. The result is {@link FirstNames}' data file.
 */
public final class FirstNameLearner {
    private final Map<String, int[]> votes = new TreeMap<>();
    private final Map<String, Integer> asSurname = new java.util.HashMap<>();
    private int persons;

    /** Counts the votes of one article's persons, from its discourse read without given names. */
    public void add(Discourse d, List<Entity> entities) {
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON) continue;
            String[] words = e.name().strip().split("\\s+");
            if (words.length >= 2) asSurname.merge(words[words.length - 1].toLowerCase(Locale.ROOT), 1, Integer::sum);
            String first = firstName(e.name());
            if (first == null) continue;
            Genders.Gender g = d.genders().of(e.key());
            if (g == null) continue;
            persons++;
            votes.computeIfAbsent(first, k -> new int[2])[g == Genders.Gender.MALE ? 0 : 1]++;
        }
    }

    /** The first word of a full name when it can be a given name: capitalised letters, not an honorific or title. */
    static String firstName(String name) {
        String[] ws = name.strip().split("\\s+");
        if (ws.length < 2) return null;
        String w = ws[0];
        if (w.length() < 2 || !w.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'')) return null;
        if (!Character.isUpperCase(w.charAt(0)) || w.chars().skip(1).allMatch(Character::isUpperCase)) return null;
        String lw = w.toLowerCase(Locale.ROOT);
        if (Lexicons.HONORIFICS.contains(w) || Lexicons.ROLE_WORDS.contains(w) || Lexicons.ROLE_WORDS.contains(lw) || Lexicons.TITLE_MODIFIERS.contains(w)) return null;
        return lw;
    }

    public int persons() {
        return persons;
    }

    /**
     * The names with at least {@code minVotes} votes of which at least {@code agreement} agree, and their gender;
     * a word that ends persons' names half as often as it begins them is a surname written first ("Xi Jinping",
     * "Chen Shui-bian") and says nothing of gender.
     */
    public Map<String, Genders.Gender> genders(int minVotes, double agreement) {
        Map<String, Genders.Gender> out = new TreeMap<>();
        votes.forEach((name, v) -> {
            int n = v[0] + v[1];
            if (n < minVotes || 2 * asSurname.getOrDefault(name, 0) >= n) return;
            if (v[0] >= agreement * n) out.put(name, Genders.Gender.MALE);
            else if (v[1] >= agreement * n) out.put(name, Genders.Gender.FEMALE);
        });
        return out;
    }

    /** Writes the data file {@link FirstNames} reads. */
    public static void write(Map<String, Genders.Gender> genders, String provenance, Path out) throws IOException {
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("# Given names news writing uses for one gender: name<TAB>M|F. Learnt by kg train names (FirstNameLearner);\n");
            w.write("# " + provenance.replace('\n', ' ') + "\n");
            for (var e : genders.entrySet()) w.write(e.getKey() + "\t" + (e.getValue() == Genders.Gender.MALE ? "M" : "F") + "\n");
        }
    }
}
