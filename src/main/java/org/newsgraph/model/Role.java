package org.newsgraph.model;

/**
 * A role or title as an article states it ("Chief Cabinet Secretary", "U.S. Defense Secretary").
 *
 * @param name   the role as written, without honorifics
 * @param former true when the article marks it as past ("then Prime Minister", "former President")
 */
public record Role(String name, boolean former) {
    public Role {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("empty role");
    }
}
