package org.newsgraph.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.model.Candidate;
import org.newsgraph.model.EntityType;
import org.newsgraph.nlp.WordLists;

/**
 * Mentions the finders make of words that are never a person, organisation or place alone: a people's word
 * ("German", "Kenyans", {@code lexicons/demonyms.txt}), a bare number or year ("1907"), a social-media handle
 * ("@harbourdesk"), and the first party of a court case cut at its "v." ("Abbott v").
 */
final class NotNames {
    private static final Set<String> DEMONYMS = WordLists.load("demonyms");
    private static final Pattern NUMBER = Pattern.compile("[\\d.,/\\-\u2013]+");
    private static final Pattern CASE_PARTY = Pattern.compile(".*\\s(v|vs)\\.?$");

    private NotNames() {}

    /** The candidates without those that are no names. */
    static List<Candidate> drop(String text, List<Candidate> found) {
        return found.stream().filter(c -> !notAName(text, c)).toList();
    }

    static boolean notAName(String text, Candidate c) {
        if (c.type() == EntityType.TREATY) return false;
        String t = c.text().strip();
        if (DEMONYMS.contains(t) || NUMBER.matcher(t).matches() || CASE_PARTY.matcher(t).matches()) return true;
        int s = c.mention().start();
        return s > 0 && text.charAt(s - 1) == '@';
    }
}
