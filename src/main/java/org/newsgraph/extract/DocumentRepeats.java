package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.Block;
import org.newsgraph.model.Candidate;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;

/**
 * One sense per article: a name the finders found once is the same name wherever the article writes it again
 * in its running text (the finder reads one sentence at a time and may miss "Kato" in a sentence that gives it
 * no context). Each further occurrence of the exact words, standing alone (not inside a longer capitalised
 * run, not overlapping a mention), becomes a mention of the same type. A name found with two types is not
 * repeated, nor one found only below {@code minimum} confidence.
 */
public final class DocumentRepeats {
    public static final String METHOD = "repeat-in-document";

    private final double minimum;
    private final double confidence;

    /**
     * @param minimum    the confidence a mention needs for its name to be repeated
     * @param confidence the confidence given to a repeated mention
     */
    public DocumentRepeats(double minimum, double confidence) {
        this.minimum = minimum;
        this.confidence = confidence;
    }

    /** The candidates, with the repeats of their names added, in text order. */
    public List<Candidate> extend(Article article, List<Candidate> found) {
        Map<String, EntityType> names = new HashMap<>();
        Map<String, Boolean> clash = new HashMap<>();
        for (Candidate c : found) {
            String t = c.text();
            if (c.mention().confidence() < minimum || t.length() < 2 || !Character.isUpperCase(t.codePointAt(0))) continue;
            EntityType before = names.putIfAbsent(t, c.type());
            if (before != null && before != c.type()) clash.put(t, true);
        }
        clash.keySet().forEach(names::remove);
        if (names.isEmpty()) return found;
        List<String> longestFirst = new ArrayList<>(names.keySet());
        longestFirst.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        String text = article.text();
        List<Candidate> out = new ArrayList<>(found);
        List<Mention> taken = new ArrayList<>(found.stream().map(Candidate::mention).toList());
        for (Block b : article.blocks()) {
            if (b.kind() != Block.Kind.BODY && b.kind() != Block.Kind.CAPTION) continue;
            for (String name : longestFirst) add(text, b, name, names.get(name), i -> true, taken, out);
        }
        speakingSurnames(article, names, taken, out);
        fullNames(article, names, taken, out);
        if (out.size() == found.size()) return found;
        out.sort(Comparator.comparingInt(c -> c.mention().start()));
        return out;
    }

    /**
     * The surname of a person named in full, standing alone next to a speech verb ("Young said the boats were full",
     * "…, said Guest"): the person, however ordinary the word ("Young", "Guest"), since it speaks.
     */
    private void speakingSurnames(Article article, Map<String, EntityType> names, List<Mention> taken, List<Candidate> out) {
        String text = article.text();
        java.util.Set<String> surnames = new java.util.TreeSet<>();
        for (Map.Entry<String, EntityType> e : names.entrySet()) {
            if (e.getValue() != EntityType.PERSON) continue;
            String[] ws = e.getKey().split("\\s+");
            String last = ws[ws.length - 1];
            if (ws.length >= 2 && last.length() >= 3 && Character.isUpperCase(last.codePointAt(0)) && !names.containsKey(last)) surnames.add(last);
        }
        for (Block b : article.blocks()) {
            if (b.kind() != Block.Kind.BODY) continue;
            for (String name : surnames) {
                add(text, b, name, EntityType.PERSON, i -> speechVerbAt(text, i + name.length(), true) || speechVerbAt(text, i, false), taken, out);
            }
        }
    }

    /**
     * A person found by the surname alone, written in full where the finders missed it ("Darian Lonechild is new to
     * the work … Lonechild said"): the capitalised word before the surname is the given name when the article never
     * writes it in lower case and it is no word that goes before names without being one (a title, a role, a
     * nationality, a sentence opener).
     */
    private void fullNames(Article article, Map<String, EntityType> names, List<Mention> taken, List<Candidate> out) {
        String text = article.text();
        java.util.Set<String> lowerWords = null; // the words the article writes in lower case, read once when needed
        for (Map.Entry<String, EntityType> e : names.entrySet()) {
            String surname = e.getKey();
            if (e.getValue() != EntityType.PERSON || surname.contains(" ") || surname.length() < 3) continue;
            for (Block b : article.blocks()) {
                if (b.kind() != Block.Kind.BODY && b.kind() != Block.Kind.CAPTION) continue;
                int from = b.start();
                while (true) {
                    int i = text.indexOf(surname, from);
                    if (i < 0 || i + surname.length() > b.end()) break;
                    from = i + 1;
                    int end = i + surname.length();
                    if (i < 2 || text.charAt(i - 1) != ' ' || (end < text.length() && Character.isLetterOrDigit(text.charAt(end)))) continue;
                    int w = i - 1;
                    while (w > b.start() && Character.isLetter(text.charAt(w - 1))) w--;
                    String given = text.substring(w, i - 1);
                    if (w > b.start() && (Character.isLetterOrDigit(text.charAt(w - 1)) || text.charAt(w - 1) == '-' || text.charAt(w - 1) == '.')) continue;
                    if (lowerWords == null) lowerWords = lowerCaseWords(text);
                    if (!isGivenName(given, lowerWords)) continue;
                    Mention m = new Mention(w, end, text.substring(w, end), EntityType.PERSON, METHOD, confidence);
                    if (taken.stream().anyMatch(m::overlaps)) continue;
                    taken.add(m);
                    out.add(new Candidate(m));
                }
            }
        }
    }

