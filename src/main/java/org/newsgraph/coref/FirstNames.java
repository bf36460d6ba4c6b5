package org.newsgraph.coref;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Given names that news writing uses for one gender, with the gender: "Mary Kovac … she", "Peter Sandvik … he".
 * The list is data ({@value #RESOURCE}: a name, a tab, {@code M} or {@code F}), learnt from unlabelled news by
 * {@link FirstNameLearner}; a name is listed only when the pronouns that follow it agree. Only the first word of
 * a name of two words or more is looked up, so a surname standing alone never gets a gender from here.
 */
public final class FirstNames {
    public static final String RESOURCE = "/lexicons/first-name-genders.tsv";
    private static final FirstNames SHIPPED = load();

    private final Map<String, Genders.Gender> genders;

    public FirstNames(Map<String, Genders.Gender> genders) {
        this.genders = Map.copyOf(genders);
    }

    /** No names: genders come from what each article writes only. */
    public static FirstNames none() {
        return new FirstNames(Map.of());
    }

    /** The shipped list, or an empty one when the resource is missing. */
    public static FirstNames shipped() {
        return SHIPPED;
    }

    public int size() {
        return genders.size();
    }

    /** The gender of a full name's first word ("Mary Kovac" → female), or null when unknown or a single word. */
    public Genders.Gender genderOf(String name) {
        String[] words = name.strip().split("\\s+");
        if (words.length < 2) return null;
        return genders.get(words[0].toLowerCase(Locale.ROOT));
    }

    private static FirstNames load() {
        Map<String, Genders.Gender> out = new HashMap<>();
        try (InputStream in = FirstNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) return new FirstNames(out);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length < 2 || !(f[1].equals("M") || f[1].equals("F"))) {
                    throw new IllegalStateException(RESOURCE + ":" + n + ": not 'name<TAB>M|F'");
                }
                if (out.put(f[0].toLowerCase(Locale.ROOT), f[1].equals("M") ? Genders.Gender.MALE : Genders.Gender.FEMALE) != null) {
                    throw new IllegalStateException(RESOURCE + ":" + n + ": " + f[0] + " listed twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FirstNames(out);
    }
}
