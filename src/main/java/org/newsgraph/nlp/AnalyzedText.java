package org.newsgraph.nlp;

import java.util.List;
import org.newsgraph.ingest.Article;

/** An article cut into sentences and tagged tokens. */
public record AnalyzedText(Article article, List<Sentence> sentences) {
    public AnalyzedText {
        sentences = List.copyOf(sentences);
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }
}
