package org.newsgraph.quotes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.ingest.Block;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.QuoteKind;
import org.newsgraph.quotes.QuoteScene.MentionRef;

/**
 * The possible speakers of a quote and what speaks for each: every sieve that proposes it (the sieves as
 * candidate generators, as in the learnt quote attribution of Pareti et al. 2013 and of CoreNLP's
 * {@code QuoteAttributionAnnotator}), the speaker of the quote before it and after it, and the persons named
 * just before and after it outside quotes, with how far they stand (in words and paragraphs), how often the
 * article names them, and whether the name opens its sentence.
 */
final class SpeakerCandidates {
    /** How many persons named before the quote, nearest first, stand as candidates. */
    static final int PERSONS_BEFORE = 2;

    private final QuoteScene scene;
    private final List<Block> paragraphs;

    private final Map<Block, Integer> index = new java.util.HashMap<>();

    SpeakerCandidates(QuoteScene scene) {
        this.scene = scene;
        this.paragraphs = scene.analyzed().article().content();
        for (int k = 0; k < paragraphs.size(); k++) index.putIfAbsent(paragraphs.get(k), k);
    }

    /**
     * The candidates for quote {@code i}: {@code chain} is what the sieve chain decided (or null), {@code
     * proposals} what each sieve, in the chain's order, proposes once every quote is decided.
     */
    List<SpeakerCandidate> of(int i, Attribution chain, List<Attribution> proposals) {
        QuoteSpan q = scene.span(i);
        Map<String, Attribution> who = new LinkedHashMap<>(); // a speaker's identity -> its first proposal
        Map<String, List<String>> features = new LinkedHashMap<>();
        if (chain != null) add(who, features, chain, "chain=" + chain.method());
        for (Attribution p : proposals) {
            add(who, features, p, "by=" + p.method());
            features.get(id(p)).add("by=" + base(p.method()));
        }
        Attribution prev = neighbour(i, -1);
        if (prev != null) add(who, features, prev.by("running", 0.5), "prev-speaker");
        Attribution next = neighbour(i, +1);
        if (next != null) add(who, features, next.by("running+next", 0.5), "next-speaker");
        int before = 0;
        for (MentionRef r : personsBefore(q)) {
            before++;
            add(who, features, Attribution.named(r.entity().key(), null, "nearest-person", 0.5), "before=" + before);
        }
        MentionRef after = personAfter(q);
        if (after != null) add(who, features, Attribution.named(after.entity().key(), null, "nearest-person+after", 0.5), "after=1");

        String shape = shape(q);
        List<SpeakerCandidate> out = new ArrayList<>();
        for (var e : who.entrySet()) {
            List<String> f = features.get(e.getKey());
            Attribution a = e.getValue();
            long sieves = f.stream().filter(x -> x.startsWith("by=") && !x.contains("+")).distinct().count();
            f.add("sieves=" + Math.min(sieves, 3));
            f.addAll(entityFeatures(a, q));
            f.add("quote=" + shape);
            if (chain != null && !sameSpeaker(chain, a)) f.add("not-chain=" + base(chain.method()));
            if (chain == null) f.add("chain=none");
            // the chain's method with the quote's shape: a running speaker weighs more when the quote opens its paragraph
            for (String x : List.copyOf(f)) if (x.startsWith("chain=") || x.equals("prev-speaker") || x.equals("next-speaker")) f.add(x + "&" + shape);
            out.add(new SpeakerCandidate(a, f));
        }
        return out;
    }

    private static void add(Map<String, Attribution> who, Map<String, List<String>> features, Attribution a, String feature) {
        String id = id(a);
        who.putIfAbsent(id, a);
        features.computeIfAbsent(id, k -> new ArrayList<>()).add(feature);
    }

    /** A named speaker is one by its entity; the unnamed sources of a quote count as one. */
    private static String id(Attribution a) {
        return a.speakerKey() != null ? "e:" + a.speakerKey() : "unnamed";
    }

    private static boolean sameSpeaker(Attribution a, Attribution b) {
        return id(a).equals(id(b));
    }

    /** The sieve's name without how it resolved the phrase ("cue-after+pronoun" → "cue-after"). */
    static String base(String method) {
        int plus = method.indexOf('+');
        return plus < 0 ? method : method.substring(0, plus);
    }

    /** Where the quote stands: opening its paragraph or not, and whether the paragraph is all quote. */
    private String shape(QuoteSpan q) {
        if (q.kind() != QuoteKind.DIRECT) return q.kind().name().toLowerCase(java.util.Locale.ROOT);
        if (q.hasLabel()) return "label";
        boolean opens = scene.opensParagraph(q);
        boolean rest = scene.text().substring(q.after(), q.block().end()).strip().isEmpty();
        return opens ? (rest ? "whole" : "opens") : "inside";
    }

    /** The speaker decided for the nearest statement before (-1) or after (+1) in the same or next paragraph. */
    private Attribution neighbour(int i, int step) {
        QuoteSpan q = scene.span(i);
        for (int j = i + step; j >= 0 && j < scene.spans().size(); j += step) {
            QuoteSpan s = scene.span(j);
            if (!s.isStatement(scene.text())) continue;
            int gap = Math.abs(paragraph(s.block()) - paragraph(q.block()));
            if (gap > 1) return null;
            return scene.decided(j);
        }
        return null;
    }

    private int paragraph(Block b) {
        Integer k = b == null ? null : index.get(b);
        return k == null ? 0 : k;
    }

