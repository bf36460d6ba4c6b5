package org.newsgraph.build;

import java.util.List;
import org.apache.jena.riot.system.StreamRDF;
import org.newsgraph.ingest.Article;

/** Where a build writes: a store, or files of N-Quads for loading elsewhere. */
public interface Target {
    /** Whether this article is there already, built from the content {@code contentHash} names. */
    boolean isCurrent(Article article, String contentHash);

    /** The source of another article with the same text that is there already, or null. */
    String sourceWithText(Article article);

    /** Writes whole articles, each through its writer, all or none. Returns the quads written. */
    long write(List<Article> articles, List<java.util.function.Consumer<StreamRDF>> writers);

    /**
     * Ends the build: whatever must span the whole corpus. {@code present} names every article the inputs hold
     * (built, unchanged or failed). Returns the number of articles removed because the inputs no longer hold them.
     */
    int finish(boolean anyWritten, java.util.Set<String> present, org.newsgraph.statements.StatementConsolidator.Progress progress);
}
