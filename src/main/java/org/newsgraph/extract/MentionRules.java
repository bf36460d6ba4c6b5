package org.newsgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rules of {@link RuleMentionFinder} by id, each with the confidence its mentions carry (the share of
 * its mentions that were right on a tuning split of annotated news). Read from a tab-separated resource,
 * {@code id<TAB>confidence}; a duplicated id, a confidence outside [0, 1] or a malformed line is an error.
 */
public record MentionRules(Map<String, Double> confidences) {
    public static final String RESOURCE = "/rules/mention-rules.tsv";

    public MentionRules {
        confidences = Map.copyOf(confidences);
    }

    /** The rules shipped with the project. */
    public static MentionRules standard() {
        try (InputStream in = MentionRules.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MentionRules parse(BufferedReader reader, String source) throws IOException {
        Map<String, Double> out = new LinkedHashMap<>();
        String line;
        int n = 0;
        while ((line = reader.readLine()) != null) {
            n++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) continue;
            String[] f = t.split("\t");
            if (f.length != 2) throw new IllegalArgumentException(source + ":" + n + ": expected id<TAB>confidence");
            double c;
            try {
                c = Double.parseDouble(f[1].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(source + ":" + n + ": confidence is not a number: " + f[1]);
            }
            if (c < 0 || c > 1) throw new IllegalArgumentException(source + ":" + n + ": confidence outside [0, 1]: " + c);
            if (out.put(f[0].strip(), c) != null) throw new IllegalArgumentException(source + ":" + n + ": rule listed twice: " + f[0]);
        }
        return new MentionRules(out);
    }

    /** The confidence of a rule; an id the file does not list is a programming error. */
    public double confidence(String id) {
        Double c = confidences.get(id);
        if (c == null) throw new IllegalStateException("rule " + id + " is not listed in " + RESOURCE);
        return c;
    }
}
