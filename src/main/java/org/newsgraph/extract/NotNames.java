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
 * ("@harbourdesk"), a story label in capitals ("NEW", "UPDATE", {@code lexicons/story-labels.txt}), and the first
 * party of a court case cut at its "v." ("Abbott v"); and a seat of government
 * taken for a place, which news names for the institution.
 */
final class NotNames {
    private static final Set<String> DEMONYMS = WordLists.load("demonyms");
    private static final Set<String> STORY_LABELS = WordLists.load("story-labels");
    private static final Pattern NUMBER = Pattern.compile("[\\d.,/\\-\u2013]+");
    private static final Pattern CASE_PARTY = Pattern.compile(".*\\s(v|vs)\\.?$");

    private NotNames() {}

    private static final Set<String> SEATS = WordLists.load("seats-of-government");

    /**
     * The candidates without those that are no names, and with the seats of government a finder took for places
     * typed as the institutions they stand for ({@code lexicons/seats-of-government.txt}: "the White House said").
     */
    static List<Candidate> drop(String text, List<Candidate> found) {
        return found.stream().filter(c -> !notAName(text, c)).map(NotNames::institution).toList();
    }

    private static Candidate institution(Candidate c) {
        return c.type() == EntityType.PLACE && SEATS.contains(c.text()) ? c.withType(EntityType.ORGANIZATION) : c;
    }

    static boolean notAName(String text, Candidate c) {
        if (c.type() == EntityType.TREATY) return false;
        String t = c.text().strip();
        if (DEMONYMS.contains(t) || STORY_LABELS.contains(t) || NUMBER.matcher(t).matches() || CASE_PARTY.matcher(t).matches()) return true;
        int s = c.mention().start();
        return s > 0 && text.charAt(s - 1) == '@';
    }
}
