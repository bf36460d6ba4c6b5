package org.newsgraph.coref;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.EntityType;
import org.newsgraph.nlp.Lexicons;
import org.newsgraph.nlp.WordLists;
import org.newsgraph.nlp.Words;

/**
 * Resolves "he" and "she" by salience, after Lappin and Leass (1994): every person named before the pronoun
 * outside quotes is weighed by its strongest mention (and, by the {@code repeat} weight, its others), a weight that
 * falls with each sentence of the story back and grows with the
 * mention's role in its sentence — the subject of a speech verb ("Jane Roe, the board's chair, said …", "…,
 * said Roe") counts most, a sentence's subject more than a name after a preposition ("a letter to Olsen") or
 * a possessive, and a mention in the pronoun's own paragraph counts double (a paragraph keeps to its
 * subject). The article's earlier pronouns, resolved in turn, are mentions too ("He framed the text. …
 * “…,” he said"), and the speaker of the quote before counts as named at that quote. Persons whose gender the
 * article (or a given name) shows as the other are out. The most salient person wins.
 */
public final class SalienceResolver implements AnaphoraResolver {
    static final Set<String> PREPOSITIONS = WordLists.load("prepositions");
    private static final Set<String> LINKS = WordLists.load("attribution-adverbs");
    private static final Pattern PRONOUN = Pattern.compile("\\b(?:[Hh]e|[Hh]im|[Hh]is|[Hh]imself|[Ss]he|[Hh]er|[Hh]ers|[Hh]erself)\\b");
    private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "himself", "herself");
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "hers");
    /** Where the shipped weights are. */
    public static final String WEIGHTS = "/coref/salience.tsv";

    /** The weights of the salience factors; {@link #DEFAULT} is the shipped setting. */
    public record Weights(double decay, double subject, double speech, double object, double possessive, double repeat,
                          double running, double paragraph, int window) {}

    /** The shipped weights, read from {@value #WEIGHTS}. */
    public static final Weights DEFAULT = read(WEIGHTS);

    static Weights read(String resource) {
        Map<String, Double> v = new HashMap<>();
        for (WordLists.Line l : WordLists.lines(resource)) {
            String[] f = l.text().split("\t");
            if (f.length != 2) throw l.error("not 'name<TAB>value'");
            try {
                if (v.put(f[0], Double.parseDouble(f[1])) != null) throw l.error(f[0] + " given twice");
            } catch (NumberFormatException e) {
                throw l.error("not a number: " + f[1]);
            }
        }
        List<String> names = List.of("decay", "subject", "speech", "object", "possessive", "repeat", "running", "paragraph", "window");
        for (String n : names) if (!v.containsKey(n)) throw new IllegalArgumentException(resource + ": no " + n);
        return new Weights(v.get("decay"), v.get("subject"), v.get("speech"), v.get("object"), v.get("possessive"),
                v.get("repeat"), v.get("running"), v.get("paragraph"), (int) Math.round(v.get("window")));
    }

    private final Weights w;

    public SalienceResolver() {
        this(DEFAULT);
    }

    public SalienceResolver(Weights w) {
        this.w = w;
    }

    @Override
    public Resolution resolve(Discourse d, int start, int end, String lastSpeaker, int lastSpeakerAt) {
        List<Discourse.Ref> chain = d.pronounChain(this, this::chain);
        return rank(d, start, end, lastSpeaker, lastSpeakerAt, chain);
    }

    /** Every third-person pronoun outside quotes, resolved in text order, each seeing those before it. */
    private List<Discourse.Ref> chain(Discourse d) {
        List<Discourse.Ref> out = new ArrayList<>();
        Matcher m = PRONOUN.matcher(d.text());
        while (m.find()) {
            if (d.quoted(m.start())) continue;
            Resolution r = rank(d, m.start(), m.end(), null, -1, out);
            if (r != null) out.add(new Discourse.Ref(m.start(), m.end(), r.key(), EntityType.PERSON, false, true));
        }
        return out;
    }

    private Resolution rank(Discourse d, int start, int end, String lastSpeaker, int lastSpeakerAt, List<Discourse.Ref> chain) {
        String text = d.text();
        Genders.Gender want = Genders.ofPronoun(text.substring(start, end));
        if (want == null) return null;
        int here = d.sentenceIndex(start);
        Map<String, Double> score = new HashMap<>();
        for (List<Discourse.Ref> refs : List.of(d.refs(), chain)) {
            for (int k = firstAtOrAfter(refs, start) - 1; k >= 0; k--) {
                Discourse.Ref r = refs.get(k);
                if (r.end() > start || !r.isPerson() || r.quoted()) continue;
                int s = d.sentenceIndex(r.start());
                if (here - s > 2 * w.window()) break;
                int dist = d.distance(s, here);
                if (dist > w.window()) break;
                if (!d.genders().fits(r.key(), want)) continue;
                double v = Math.pow(w.decay(), dist) * role(d, r, s, chain) * (d.block(s) == d.block(here) ? w.paragraph() : 1);
                score.merge(r.key(), v, (a, b) -> Math.max(a, b) + w.repeat() * Math.min(a, b));
            }
        }
        if (lastSpeaker != null && lastSpeakerAt >= 0 && d.genders().fits(lastSpeaker, want)) {
            int dist = d.distance(Math.min(here, d.sentenceIndex(lastSpeakerAt)), here);
            if (dist <= w.window()) {
                double v = w.running() * Math.pow(w.decay(), Math.max(0, dist)) * w.speech() * w.subject();
                score.merge(lastSpeaker, v, (a, b) -> Math.max(a, b) + w.repeat() * Math.min(a, b));
            }
        }
        String best = null;
        double top = 0;
        double second = 0;
        for (Map.Entry<String, Double> e : score.entrySet()) {
            double v = e.getValue();
            if (v > top || (v == top && best != null && e.getKey().compareTo(best) < 0)) {
                second = top;
                top = v;
                best = e.getKey();
            } else if (v > second) {
                second = v;
            }
        }
        return best == null ? null : new Resolution(best, top, top - second);
    }

    /** The weight of a mention's role in its sentence. */
    private double role(Discourse d, Discourse.Ref r, int s, List<Discourse.Ref> chain) {
        String text = d.text();
        double v = 1;
        if (r.pronoun()) {
            String p = text.substring(r.start(), r.end()).toLowerCase(Locale.ROOT);
            if (OBJECT_PRONOUNS.contains(p)) return v * w.object();
            if (POSSESSIVE_PRONOUNS.contains(p)) return v * w.possessive();
        }
        boolean speech = speechSubject(d, r);
        if (speech) v *= w.speech();
        if (speech || firstInSentence(d, r, s, chain)) v *= w.subject();
        if (object(text, r.start())) v *= w.object();
        if (!r.pronoun() && possessive(text, r.end())) v *= w.possessive();
        return v;
    }

    private static int firstAtOrAfter(List<Discourse.Ref> refs, int offset) {
        int lo = 0;
        int hi = refs.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (refs.get(mid).start() < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** No other person named (or referred to) outside quotes before it in its sentence, and not after a preposition. */
    private static boolean firstInSentence(Discourse d, Discourse.Ref r, int s, List<Discourse.Ref> chain) {
        int sentenceStart = d.sentences().get(s).start();
        for (List<Discourse.Ref> refs : List.of(d.refs(), chain)) {
            for (int j = firstAtOrAfter(refs, r.start()) - 1; j >= 0; j--) {
                Discourse.Ref o = refs.get(j);
                if (o.start() < sentenceStart) break;
                if (o.isPerson() && !o.quoted() && !o.key().equals(r.key())) return false;
            }
        }
        return !object(d.text(), r.start());
    }

    /** A name that says something: followed by a speech verb, after an apposition if any, or after one ("…, said Roe"). */
    static boolean speechSubject(Discourse d, Discourse.Ref r) {
        String text = d.text();
        String before = Words.before(text, r.start());
        if (Lexicons.SPEECH_VERBS.contains(before)) return true;
        int i = r.end();
        int limit = Math.min(text.length(), i + 160);
        String rest = text.substring(i, limit);
        if (rest.startsWith(",")) {
            int close = rest.indexOf(',', 1);
            if (close < 0 || close > 120) return false;
            rest = rest.substring(close + 1);
        }
        String[] words = rest.strip().split("\\s+", 4);
        for (int k = 0; k < Math.min(3, words.length); k++) {
            String lw = words[k].replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
            if (Lexicons.SPEECH_VERBS.contains(lw)) return true;
            if (!LINKS.contains(lw)) return false;
        }
        return false;
    }

    /** Whether a word is a preposition that makes the name after it an object ("to", "with", "by"). */
    public static boolean isPreposition(String lowerWord) {
        return PREPOSITIONS.contains(lowerWord);
    }

    /** A name after a preposition, titles between them skipped ("a letter to Governor Piet Olsen"). */
    private static boolean object(String text, int start) {
        int at = start;
        for (int k = 0; k < 4; k++) {
            String w = Words.before(text, at);
            if (w.isEmpty()) return false;
            if (PREPOSITIONS.contains(w)) return true;
            int b = Words.startBefore(text, at);
            if (b <= 0 || !Character.isUpperCase(text.charAt(b))) return false; // only capitalised titles are skipped
            at = b;
        }
        return false;
    }

    /** A possessive ending, "'s" or the bare apostrophe of a plural or a name in s ("the Joneses'", "Reyes'"). */
    private static boolean possessive(String text, int end) {
        return Words.possessiveAt(text, end) || text.startsWith("'", end) || text.startsWith("\u2019", end);
    }
}
