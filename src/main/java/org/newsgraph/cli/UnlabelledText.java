package org.newsgraph.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.newsgraph.eval.Split;
import org.newsgraph.ner.WordClusters;

/**
 * Plain-text articles read as sentences for learning word classes ({@code kg train ner --text}), leaving out the
 * articles whose split {@code keep} refuses: an article's split is the one its corpus states in a gold file of the
 * same name in a {@code gold/} folder beside the texts, else the split its name falls in.
 */
record UnlabelledText(int articles, List<String[]> sentences) {
    static UnlabelledText read(List<Path> dirs, Predicate<Split> keep) throws IOException {
        List<String[]> sentences = new ArrayList<>();
        int articles = 0;
        for (Path f : files(dirs, keep)) {
            sentences.addAll(WordClusters.sentences(Files.readString(f, StandardCharsets.UTF_8)));
            articles++;
        }
        return new UnlabelledText(articles, sentences);
    }

    /** The plain-text articles (.txt) under {@code dirs} whose split {@code keep} accepts, in a stable order. */
    static List<Path> files(List<Path> dirs, Predicate<Split> keep) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) throw new IOException(dir + ": not a directory of texts");
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path f : s.filter(p -> p.toString().endsWith(".txt") && Files.isRegularFile(p)).sorted().toList()) {
                    if (keep.test(Split.ofFile(f))) out.add(f);
                }
            }
        }
        return out;
    }

}
