package org.newsgraph.extract;

/**
 * A mention found by the recogniser, before mentions are grouped into entities.
 *
 * @param mention    the mention
 * @param role       a role stated with it ("U.S. President" in "U.S. President Donald Trump"), or null
 * @param byCoreference whether it only names an entity that the article named in full elsewhere
 */
record Candidate(Mention mention, Role role, boolean byCoreference) {
    Candidate(Mention mention) {
        this(mention, null, false);
    }

    EntityType type() {
        return mention.type();
    }

    String text() {
        return mention.text();
    }
}
