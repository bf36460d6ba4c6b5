package org.newsgraph.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
        Set<String> out = new LinkedHashSet<>();
        for (Line l : lines(resource)) {
            if (!out.add(l.text())) throw l.error("listed twice: " + l.text());
        }
        return List.copyOf(out);
    }

    /** A line of a data file that holds an entry: where it stands, for errors that name the file and line. */
    public record Line(String source, int number, String text) {
        /** An error about this line: "rules/x.tsv:12: " and the reason. */
        public IllegalArgumentException error(String reason) {
            return new IllegalArgumentException(source + ":" + number + ": " + reason);
        }
    }

    /** The lines of a data resource that hold entries, stripped, without blank lines and {@code #} comments. */
    public static List<Line> lines(String resource) {
        try (InputStream in = WordLists.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            return lines(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of a reader that hold entries, stripped, without blank lines and {@code #} comments. */
    public static List<Line> lines(BufferedReader reader, String source) throws IOException {
        List<Line> out = new ArrayList<>();
        String line;
        int n = 0;
        while ((line = reader.readLine()) != null) {
            n++;
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) out.add(new Line(source, n, t));
        }
        return out;
    }

    static Set<String> parse(BufferedReader reader, String source) throws IOException {
        Set<String> out = new LinkedHashSet<>();
        for (Line l : lines(reader, source)) {
            if (!out.add(l.text())) throw l.error("listed twice: " + l.text());
        }
        return out;
    }
}
