package org.newsgraph;

import org.newsgraph.extract.Extraction;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.PageLayout;

/** One pipeline shared by the tests of a JVM (models load once). */
public final class TestPipelines {
    private static Pipeline shared;
    private static Pipeline rules;

    private TestPipelines() {}

    public static synchronized Pipeline get() {
        if (shared == null) shared = Pipeline.builder().build();
        return shared;
    }

    /** A pipeline that recognises names with the rules and the knowledge base only, for tests of the rules. */
    public static synchronized Pipeline rules() {
        if (rules == null) rules = Pipeline.builder().rulesOnly(true).build();
        return rules;
    }

    /** Extracts a plain-text article written for a test with the rules only. */
    public static synchronized Extraction extractWithRules(String source, String text) {
        return rules().process(PageLayout.plainText(source, text));
    }

    /** Extracts a plain-text article written for a test. */
    public static synchronized Extraction extract(String source, String text) {
        return get().process(PageLayout.plainText(source, text));
    }

    public static synchronized Extraction extract(Article a) {
        return get().process(a);
    }
}
