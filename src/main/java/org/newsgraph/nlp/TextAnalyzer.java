package org.newsgraph.nlp;

import org.newsgraph.ingest.Article;

/** Splits an article's content blocks into sentences and tokens, with POS tags and lemmas. */
public interface TextAnalyzer {
    AnalyzedText analyze(Article article);
}
