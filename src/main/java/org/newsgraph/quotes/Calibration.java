package org.newsgraph.quotes;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.newsgraph.nlp.WordLists;

/**
 * A report's confidence as the share of right speakers its method had on annotated training articles: of the
 * reports a method decides at confidence c, about c are right (histogram binning by method, Zadrozny and Elkan
 * 2001). Learnt by {@code kg train confidence}; a method the table does not list keeps its sieve's own confidence.
 */
public final class Calibration {
    public static final String RESOURCE = "/quotes/confidence.tsv";
    /** Fewer decisions than this on the training articles say too little: the sieve's own confidence stays. */
    public static final int MIN_DECISIONS = 5;

    private final Map<String, Double> byMethod;

    public Calibration(Map<String, Double> byMethod) {
        this.byMethod = Map.copyOf(byMethod);
    }

    /** The sieves' own confidences, uncalibrated. */
    public static Calibration none() {
        return new Calibration(Map.of());
    }

    private static final Calibration SHIPPED = load();

    /** The shipped table (read once), or none when it is missing. */
    public static Calibration shipped() {
        return SHIPPED;
    }

    private static Calibration load() {
        if (Calibration.class.getResource(RESOURCE) == null) return none();
        Map<String, Double> out = new HashMap<>();
        for (WordLists.Line l : WordLists.lines(RESOURCE)) {
            String[] f = l.text().split("\t");
            if (f.length < 2) throw l.error("not 'method<TAB>confidence<TAB>decisions'");
            double c;
            try {
                c = Double.parseDouble(f[1]);
            } catch (NumberFormatException e) {
                throw l.error("not a number: " + f[1]);
            }
            if (c < 0 || c > 1) throw l.error("a confidence is between 0 and 1: " + f[1]);
            if (out.put(f[0], c) != null) throw l.error(f[0] + " listed twice");
        }
        return new Calibration(out);
    }

    /** The confidence of a report decided by {@code method}, or {@code own} when the table has none. */
    public double of(String method, double own) {
        Double c = byMethod.get(method);
        return c == null ? own : c;
    }

    public int size() {
        return byMethod.size();
    }

    /**
     * The table from right and all decisions per method: (right + 1) / (decisions + 2), Laplace's rule, for
     * methods with at least {@value #MIN_DECISIONS} decisions.
     */
    public static Map<String, double[]> fit(Map<String, int[]> rightAndAll) {
        Map<String, double[]> out = new java.util.TreeMap<>();
        rightAndAll.forEach((m, v) -> {
            if (v[1] >= MIN_DECISIONS) out.put(m, new double[] {(v[0] + 1.0) / (v[1] + 2.0), v[1]});
        });
        return out;
    }

    /** Writes a fitted table in the form {@link #shipped()} reads. */
    public static void write(Map<String, double[]> table, String provenance, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("# The confidence of a report by the method that decided it: the share of right speakers that method had\n");
            w.write("# on annotated training articles, (right + 1) / (decisions + 2). method<TAB>confidence<TAB>decisions.\n");
            w.write("# " + provenance.replace('\n', ' ') + "\n");
            for (var e : table.entrySet()) {
                w.write(e.getKey() + "\t" + String.format(java.util.Locale.ROOT, "%.3f", e.getValue()[0]) + "\t" + (int) e.getValue()[1] + "\n");
            }
        }
    }
}
