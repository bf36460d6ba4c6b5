package org.newsgraph.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.EntityType;
import org.newsgraph.nlp.Lexicons;
import org.newsgraph.nlp.WordLists;
import org.newsgraph.quotes.QuoteScene.MentionRef;
import org.newsgraph.quotes.QuoteScene.TextWord;

/**
 * Resolves the words a cue names as the speaker ("Sen. Jane Smith", "he", "the minister", "a senior
 * official", "the ministry") to an attribution: the person named in it; for a pronoun, the nearest fitting
 * person before; for a role noun, the last person the article gave that role; an organisation named in it;
 * otherwise an unnamed source's description. Never a name the phrase does not support.
 */
final class SpeakerPhrase {
    private static final Set<String> ROLE_ANAPHORS = WordLists.load("role-anaphors");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the");
    private static final Set<String> MODIFIER_DETERMINERS = WordLists.load("source-determiners");
    /** The longest speaker phrase read; longer ones are clauses, not speakers. */
    static final int MAX_WORDS = 12;

    private SpeakerPhrase() {}

    static Attribution resolve(QuoteScene scene, List<TextWord> phrase, String cue, String method) {
        if (phrase.isEmpty() || phrase.size() > MAX_WORDS) return null;
        int ps = phrase.get(0).start();
        int pe = phrase.get(phrase.size() - 1).end();
        MentionRef person = null;
        MentionRef org = null;
        for (MentionRef r : scene.mentionsIn(ps, pe + 1)) {
            if (r.isPerson()) {
                // the head of "Jane Smith, a lawyer for John Doe" comes first; a name that modifies what follows
                // it does not head ("Trump spokeswoman Hope Hicks", "Clinton's campaign chairman, John Podesta")
                if (person == null || modifies(scene.text(), person, pe)) person = r;
            } else if (org == null && r.entity().type() == EntityType.ORGANIZATION) {
                org = r; // a place or a treaty is not a speaker: the ontology's speakers are persons and organisations
            }
        }
        // "Clinton's spokesman said", "one Trump confidant said", "a senior Cruz adviser said": not the person named
        if (person != null && (possessive(scene.text(), person, pe) || determinedModifier(scene.text(), phrase, person, pe))) person = null;
        if (person != null) return Attribution.named(person.entity().key(), cue, method, 0.9);
        String first = phrase.get(0).lower();
        if (phrase.size() == 1 && Lexicons.PERSON_PRONOUNS.contains(first)) {
            MentionRef p = scene.personBefore(phrase.get(0).start(), first);
            return p == null ? null : Attribution.named(p.entity().key(), cue, method + "+pronoun", 0.75);
        }
        List<String> lower = phrase.stream().map(TextWord::lower).toList();
        if (first.equals("the")) {
            for (String w : lower) {
                if (!ROLE_ANAPHORS.contains(w)) continue;
                MentionRef r = byRole(scene, w, ps);
                if (r != null) return Attribution.named(r.entity().key(), cue, method + "+role", 0.8);
            }
        }
        if (first.equals("the") && phrase.size() <= 3) {
            // "the diplomat said": the unnamed source introduced earlier as "a senior EU diplomat"
            String noun = lower.get(lower.size() - 1);
            if (Lexicons.SOURCE_NOUNS.contains(noun)) {
                String earlier = introducedAs(scene.text(), noun, ps);
                if (earlier != null) return Attribution.unnamed(earlier, cue, method + "+unnamed-anaphor", 0.75);
            }
        }
        boolean source = lower.stream().anyMatch(Lexicons.SOURCE_NOUNS::contains);
        if (org != null && !source && phrase.size() <= 5) {
            return Attribution.named(org.entity().key(), cue, method + "+organisation", 0.8);
        }
        if (source || org != null) {
            String d = scene.text().substring(ps, pe).replaceAll("[,.;:]+$", "");
            if (DETERMINERS.contains(first)) d = Character.toLowerCase(d.charAt(0)) + d.substring(1);
            return Attribution.unnamed(d, cue, method + "+unnamed", 0.8);
        }
        return null;
    }

    /** Whether a person's name modifies the words after it in the phrase: a possessive, or a word follows with no comma. */
    private static boolean modifies(String text, MentionRef r, int phraseEnd) {
        int e = r.mention().end();
        if (e >= phraseEnd) return false;
        return possessive(text, r, phraseEnd) || (text.charAt(e) == ' ' && e + 1 < text.length() && Character.isLetter(text.charAt(e + 1)));
    }

    /** A name between a determiner and a lower-case noun: "one Trump confidant", "a senior Cruz adviser". */
    private static boolean determinedModifier(String text, List<TextWord> phrase, MentionRef r, int phraseEnd) {
        if (!MODIFIER_DETERMINERS.contains(phrase.get(0).lower()) || phrase.get(0).start() >= r.mention().start()) return false;
        int e = r.mention().end();
        return e + 1 < phraseEnd && text.charAt(e) == ' ' && Character.isLowerCase(text.charAt(e + 1));
    }

    private static boolean possessive(String text, MentionRef r, int phraseEnd) {
        int e = r.mention().end();
        return e < phraseEnd && (text.startsWith("'s", e) || text.startsWith("\u2019s", e));
    }

    /** The last indefinite description ("a senior EU diplomat") of a source noun before {@code before}. */
    private static String introducedAs(String text, String noun, int before) {
        Matcher m = Pattern.compile("\\b(?:[Aa]n?|[Oo]ne)\\s+(?:[\\p{L}'\u2019-]+\\s+){0,4}?" + Pattern.quote(noun) + "\\b")
                .matcher(text).region(0, before);
        String last = null;
        while (m.find()) last = m.group();
        return last == null ? null : Character.toLowerCase(last.charAt(0)) + last.substring(1);
    }

    /** "the president": the last person named before whose stated role has that word. */
    private static MentionRef byRole(QuoteScene scene, String roleWord, int at) {
        MentionRef last = null;
        for (MentionRef r : scene.mentions()) {
            if (r.mention().start() >= at) break;
            if (!r.isPerson()) continue;
            if (r.entity().roles().stream().anyMatch(ro -> ro.name().toLowerCase(Locale.ROOT).contains(roleWord))) last = r;
        }
        return last;
    }
}
