package org.newsgraph.model;

import java.time.LocalDate;

/**
 * When and where something was said, as an article tells it.
 *
 * @param date         the day, resolved against the article's date ("on Thursday"), or null
 * @param dateEvidence the words the day was read from ("on Thursday"), or null
 * @param setting      where ("at a press conference", "told reporters at the White House"), or null
 */
public record Occasion(LocalDate date, String dateEvidence, String setting) {
    public static final Occasion UNKNOWN = new Occasion(null, null, null);
}
