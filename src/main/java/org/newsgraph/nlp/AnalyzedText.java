package org.newsgraph.nlp;

import java.util.List;
import org.newsgraph.ingest.Article;

/**
 * An article cut into sentences and tokens. Tokens carry the POS tags the rules need (see
 * {@link OpenNlpAnalyzer}); {@link #tag(Sentence, int)} tags any other token when a rule needs it.
 */
public record AnalyzedText(Article article, List<Sentence> sentences, SentenceTagger tagger) {
    /** Tags a token of a sentence in its context. */
    public interface SentenceTagger {
        String tag(Sentence s, int token);

        /** For texts whose tokens are all tagged already. */
        SentenceTagger TAGGED = (s, i) -> s.tokens().get(i).pos();
    }

    public AnalyzedText {
        sentences = List.copyOf(sentences);
    }

    public AnalyzedText(Article article, List<Sentence> sentences) {
        this(article, sentences, SentenceTagger.TAGGED);
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }

    /** The UD POS tag of a token of the sentence, tagged now if it was not. */
    public String tag(Sentence s, int token) {
        String t = s.tokens().get(token).pos();
        return t != null ? t : tagger.tag(s, token);
    }

    /** The sentence holding an offset, or null: found by bisection. */
    public Sentence sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.start()) hi = mid - 1;
            else if (offset >= s.end()) lo = mid + 1;
            else return s;
        }
        return null;
    }
}
