package org.newsgraph.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.Inputs;

/**
 * The annotated articles of quote corpora: folders of {@code texts/} and {@code gold/}, as {@code
 * corpora/quotes/polnear} and {@code ggt} are, each article with its gold, of one split.
 */
public final class QuoteCorpora {
    /** Receives an annotated article. */
    @FunctionalInterface
    public interface Visitor {
        void visit(Gold gold, Article article) throws IOException;
    }

    private QuoteCorpora() {}

    /** Visits each article of split {@code wanted} whose gold scores quotes; returns how many files were read. */
    public static int read(List<Path> corpora, Split wanted, Visitor v) throws IOException {
        Inputs in = new Inputs();
        int files = 0;
        for (Path corpus : corpora) {
            Path gold = corpus.resolve("gold");
            Path texts = corpus.resolve("texts");
            if (!Files.isDirectory(gold) || !Files.isDirectory(texts)) throw new IOException(corpus + ": no gold/ and texts/ folders");
            List<Path> golds;
            try (Stream<Path> s = Files.list(gold)) {
                golds = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            }
            for (Path g : golds) {
                Gold gd = Gold.read(g);
                if (!wanted.includes(Split.of(gd)) || !gd.scores("quotes")) continue;
                Path f = texts.resolve(gd.sourceFile()).normalize();
                if (!f.startsWith(texts.normalize()) || !Files.isRegularFile(f)) continue;
                List<Article> read = new ArrayList<>();
                in.read(gd.sourceFile(), Files.readAllBytes(f), read::add, p -> { });
                for (Article a : read) v.visit(gd, a);
                files++;
            }
        }
        return files;
    }
}
