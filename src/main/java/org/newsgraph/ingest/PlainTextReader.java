package org.newsgraph.ingest;

import java.util.function.Consumer;

/** One article per file, its metadata written in the text as news pages copied to text have it. */
public final class PlainTextReader implements ArticleReader {
    @Override
    public void read(String name, String text, Consumer<Article> articles, Consumer<Problem> problems) {
        articles.accept(PageLayout.plainText(name, text));
    }
}