    /** Persons named outside quotes before the quote, in its paragraph or the one before, nearest first, one per entity. */
    private List<MentionRef> personsBefore(QuoteSpan q) {
        int k = paragraph(q.block());
        int from = k > 0 ? paragraphs.get(k - 1).start() : q.block().start();
        List<MentionRef> in = scene.mentionsIn(from, q.open());
        List<MentionRef> out = new ArrayList<>();
        for (int j = in.size() - 1; j >= 0 && out.size() < PERSONS_BEFORE; j--) {
            MentionRef r = in.get(j);
            if (r.quoted() || r.entity().type() == EntityType.PLACE || !inStory(r)) continue;
            if (out.stream().noneMatch(o -> o.entity().key().equals(r.entity().key()))) out.add(r);
        }
        return out;
    }

    /** The first person or organisation named outside quotes after the quote in its paragraph. */
    private MentionRef personAfter(QuoteSpan q) {
        for (MentionRef r : scene.mentionsIn(q.after(), q.block().end())) {
            if (!r.quoted() && r.entity().type() != EntityType.PLACE && inStory(r)) return r;
        }
        return null;
    }

    /** What the article shows of the candidate: its type, how often it is named, how near the quote, whether it opens a sentence. */
    private List<String> entityFeatures(Attribution a, QuoteSpan q) {
        List<String> f = new ArrayList<>();
        if (a.speakerKey() == null) {
            f.add("type=unnamed");
            return f;
        }
        Entity e = scene.entity(a.speakerKey());
        if (e == null) return f;
        f.add("type=" + e.type().name().toLowerCase(java.util.Locale.ROOT));
        int n = e.mentions().size();
        f.add("named=" + (n == 1 ? "1" : n == 2 ? "2" : n <= 5 ? "3-5" : "6+"));
        int words = Integer.MAX_VALUE;
        int paras = Integer.MAX_VALUE;
        boolean opensSentence = false;
        boolean subject = false;
        boolean modifier = false;
        int k = paragraph(q.block());
        for (MentionRef r : scene.mentionsOf(e.key())) {
            if (r.quoted()) continue;
            int s = r.mention().start();
            if (s < q.open()) {
                words = Math.min(words, wordsBetween(r.mention().end(), q.open()));
                paras = Math.min(paras, k - paragraph(blockAt(s)));
                var sentence = scene.sentenceAt(s);
                String head = sentence == null ? "" : scene.text().substring(sentence.start(), s);
                opensSentence = sentence != null && head.replaceAll("[\\p{Punct}\u201C\u2018\\s]", "").isEmpty();
                modifier = modifies(r.mention().end());
                subject = sentence != null && !modifier && NOUN_PHRASE_START.matcher(head).matches();
            } else if (s >= q.after()) {
                words = Math.min(words, wordsBetween(q.after(), s));
                if (blockAt(s) == q.block()) paras = Math.min(paras, 0);
                break;
            }
        }
        f.add("words=" + bucket(words));
        f.add("paragraphs=" + (paras == Integer.MAX_VALUE ? "none" : paras >= 3 ? "3+" : String.valueOf(paras)));
        if (opensSentence) f.add("opens-sentence");
        if (subject) f.add("subject");
        if (modifier) f.add("modifier");
        return f;
    }

    /** Capitalised words, titles and possessives only, from a sentence's start: "Ohio Party Chairman ", "The U.S. envoy's ". */
    private static final java.util.regex.Pattern NOUN_PHRASE_START = java.util.regex.Pattern.compile(
            "[\\s\\p{Punct}\u201C\u2018]*(?:(?:[Tt]he|[Ff]ormer|\\p{Lu}[\\p{L}.'\u2019-]*|\\p{Lu}\\.)[,]?\\s+)*");

    /**
     * Whether the name at {@code end} goes on into a longer noun phrase whose head it is not: "Ohio Party Chairman
     * Jane Roe", "Clinton spokesman Brian Fallon", "Smith's aide".
     */
    private boolean modifies(int end) {
        String t = scene.text();
        int k = end;
        if (k + 1 < t.length() && (t.charAt(k) == '\'' || t.charAt(k) == '\u2019') && t.charAt(k + 1) == 's') return true;
        if (k >= t.length() || t.charAt(k) != ' ') return false;
        int w = k + 1;
        int e = w;
        while (e < t.length() && Character.isLetter(t.charAt(e))) e++;
        if (e == w) return false;
        String next = t.substring(w, e);
        return Character.isUpperCase(next.charAt(0)) || org.newsgraph.nlp.Lexicons.ROLE_WORDS.contains(next)
                || org.newsgraph.nlp.Lexicons.ROLE_WORDS.contains(Character.toUpperCase(next.charAt(0)) + next.substring(1));
    }

    private boolean inStory(MentionRef r) {
        return org.newsgraph.coref.Discourse.inStory(scene.analyzed().article(), r.mention().start());
    }

    /** The paragraph holding an offset; null between them. */
    private Block blockAt(int offset) {
        return Block.at(paragraphs, offset);
    }

    private int wordsBetween(int from, int to) {
        int n = 0;
        boolean in = false;
        String t = scene.text();
        for (int x = Math.max(0, from); x < Math.min(to, t.length()); x++) {
            boolean w = !Character.isWhitespace(t.charAt(x));
            if (w && !in) n++;
            in = w;
        }
        return n;
    }

    private static String bucket(int words) {
        if (words == Integer.MAX_VALUE) return "none";
        if (words <= 2) return "0-2";
        if (words <= 6) return "3-6";
        if (words <= 15) return "7-15";
        if (words <= 40) return "16-40";
        return "41+";
    }
}
