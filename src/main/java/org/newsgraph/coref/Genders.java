package org.newsgraph.coref;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import org.newsgraph.model.Role;
import org.newsgraph.nlp.Sentence;

/**
 * The gender an article shows for each of its persons, from what it writes: the honorific ("Mr.", "Ms."),
 * a gendered role ("spokeswoman", "congressman"), a given name that news writing uses for one gender (see
 * {@link FirstNames}) and the pronouns that refer back to the person. A person the article shows no gender for fits either pronoun.
 */
public final class Genders {
    public enum Gender { MALE, FEMALE }

    private static final Pattern PRONOUN = Pattern.compile("\\b(he|him|his|himself|she|her|hers|herself)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MALE_WORDS = Pattern.compile("(?i)\\b(mr\\.?|sir|lord|king|prince|spokesman|congressman|chairman|businessman|father|son|brother|husband)\\b");
    private static final Pattern FEMALE_WORDS = Pattern.compile("(?i)\\b(mrs\\.?|ms\\.?|miss|dame|lady|queen|princess|spokeswoman|congresswoman|chairwoman|businesswoman|mother|daughter|sister|wife)\\b");

    private final Map<String, Gender> byKey;

    private Genders(Map<String, Gender> byKey) {
        this.byKey = Map.copyOf(byKey);
    }

    public static Gender ofPronoun(String p) {
        return switch (p.toLowerCase(Locale.ROOT)) {
            case "he", "him", "his", "himself" -> Gender.MALE;
            case "she", "her", "hers", "herself" -> Gender.FEMALE;
            default -> null;
        };
    }

    public Gender of(String key) {
        return byKey.get(key);
    }

    /** Whether the person fits a pronoun of that gender (a person of unknown gender fits both). */
    public boolean fits(String key, Gender g) {
        Gender known = byKey.get(key);
        return known == null || known == g;
    }

    /**
     * Votes: an honorific or gendered role counts three for its person; a pronoun outside quotes counts one
     * for the subject it most likely refers to — the first person named before it in its sentence, or else
     * the first person named in the sentence before, in the same paragraph.
     */
    static Genders of(String text, List<Sentence> sentences, List<Discourse.Ref> mentions, Map<String, List<Role>> roles,
                      IntPredicate quoted, FirstNames firstNames) {
        Map<String, int[]> votes = new HashMap<>();
        for (Discourse.Ref r : mentions) {
            if (!r.isPerson()) continue;
            int[] v = votes.computeIfAbsent(r.key(), x -> {
                int[] n = new int[2];
                for (Role role : roles.getOrDefault(r.key(), List.of())) count(role.name(), n, 3);
                return n;
            });
            int from = r.start();
            count(text.substring(Math.max(0, from - 6), from) + " " + text.substring(from, r.end()), v, 3); // "Mr. Smith", "Ms. Jones"
            Gender g = firstNames.genderOf(text.substring(from, r.end()));
            if (g != null) v[g == Gender.MALE ? 0 : 1] += 2; // a given name the news uses for one gender
        }
        int m = 0;
        Discourse.Ref previousSubject = null;
        Sentence previous = null;
        for (Sentence s : sentences) {
            List<Discourse.Ref> persons = new ArrayList<>();
            while (m < mentions.size() && mentions.get(m).start() < s.start()) m++;
            for (int k = m; k < mentions.size() && mentions.get(k).start() < s.end(); k++) {
                Discourse.Ref r = mentions.get(k);
                if (r.isPerson() && !r.quoted()) persons.add(r);
            }
            Matcher pm = PRONOUN.matcher(text).region(s.start(), s.end());
            while (pm.find()) {
                if (quoted.test(pm.start())) continue;
                Discourse.Ref subject = null;
                for (Discourse.Ref r : persons) {
                    if (r.start() < pm.start()) {
                        subject = r;
                        break;
                    }
                }
                if (subject == null && previous != null && previous.block() == s.block()) subject = previousSubject;
                if (subject != null) votes.get(subject.key())[ofPronoun(pm.group(1)) == Gender.MALE ? 0 : 1]++;
            }
            previous = s;
            previousSubject = persons.isEmpty() ? null : persons.get(0);
        }
        Map<String, Gender> out = new HashMap<>();
        votes.forEach((key, v) -> {
            if (v[0] >= 2 * v[1] + 1) out.put(key, Gender.MALE);
            else if (v[1] >= 2 * v[0] + 1) out.put(key, Gender.FEMALE);
        });
        return new Genders(out);
    }

    private static void count(String s, int[] v, int weight) {
        if (MALE_WORDS.matcher(s).find()) v[0] += weight;
        if (FEMALE_WORDS.matcher(s).find()) v[1] += weight;
    }
}
