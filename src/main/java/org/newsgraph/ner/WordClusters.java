package org.newsgraph.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.SerializableArtifact;

/**
 * Word classes learnt from unlabelled text by the exchange algorithm (Kneser and Ney 1993; Martin, Liermann and
 * Ney 1998, the method of Clark's and mkcls's clusters): every word is put in the one of {@code k} classes that
 * best predicts the classes of its neighbours, maximising the likelihood of a class-bigram model. Words that
 * occur in the same contexts ("minister", "president", "spokesman"; "Nairobi", "Lagos") end in one class, so
 * the name finder can generalise from a name it was taught to one it never saw in labelled text.
 *
 * <p>Words are lower-cased; those seen fewer than {@code minCount} times share no class. The result depends only
 * on the text and the settings: words are visited in a fixed order (by count, then alphabetically).
 */
public final class WordClusters implements SerializableArtifact {
    /** The numbers of classes the name finder's features use ({@code ner/features.xml}), coarse to fine. */
    public static final int[] CLASS_COUNTS = {64, 256, 1024};

    private final Map<String, Integer> classOf;
    private final int k;

    private WordClusters(Map<String, Integer> classOf, int k) {
        this.classOf = classOf;
        this.k = k;
    }

    /** The model resource holding {@code k} classes. */
    public static String resource(int k) {
        return "wc" + k + ".classes";
    }

