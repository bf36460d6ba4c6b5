package org.newsgraph.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a closed word list from the resources under {@code /lexicons/}: one entry per line, blank lines and
 * lines starting with {@code #} skipped. An entry listed twice is an error naming the file and line, so a
 * list cannot grow by accident copies.
 */
public final class WordLists {
    private WordLists() {}

    /** The list {@code /lexicons/NAME.txt}. */
    public static Set<String> load(String name) {
        return Set.copyOf(ordered("/lexicons/" + name + ".txt"));
    }

    /** The entries of a resource in the order it lists them. */
    public static List<String> ordered(String resource) {
        try (InputStream in = WordLists.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            return List.copyOf(parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<String> parse(BufferedReader reader, String source) throws IOException {
        Set<String> out = new LinkedHashSet<>();
        String line;
        int n = 0;
        while ((line = reader.readLine()) != null) {
            n++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) continue;
            if (!out.add(t)) throw new IllegalArgumentException(source + ":" + n + ": listed twice: " + t);
        }
        return out;
    }
}
