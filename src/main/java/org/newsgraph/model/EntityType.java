package org.newsgraph.model;

/** The kinds of entity newsgraph recognises. */
public enum EntityType {
    PERSON("Person"), ORGANIZATION("Organization"), PLACE("Place"), TREATY("Treaty");

    private final String label;

    EntityType(String label) {
        this.label = label;
    }

    /** The name used in IRIs, queries and reports: Person, Organization, Place, Treaty. */
    public String label() {
        return label;
    }
}
