package org.newsgraph.model;

/**
 * A mention found by a mention finder, before mentions are grouped into entities.
 *
 * @param mention    the mention
 * @param role       a role stated with it ("U.S. President" in "U.S. President Donald Trump"), or null
 * @param byCoreference whether it only names an entity that the article named in full elsewhere
 */
public record Candidate(Mention mention, Role role, boolean byCoreference) {
    public Candidate(Mention mention) {
        this(mention, null, false);
    }

    public EntityType type() {
        return mention.type();
    }

    public String text() {
        return mention.text();
    }

    /** The same mention, typed {@code t}. */
    public Candidate withType(EntityType t) {
        Mention m = mention;
        return new Candidate(new Mention(m.start(), m.end(), m.text(), t, m.method(), m.confidence()), role, byCoreference);
    }
}