    /** Sentences of plain text as the name finder's tokens: a line is a sentence, words cut by {@link ModelTokens}. */
    public static List<String[]> sentences(String text) {
        List<String[]> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            List<String> toks = new ArrayList<>();
            for (String t : line.split("\\s+")) {
                for (int[] p : ModelTokens.pieces(t)) toks.add(t.substring(p[0], p[1]));
            }
            if (!toks.isEmpty()) out.add(toks.toArray(String[]::new));
        }
        return out;
    }

    public int classes() {
        return k;
    }

    public int words() {
        return classOf.size();
    }

    /** The class of a word (any case), or -1. */
    public int classOf(String word) {
        return classOf.getOrDefault(word.toLowerCase(Locale.ROOT), -1);
    }

    @Override
    public Class<?> getArtifactSerializerClass() {
        return Serializer.class;
    }

    /** The classes as {@code word class} lines, sorted by word. */
    public void write(OutputStream out) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append(k).append('\n');
        classOf.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> b.append(e.getKey()).append(' ').append(e.getValue()).append('\n'));
        out.write(b.toString().getBytes(StandardCharsets.UTF_8));
        out.flush(); // the stream is a model's zip entry: it stays open
    }

    /** Classes written by {@link #write}; the stream is left open. */
    public static WordClusters read(InputStream in) throws IOException {
        String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
        if (lines.length == 0 || !lines[0].strip().matches("\\d+")) throw new IOException("not a word-class list");
        Map<String, Integer> m = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int sp = lines[i].lastIndexOf(' ');
            if (sp <= 0) continue;
            m.put(lines[i].substring(0, sp), Integer.parseInt(lines[i].substring(sp + 1).strip()));
        }
        return new WordClusters(m, Integer.parseInt(lines[0].strip()));
    }

    /** Stores word classes in a model, as the resource a {@link WordClassFeatureGenerator} reads. */
    public static final class Serializer implements ArtifactSerializer<WordClusters> {
        @Override
        public WordClusters create(InputStream in) throws IOException {
            return read(in);
        }

        @Override
        public void serialize(WordClusters artifact, OutputStream out) throws IOException {
            artifact.write(out);
        }
    }

    /**
     * Learns {@code k} classes from sentences of tokens.
     *
     * @param iterations passes over the vocabulary (the likelihood rises little after five or so)
     */
    public static WordClusters learn(List<String[]> sentences, int k, int minCount, int iterations) {
        if (k < 2) throw new IllegalArgumentException("at least two classes");
        // vocabulary: index 0 is the sentence boundary and every rare word, in a class of its own (class 0)
        Map<String, Integer> counts = new HashMap<>();
        for (String[] s : sentences) for (String w : s) counts.merge(w.toLowerCase(Locale.ROOT), 1, Integer::sum);
        List<String> vocab = new ArrayList<>();
        counts.forEach((w, c) -> {
            if (c >= minCount) vocab.add(w);
        });
        vocab.sort(Comparator.comparing((String w) -> -counts.get(w)).thenComparing(Comparator.naturalOrder()));
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < vocab.size(); i++) index.put(vocab.get(i), i + 1);
        int v = vocab.size() + 1;

        // word bigram counts, as successor and predecessor lists per word
        List<Map<Integer, Integer>> next = new ArrayList<>();
        List<Map<Integer, Integer>> prev = new ArrayList<>();
        for (int i = 0; i < v; i++) {
            next.add(new HashMap<>());
            prev.add(new HashMap<>());
        }
        long[] wordCount = new long[v];
        for (String[] s : sentences) {
            int p = 0;
            for (int j = 0; j <= s.length; j++) {
                int w = j < s.length ? index.getOrDefault(s[j].toLowerCase(Locale.ROOT), 0) : 0;
                next.get(p).merge(w, 1, Integer::sum);
                prev.get(w).merge(p, 1, Integer::sum);
                wordCount[w]++;
                p = w;
            }
        }
        int[][] nextIds = new int[v][];
        int[][] nextCounts = new int[v][];
        int[][] prevIds = new int[v][];
        int[][] prevCounts = new int[v][];
        for (int i = 0; i < v; i++) {
            nextIds[i] = sortedKeys(next.get(i));
            nextCounts[i] = values(next.get(i), nextIds[i]);
            prevIds[i] = sortedKeys(prev.get(i));
            prevCounts[i] = values(prev.get(i), prevIds[i]);
        }
        next = null;
        prev = null;

        // classes: 0 holds the boundary and rare words and never changes; words start round-robin by frequency
        int[] cls = new int[v];
        for (int i = 1; i < v; i++) cls[i] = 1 + (i - 1) % (k - 1);
        long[][] bigram = new long[k][k];
        long[] classCount = new long[k];
        for (int i = 0; i < v; i++) {
            classCount[cls[i]] += wordCount[i];
            for (int j = 0; j < nextIds[i].length; j++) bigram[cls[i]][cls[nextIds[i][j]]] += nextCounts[i][j];
        }

        long[] toRight = new long[k]; // counts of (w, word of class c)
        long[] fromLeft = new long[k]; // counts of (word of class c, w)
        int[] rightNz = new int[k];
        int[] leftNz = new int[k];
        for (int it = 0; it < iterations; it++) {
            int moved = 0;
            for (int w = 1; w < v; w++) {
                int old = cls[w];
                Arrays.fill(toRight, 0);
                Arrays.fill(fromLeft, 0);
                long self = 0;
                for (int j = 0; j < nextIds[w].length; j++) {
                    if (nextIds[w][j] == w) self += nextCounts[w][j];
                    else toRight[cls[nextIds[w][j]]] += nextCounts[w][j];
                }
                for (int j = 0; j < prevIds[w].length; j++) {
                    if (prevIds[w][j] != w) fromLeft[cls[prevIds[w][j]]] += prevCounts[w][j];
                }
                int nr = 0;
                int nl = 0;
                for (int c = 0; c < k; c++) {
                    if (toRight[c] != 0) rightNz[nr++] = c;
                    if (fromLeft[c] != 0) leftNz[nl++] = c;
                }
                // take w out of its class
                for (int j = 0; j < nr; j++) bigram[old][rightNz[j]] -= toRight[rightNz[j]];
                for (int j = 0; j < nl; j++) bigram[leftNz[j]][old] -= fromLeft[leftNz[j]];
                bigram[old][old] -= self;
                classCount[old] -= wordCount[w];
                int best = old;
                double bestGain = Double.NEGATIVE_INFINITY;
                for (int c = 1; c < k; c++) {
                    double g = gain(bigram, classCount, c, toRight, rightNz, nr, fromLeft, leftNz, nl, self, wordCount[w]);
                    if (g > bestGain + 1e-9 || (c == old && g >= bestGain - 1e-9)) {
                        bestGain = g;
                        best = c;
                    }
                }
                for (int j = 0; j < nr; j++) bigram[best][rightNz[j]] += toRight[rightNz[j]];
                for (int j = 0; j < nl; j++) bigram[leftNz[j]][best] += fromLeft[leftNz[j]];
                bigram[best][best] += self;
                classCount[best] += wordCount[w];
                if (best != old) {
                    cls[w] = best;
                    moved++;
                }
            }
            if (moved == 0) break;
        }
        Map<String, Integer> classOf = new HashMap<>();
        for (int i = 1; i < v; i++) classOf.put(vocab.get(i - 1), cls[i]);
        return new WordClusters(classOf, k);
    }

    /** The change of the class-bigram log-likelihood when a word with these neighbour counts joins class {@code c}. */
    private static double gain(long[][] bigram, long[] classCount, int c, long[] toRight, int[] rightNz, int nr,
            long[] fromLeft, int[] leftNz, int nl, long self, long n) {
        double g = 0;
        long[] row = bigram[c];
        for (int j = 0; j < nr; j++) {
            int d = rightNz[j];
            if (d != c) g += xlogx(row[d] + toRight[d]) - xlogx(row[d]);
        }
        for (int j = 0; j < nl; j++) {
            int d = leftNz[j];
            if (d != c) g += xlogx(bigram[d][c] + fromLeft[d]) - xlogx(bigram[d][c]);
        }
        long diag = self + toRight[c] + fromLeft[c];
        if (diag != 0) g += xlogx(row[c] + diag) - xlogx(row[c]);
        g -= 2 * (xlogx(classCount[c] + n) - xlogx(classCount[c]));
        return g;
    }

    private static double xlogx(long x) {
        return x <= 0 ? 0 : x * Math.log(x);
    }

    private static int[] sortedKeys(Map<Integer, Integer> m) {
        return m.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    private static int[] values(Map<Integer, Integer> m, int[] keys) {
        int[] out = new int[keys.length];
        for (int i = 0; i < keys.length; i++) out[i] = m.get(keys[i]);
        return out;
    }
}
