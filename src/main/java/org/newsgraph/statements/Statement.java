package org.newsgraph.statements;

import java.time.LocalDate;
import java.util.List;

/**
 * One utterance, with every report of it and how the reports differ.
 *
 * @param key        stable identity: the speaker and the first report's id
 * @param speaker    the speaker's identity, or null
 * @param date       the day it was said, when a report gives it
 * @param reports    the reports, with how each differs from the others
 * @param divergence 1 minus the similarity of the two least alike articles' wordings (0 when one article reports it)
 * @param divergent  whether the reports differ past the threshold, for finding misquotations
 */
public record Statement(String key, String speaker, LocalDate date, List<Difference> reports, double divergence, boolean divergent) {
    public Statement {
        reports = List.copyOf(reports);
    }

    /**
     * How one report differs from the other reports of its statement.
     *
     * @param similarity mean similarity of its article's wording to the other articles' (1 when one article reports it)
     * @param adds       content words of this report that no other article's wording has
     * @param lacks      content words that most other articles' wordings have and this article's lacks
     */
    public record Difference(ReportRef report, double similarity, List<String> adds, List<String> lacks) {
        public Difference {
            adds = List.copyOf(adds);
            lacks = List.copyOf(lacks);
        }
    }
}
