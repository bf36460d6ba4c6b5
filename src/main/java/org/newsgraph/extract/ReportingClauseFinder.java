package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Candidate;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.nlp.AnalyzedText;
import org.newsgraph.nlp.Lexicons;

/**
 * Persons named in the reporting clause right after a quote, where news puts the speaker and where a name
 * the model has not learnt still is one: "“…,” said Whit Ayres, who …", "“…,” Tiegen stated." The name is
 * one to three capitalised words next to a speech verb after the closing mark; a single word counts only
 * when the article wrote it before as the last word of a longer name ("John Tiegen … Tiegen stated"). A
 * later finder in the merge: it only fills gaps the other finders left.
 */
public final class ReportingClauseFinder implements MentionFinder {
    public static final String METHOD = "reporting-clause";

    private static final String CLOSE = "(?:[\u201D\"]|'')";
    private static final String WORD = "\\p{Lu}[\\p{L}\u2019'-]*\\p{L}";
    private static final String NAME = WORD + "(?:\\s+(?:\\p{Lu}\\.\\s+)?" + WORD + "){0,2}";
    private static final String VERBS = String.join("|", Lexicons.SPEECH_VERBS.stream().filter(v -> !v.contains(" ")).sorted().toList());
    /** "“…,” said Jane Smith," and "“…,” said former Gov. Jane Smith of …". */
    private static final Pattern VERB_THEN_NAME = Pattern.compile(
            CLOSE + "\\s*(?:" + VERBS + ")\\s+((?:(?:former|the)\\s+)?(?:[\\p{Lu}][\\p{L}.\u2024]*\\s+){0,4}?)(" + NAME + ")(?=\\s*[,.;]|\\s+(?:of|who|in|at|on|to|from)\\b)");
    /** "“…,” Jane Smith said" and "“…,” Smith stated." */
    private static final Pattern NAME_THEN_VERB = Pattern.compile(
            CLOSE + "\\s*(" + NAME + ")\\s+(?:" + VERBS + ")\\b");

    private final double confidence;

    public ReportingClauseFinder(double confidence) {
        this.confidence = confidence;
    }

    /** At the confidence the mention rules give the method. */
    public static ReportingClauseFinder standard() {
        return new ReportingClauseFinder(MentionRules.standard().confidence(METHOD));
    }

    /** Titles written with a dot ("Gov.", "Sen.", "Mr."), whose dot ends no name. */
    private static final Pattern SHORT_TITLE = Pattern.compile("\\b(" + String.join("|", java.util.stream.Stream.concat(
            Lexicons.ROLE_WORDS.stream(), Lexicons.HONORIFICS.stream()).filter(w -> w.endsWith(".") && w.indexOf('.') == w.length() - 1)
            .map(w -> Pattern.quote(w.substring(0, w.length() - 1))).sorted().toList()) + ")\\.");
    private static final char MASKED_DOT = '\u2024';

    @Override
    public List<Candidate> find(AnalyzedText at) {
        // the same length as the article's text, with a title's dot masked so that no name ends at it
        String text = SHORT_TITLE.matcher(at.article().text()).replaceAll("$1" + MASKED_DOT);
        List<Candidate> out = new ArrayList<>();
        Matcher m = VERB_THEN_NAME.matcher(text);
        while (m.find()) {
            if (m.group(1).isBlank() || titles(m.group(1))) add(text, m.start(2), m.end(2), out);
        }
        m = NAME_THEN_VERB.matcher(text);
        while (m.find()) add(text, m.start(1), m.end(1), out);
        return out;
    }

    /** Whether the words before the name are a title ("former Gov.", "Sen.", "Navy Capt.") and nothing else. */
    private static boolean titles(String words) {
        for (String w : words.strip().replace(MASKED_DOT, '.').split("\\s+")) {
            if (!w.equals("former") && !w.equals("the") && !Lexicons.ROLE_WORDS.contains(w) && !Lexicons.HONORIFICS.contains(w)) return false;
        }
        return true;
    }

    private void add(String text, int start, int end, List<Candidate> out) {
        String name = text.substring(start, end);
        String[] words = name.split("\\s+");
        for (String w : words) {
            if (Lexicons.SENTENCE_OPENERS.contains(w) || Lexicons.NEVER_NAMES.contains(w) || Lexicons.ROLE_WORDS.contains(w)
                    || Lexicons.ORG_HEADS.contains(w) || Lexicons.PLACE_HEADS.contains(w) || Lexicons.PERSON_PRONOUNS.contains(w.toLowerCase())) {
                return;
            }
        }
        if (words.length == 1 && !writtenBeforeAsSurname(text, name, start)) return;
        out.add(new Candidate(new Mention(start, end, name, EntityType.PERSON, METHOD, confidence)));
    }

    private static boolean writtenBeforeAsSurname(String text, String surname, int before) {
        Matcher m = Pattern.compile("[\u201C\"]?\\p{Lu}[\\p{L}.\u201C\u201D\"'\u2019-]*\\s+" + Pattern.quote(surname) + "\\b").matcher(text).region(0, before);
        return m.find();
    }

    @Override
    public Set<EntityType> types() {
        return EnumSet.of(EntityType.PERSON);
    }
}
