package org.newsgraph.quotes;

import org.newsgraph.model.QuoteKind;

/**
 * One way news writing shows who said a quote (a cue verb after it, a label before it, the running speaker
 * of the paragraph, …). A {@link SieveChainAttributor} runs the sieves in a configured order, each over the
 * quotes no earlier sieve decided, as CoreNLP's quote attribution does.
 */
public interface Sieve {
    /** The sieve's name, as listed in the order file and recorded as the quote's method. */
    String name();

    /** Whether the sieve reads quotes like this one; by default quotes in marks in the running text. */
    default boolean handles(QuoteSpan q) {
        return q.kind() == QuoteKind.DIRECT && !q.hasLabel();
    }

    /** The speaker of quote {@code i} of the scene, or null when this sieve cannot tell. */
    Attribution attribute(QuoteScene scene, int i);
}
