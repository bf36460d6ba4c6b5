package org.newsgraph.ner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/**
 * Reads token/label training files: one token a line, {@code token<TAB>label} with labels {@code O},
 * {@code B-PER}, {@code I-PER}, {@code B-ORG}, {@code I-ORG}, {@code B-LOC}, {@code I-LOC}; a blank line ends a
 * sentence; each file is one document (adaptive features are cleared at its first sentence). Tokens are cut
 * into {@link ModelTokens}, the pieces the model reads.
 */
public final class BioCorpus {
    private BioCorpus() {}

    /** The OpenNLP name types for the corpus's labels. */
    static String type(String label) {
        return switch (label) {
            case "PER" -> "person";
            case "ORG" -> "organization";
            case "LOC" -> "location";
            default -> throw new IllegalArgumentException("unknown entity label " + label);
        };
    }

    /** The files under the directories (or the files themselves) ending in .tsv, sorted, that {@code keep} accepts. */
    public static List<Path> files(List<Path> inputs, Predicate<Path> keep) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                try (Stream<Path> s = Files.walk(in)) {
                    s.filter(p -> p.toString().endsWith(".tsv") && Files.isRegularFile(p)).sorted().filter(keep).forEach(out::add);
                }
            } else if (Files.isRegularFile(in)) {
                if (keep.test(in)) out.add(in);
            } else {
                throw new IOException(in + ": no such file or directory");
            }
        }
        return out;
    }

    /** The sentences of one file as name samples. */
    public static List<NameSample> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
        List<NameSample> out = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        int n = 0;
        for (String line : lines) {
            n++;
            if (line.isBlank()) {
                if (!tokens.isEmpty()) out.add(sample(tokens, labels, out.isEmpty()));
                tokens.clear();
                labels.clear();
                continue;
            }
            int tab = line.lastIndexOf('\t');
            if (tab <= 0) throw new IllegalArgumentException(file + ":" + n + ": expected token<TAB>label");
            String token = line.substring(0, tab).strip();
            String label = line.substring(tab + 1).strip();
            List<int[]> pieces = ModelTokens.pieces(token);
            for (int k = 0; k < pieces.size(); k++) {
                tokens.add(token.substring(pieces.get(k)[0], pieces.get(k)[1]));
                labels.add(k > 0 && label.startsWith("B-") ? "I-" + label.substring(2) : label);
            }
        }
        if (!tokens.isEmpty()) out.add(sample(tokens, labels, out.isEmpty()));
        return out;
    }

    static NameSample sample(List<String> tokens, List<String> labels, boolean documentStart) {
        List<Span> names = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= labels.size(); i++) {
            String l = i < labels.size() ? labels.get(i) : "O";
            boolean inside = l.startsWith("I-") && type != null && type.equals(type(l.substring(2)));
            if (start >= 0 && !inside) {
                names.add(new Span(start, i, type));
                start = -1;
                type = null;
            }
            if (l.startsWith("B-") || (l.startsWith("I-") && start < 0)) {
                start = i;
                type = type(l.substring(2));
            }
        }
        return new NameSample(tokens.toArray(String[]::new), names.toArray(Span[]::new), documentStart);
    }
}
