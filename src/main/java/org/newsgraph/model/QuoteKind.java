package org.newsgraph.model;

import java.util.Locale;

/** How a quote appears in an article. */
public enum QuoteKind {
    /** In quote marks in the running text. */
    DIRECT,
    /** A paragraph quoted without marks, its speaker named next to it. */
    BLOCK,
    /** In quote marks in the headline. */
    HEADLINE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
