package org.newsgraph;

import org.newsgraph.extract.Extraction;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.PageLayout;

/** One pipeline shared by the tests of a JVM (models load once). */
public final class TestPipelines {
    private static Pipeline shared;

    private TestPipelines() {}

    public static synchronized Pipeline get() {
        if (shared == null) shared = Pipeline.builder().build();
        return shared;
    }

    /** Extracts a plain-text article written for a test. */
    public static synchronized Extraction extract(String source, String text) {
        return get().process(PageLayout.plainText(source, text));
    }

    public static synchronized Extraction extract(Article a) {
        return get().process(a);
    }
}
