package org.newsgraph.statements;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A quote as printed in one article, as far as grouping quotes into statements needs it.
 *
 * @param id       the report's identity (its IRI in a store)
 * @param source   the article it is printed in
 * @param speaker  the speaker's identity, or null when unattributed or unnamed (such reports are never merged)
 * @param text     the quoted words
 * @param date     the day it was said, or null
 * @param follows  the id of the report it continues (the speaker's previous quote in the same paragraph), or null
 */
public record ReportRef(String id, String source, String speaker, String text, LocalDate date, String follows) {
    public ReportRef {
        Objects.requireNonNull(id);
        Objects.requireNonNull(source);
        Objects.requireNonNull(text);
    }
}