    /** Words that stand before names without being given names: titles, roles, nationalities, openers, heads. */
    private static final List<java.util.Set<String>> NOT_GIVEN_NAMES = List.of(org.newsgraph.nlp.Lexicons.ROLE_WORDS,
            org.newsgraph.nlp.Lexicons.HONORIFICS, org.newsgraph.nlp.Lexicons.TITLE_MODIFIERS, org.newsgraph.nlp.Lexicons.NATIONALITY,
            org.newsgraph.nlp.Lexicons.NEVER_NAMES, org.newsgraph.nlp.Lexicons.SENTENCE_OPENERS, org.newsgraph.nlp.Lexicons.ORG_HEADS,
            org.newsgraph.nlp.Lexicons.PLACE_HEADS, org.newsgraph.nlp.Lexicons.ROLE_HEADS);

    private static boolean isGivenName(String w, java.util.Set<String> lowerWords) {
        if (w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || !w.substring(1).chars().allMatch(Character::isLowerCase)) return false;
        String lower = w.toLowerCase(java.util.Locale.ROOT);
        for (java.util.Set<String> words : NOT_GIVEN_NAMES) if (words.contains(w) || words.contains(lower)) return false;
        return !lowerWords.contains(lower);
    }

    /** The words of a text that start with a lower-case letter, in one pass. */
    private static java.util.Set<String> lowerCaseWords(String text) {
        java.util.Set<String> out = new java.util.HashSet<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && !Character.isLetter(text.charAt(i))) i++;
            int s = i;
            while (i < n && Character.isLetter(text.charAt(i))) i++;
            if (i > s && Character.isLowerCase(text.charAt(s))) out.add(text.substring(s, i));
        }
        return out;
    }

    /**
     * Each occurrence of {@code name} in the block that stands alone, overlaps no mention taken and passes
     * {@code where} (given its offset), as a new mention of that type.
     */
    private void add(String text, Block b, String name, EntityType type, java.util.function.IntPredicate where,
                     List<Mention> taken, List<Candidate> out) {
        int from = b.start();
        while (true) {
            int i = text.indexOf(name, from);
            if (i < 0 || i + name.length() > b.end()) break;
            from = i + 1;
            int end = i + name.length();
            if (!standsAlone(text, i, end) || !where.test(i)) continue;
            Mention m = new Mention(i, end, name, type, METHOD, confidence);
            if (taken.stream().anyMatch(m::overlaps)) continue;
            taken.add(m);
            out.add(new Candidate(m));
        }
    }

    /** Whether the word after {@code at} (or, {@code after} false, the word before it) is a speech verb. */
    private static boolean speechVerbAt(String text, int at, boolean after) {
        return org.newsgraph.nlp.Lexicons.SPEECH_VERBS.contains(after ? org.newsgraph.nlp.Words.after(text, at) : org.newsgraph.nlp.Words.before(text, at));
    }

    /** Whether [start, end) is whole words with no capitalised word joined to it by a space or a hyphen. */
    static boolean standsAlone(String text, int start, int end) {
        if (start > 0 && isWordChar(text.charAt(start - 1))) return false;
        if (end < text.length() && isWordChar(text.charAt(end))) return false;
        if (start >= 2 && text.charAt(start - 1) == '-' && Character.isLetter(text.charAt(start - 2))) return false;
        if (start >= 2 && text.charAt(start - 1) == ' ') { // the end of a longer name: "Kato" in "Kenji Kato"
            int w = start - 2;
            while (w >= 0 && isWordChar(text.charAt(w))) w--;
            if (w + 1 < start - 1 && Character.isUpperCase(text.charAt(w + 1))) return false;
        }
        if (end + 1 < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '-') && Character.isUpperCase(text.charAt(end + 1))) {
            return false;
        }
        return true;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
