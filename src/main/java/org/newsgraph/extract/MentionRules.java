package org.newsgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.nlp.WordLists;

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
        return of(WordLists.lines(RESOURCE));
    }

    static MentionRules parse(BufferedReader reader, String source) throws IOException {
        return of(WordLists.lines(reader, source));
    }

    private static MentionRules of(List<WordLists.Line> lines) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (WordLists.Line l : lines) {
            String[] f = l.text().split("\t");
            if (f.length != 2) throw l.error("expected id<TAB>confidence");
            double c;
            try {
                c = Double.parseDouble(f[1].strip());
            } catch (NumberFormatException e) {
                throw l.error("confidence is not a number: " + f[1]);
            }
            if (c < 0 || c > 1) throw l.error("confidence outside [0, 1]: " + c);
            if (out.put(f[0].strip(), c) != null) throw l.error("rule listed twice: " + f[0]);
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
