package org.newsgraph.ingest;

import java.util.function.Consumer;

/** Reads the articles of one input. Implementations are named after the format they read. */
public interface ArticleReader {
    /**
     * Reads the articles in {@code text}, the decoded content of the input called {@code name}, passing each
     * article to {@code articles} and each part that cannot be read to {@code problems}.
     */
    void read(String name, String text, Consumer<Article> articles, Consumer<Problem> problems);
}
