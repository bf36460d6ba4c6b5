package org.newsgraph.model;

import java.util.Objects;

/**
 * A link from an entity to a Wikidata item.
 *
 * @param qid      the Wikidata item id
 * @param score    the linker's score, 0 to 1
 * @param evidence what the decision rested on, for people to check
 */
public record Link(String qid, double score, String evidence) {
    public Link {
        Objects.requireNonNull(qid);
        if (!qid.matches("Q[0-9]+")) throw new IllegalArgumentException("not a Wikidata item id: " + qid);
    }

    public String iri() {
        return "http://www.wikidata.org/entity/" + qid;
    }
}
