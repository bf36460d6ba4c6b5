package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.ingest.Block;
import org.newsgraph.link.KnowledgeBase;
import org.newsgraph.model.Candidate;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.nlp.AnalyzedText;
import org.newsgraph.nlp.WordLists;

/**
 * The place of a news dateline: the city in capitals that opens one of the first paragraphs of the body,
 * before a dash ("TOKYO –", "WASHINGTON (AP) —", "MANCHESTER, N.H. -", "YAOUNDÉ, May 13 (IPS) -"). Wire
 * style puts the place where the story was filed there and nothing else, so the capitals are a place, not a
 * shout. A bare dateline of several words is taken only when the knowledge base knows it as a place, since
 * outlets open stories with their own name in capitals too ("TODAY NICARAGUA –"); one with a state, a date or an
 * agency after it is the wire form and taken as it stands. Labels that open stories the same way ("BREAKING
 * –", "UPDATE —") are listed in {@code lexicons/dateline-stops.txt}.
 */
public final class DatelineFinder implements MentionFinder {
    public static final String METHOD = "dateline";

    /** The body paragraphs a dateline may open: the first, or one after a standfirst or a photo credit. */
    static final int FIRST_PARAGRAPHS = 3;

    private static final Pattern DATELINE = Pattern.compile(
            "^(\\p{Lu}[\\p{Lu}'’.-]*\\p{Lu}\\.?(?: \\p{Lu}[\\p{Lu}'’.-]*){0,3})"      // the place, in capitals
                    + "(,\\s*[^,()\\-–—]{1,25}?)?"                                   // ", N.H." or ", May 13 2022"
                    + "(\\s*\\([^)]{1,30}\\))?"                                      // "(AP)", "(May 6, 2021)"
                    + "\\s*[-–—]\\s");
    private static final Set<String> STOPS = WordLists.load("dateline-stops");

    private final KnowledgeBase kb;
    private final double confidence;

    public DatelineFinder(KnowledgeBase kb, double confidence) {
        this.kb = kb;
        this.confidence = confidence;
    }

    public DatelineFinder(KnowledgeBase kb) {
        this(kb, MentionRules.standard().confidence(METHOD));
    }

    @Override
    public List<Candidate> find(AnalyzedText at) {
        List<Candidate> out = new ArrayList<>();
        int paragraphs = 0;
        for (Block b : at.article().content()) {
            if (b.kind() != Block.Kind.BODY) continue;
            if (++paragraphs > FIRST_PARAGRAPHS) break;
            Matcher m = DATELINE.matcher(at.article().text(b));
            if (!m.find()) continue;
            String place = m.group(1);
            if (!isPlace(place, m.group(2) != null || m.group(3) != null)) continue;
            int start = b.start() + m.start(1);
            out.add(new Candidate(new Mention(start, start + place.length(), place, EntityType.PLACE, METHOD, confidence)));
            break; // one dateline per article
        }
        return out;
    }

    private boolean isPlace(String place, boolean wireForm) {
        for (String w : place.split(" ")) if (STOPS.contains(w.toLowerCase(Locale.ROOT))) return false;
        if (wireForm) return true;
        List<org.newsgraph.link.KbEntity> known = kb.lookup(place);
        boolean knownPlace = known.stream().anyMatch(e -> e.type() == EntityType.PLACE);
        return knownPlace || (known.isEmpty() && !place.contains(" ")); // "THUWAL –", but not "NATO –"
    }

    @Override
    public Set<EntityType> types() {
        return EnumSet.of(EntityType.PLACE);
    }
}
