package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.extract.Extraction;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Names;
import org.newsgraph.model.Quote;
import org.newsgraph.statements.Statement;

/**
 * Scores extractions against gold annotations with the gold set's matching rules: texts compared after NFKC,
 * straight quotes, collapsed white space, lower case and without closing "," or "."; a quote is found when
 * the texts are equal or one contains the other and the shorter has at least 80% of the longer's tokens; an
 * entity is found when an extracted entity of the same type has the gold name or a gold mention as its name
 * or one of its labels.
 */
public final class Scorer {
    /** Counts for one measure. */
    public static final class Count {
        public int truePositives;
        public int predicted;
        public int gold;
        public int goldFound;

        public double precision() {
            return predicted == 0 ? (gold == 0 ? 1 : 0) : truePositives / (double) predicted;
        }

        public double recall() {
            return gold == 0 ? 1 : goldFound / (double) gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** One error, of a kind ("missed", "spurious", "wrong type", "wrong boundary", "wrong speaker", ...). */
    public record Miss(String kind, String source, String what) {
        @Override
        public String toString() {
            return source + ": " + kind + ": " + what;
        }
    }

    private final Map<String, Count> counts = new LinkedHashMap<>();
    private final Map<String, Count> mentionCounts = new LinkedHashMap<>();
    private final Map<String, Count> speakerBySieve = new TreeMap<>();
    private final Map<String, Count> mentionsByMethod = new TreeMap<>();
    private final Map<String, Count> speakerByGiven = new LinkedHashMap<>();
    private final Count[] bands = new Count[CONFIDENCE_BANDS];
    private int wrongFlagged;
    private int wrongSpeakers;
    private int rightFlagged;
    private int rightSpeakers;

    /** Confidence bands of the calibration table: [0.5, 0.6), …, [0.9, 1.0]; lower confidences fall in the first. */
    public static final int CONFIDENCE_BANDS = 5;
    /** Below this confidence a report is flagged for checking, on the pages and here. */
    public static final double CHECK_BELOW = 0.8;
    private final List<Miss> misses = new ArrayList<>();
    private int anonymousNamed;

    public Scorer() {
        for (EntityType t : EntityType.values()) counts.put(plural(t), new Count());
        counts.put("quotes", new Count());
        counts.put("speaker attribution", new Count());
        counts.put("wikidata links", new Count());
        counts.put("article metadata", new Count());
        counts.put("statement clustering", new Count());
        for (EntityType t : List.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE)) mentionCounts.put(plural(t), new Count());
        mentionCounts.put("all", new Count());
        for (String g : Gold.GoldQuote.GIVEN_AS) speakerByGiven.put(g, new Count());
        for (int i = 0; i < bands.length; i++) bands[i] = new Count();
    }

    /** Speaker attribution of found quotes by how the text gives the speaker, where the gold says (else empty). */
    public Map<String, Count> speakerByGiven() {
        Map<String, Count> out = new LinkedHashMap<>();
        speakerByGiven.forEach((k, c) -> {
            if (c.gold > 0) out.put(k, c);
        });
        return out;
    }

    /** Found quotes with a scored speaker per confidence band (predicted = quotes, truePositives = right ones). */
    public List<Count> calibration() {
        return List.of(bands);
    }

    /** Share of wrong speakers that the check flag (confidence below {@value #CHECK_BELOW}) catches. */
    public double wrongFlagged() {
        return wrongSpeakers == 0 ? 1 : wrongFlagged / (double) wrongSpeakers;
    }

    /** Share of right speakers that the check flag flags needlessly. */
    public double rightFlagged() {
        return rightSpeakers == 0 ? 0 : rightFlagged / (double) rightSpeakers;
    }

    /** The band of a confidence: 0 for [0.5, 0.6) and below, 4 for [0.9, 1.0]. */
    public static int band(double confidence) {
        return Math.max(0, Math.min(CONFIDENCE_BANDS - 1, (int) Math.floor((confidence - 0.5) * 10 + 1e-9)));
    }

    /** Entity-level and quote measures. */
    public Map<String, Count> counts() {
        return counts;
    }

    /** Mention-level counts per type and in all (micro), from the gold files' {@code mention_counts}. */
    public Map<String, Count> mentionCounts() {
        return mentionCounts;
    }

    /** Speaker attribution of found quotes with a named gold speaker (or an unnamed source), per deciding rule. */
    public Map<String, Count> speakerBySieve() {
        return speakerBySieve;
    }

    /** Mention-level precision of each method that found mentions (right = type and surface form in the gold counts). */
    public Map<String, Count> mentionsByMethod() {
        return mentionsByMethod;
    }

    /** What was missed or wrong, one line each, for people tuning the extractor. */
    public List<String> misses() {
        return misses.stream().map(Miss::toString).toList();
    }

    /** The errors grouped by kind, the most frequent kind first. */
    public Map<String, List<Miss>> missesByKind() {
        Map<String, List<Miss>> by = new LinkedHashMap<>();
        for (Miss m : misses) by.computeIfAbsent(m.kind(), k -> new ArrayList<>()).add(m);
        List<Map.Entry<String, List<Miss>>> es = new ArrayList<>(by.entrySet());
        es.sort((a, b) -> b.getValue().size() - a.getValue().size());
        Map<String, List<Miss>> out = new LinkedHashMap<>();
        for (var e : es) out.put(e.getKey(), e.getValue());
        return out;
    }

    /** Quotes of unnamed sources that were given a person's name. */
    public int anonymousNamed() {
        return anonymousNamed;
    }

    private void miss(String kind, String src, String what) {
        misses.add(new Miss(kind, src, what));
    }

    public void add(Gold gold, Extraction x) {
        String src = gold.sourceFile();
        for (EntityType t : EntityType.values()) {
            if (!gold.scores(plural(t))) continue;
            Count c = counts.get(plural(t));
            List<Gold.GoldEntity> g = gold.entities().stream().filter(e -> e.type() == t).toList();
            List<Entity> xs = x.entities().stream().filter(e -> e.type() == t).toList();
            c.gold += g.size();
            for (Gold.GoldEntity ge : g) {
                if (xs.stream().anyMatch(e -> matches(ge, e))) {
                    c.goldFound++;
                    continue;
                }
                Entity other = x.entities().stream().filter(e -> e.type() != t && matches(ge, e)).findFirst().orElse(null);
                Entity near = xs.stream().filter(e -> overlapsName(ge, e)).findFirst().orElse(null);
                if (other != null) miss("wrong type", src, t.label() + " " + ge.name() + " found as " + other.type().label());
                else if (near != null) miss("wrong boundary", src, t.label() + " " + ge.name() + " found as " + near.name());
                else miss("missed", src, t.label() + " " + ge.name());
            }
            for (Entity e : xs) {
                if (g.stream().anyMatch(ge -> matches(ge, e))) {
                    c.truePositives++;
                    c.predicted++;
                    continue;
                }
                if (unscored(gold, e)) continue;
                c.predicted++;
                boolean otherType = gold.entities().stream().anyMatch(ge -> ge.type() != t && matches(ge, e));
                boolean boundary = g.stream().anyMatch(ge -> overlapsName(ge, e));
                if (otherType) continue; // counted once, on the gold side, as a wrong type
                miss(boundary ? "wrong boundary" : "spurious", src, t.label() + " " + e.name() + " " + e.labels());
            }
        }
        scoreMentions(gold, x, src);
        if (gold.entities().stream().anyMatch(e -> e.wikidata() != null)) scoreLinks(gold, x, src);
        if (gold.scores("quotes")) scoreQuotes(gold, x, src);
        if (gold.scores("metadata")) scoreMetadata(gold, x, src);
    }

    private static boolean unscored(Gold gold, Entity e) {
        if (gold.unscoredMentions().isEmpty()) return false;
        Set<String> u = new HashSet<>();
        for (String m : gold.unscoredMentions()) u.add(norm(m));
        if (u.contains(norm(e.name()))) return true;
        return e.labels().stream().anyMatch(l -> u.contains(norm(l)));
    }

    /** Whether a gold name and an extracted name share a word but neither is a name of the other. */
    private static boolean overlapsName(Gold.GoldEntity g, Entity e) {
        Set<String> gw = new HashSet<>();
        for (String m : concat(g.name(), g.mentions())) gw.addAll(List.of(norm(m).split(" ")));
        for (String l : concat(e.name(), e.labels())) {
            for (String w : norm(l).split(" ")) if (w.length() > 2 && gw.contains(w)) return true;
        }
        return false;
    }

    private static List<String> concat(String a, List<String> rest) {
        List<String> l = new ArrayList<>();
        l.add(a);
        l.addAll(rest);
        return l;
    }

    /** Mention level: per type, the multiset of surface forms against {@code mention_counts}. */
    private void scoreMentions(Gold gold, Extraction x, String src) {
        if (gold.mentionCounts().isEmpty()) return;
        Set<String> unscored = new HashSet<>();
        for (String u : gold.unscoredMentions()) unscored.add(surface(u));
        Count all = mentionCounts.get("all");
        for (EntityType t : List.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE)) {
            Map<String, Integer> goldForms = new HashMap<>();
            gold.mentionCounts().getOrDefault(t, Map.of()).forEach((f, n) -> goldForms.merge(surface(f), n, Integer::sum));
            Map<String, Integer> predicted = new HashMap<>();
            Map<String, Integer> left = new HashMap<>(goldForms);
            for (Entity e : x.entities()) {
                if (e.type() != t) continue;
                for (Mention m : e.mentions()) {
                    String f = surface(m.text());
                    predicted.merge(f, 1, Integer::sum);
                    Count byMethod = mentionsByMethod.computeIfAbsent(m.method(), k -> new Count());
                    int l = left.getOrDefault(f, 0);
                    if (l > 0) {
                        left.put(f, l - 1);
                        byMethod.predicted++;
                        byMethod.truePositives++;
                    } else if (!unscored.contains(f)) {
                        byMethod.predicted++;
                    }
                }
            }
            Count c = mentionCounts.get(plural(t));
            for (var g : goldForms.entrySet()) {
                int p = predicted.getOrDefault(g.getKey(), 0);
                int tp = Math.min(p, g.getValue());
                c.gold += g.getValue();
                c.goldFound += tp;
                c.truePositives += tp;
                c.predicted += tp;
                all.gold += g.getValue();
                all.goldFound += tp;
                all.truePositives += tp;
                all.predicted += tp;
            }
            for (var p : predicted.entrySet()) {
                int extra = p.getValue() - Math.min(p.getValue(), goldForms.getOrDefault(p.getKey(), 0));
                if (extra == 0 || unscored.contains(p.getKey())) continue;
                c.predicted += extra;
                all.predicted += extra;
            }
        }
    }

    /** The mention-level normal form: NFKC, straight quotes, single spaces; case kept. */
    static String surface(String s) {
        return Names.plain(s).replaceAll("\\s+", " ").strip();
    }

    private void scoreLinks(Gold gold, Extraction x, String src) {
        Count c = counts.get("wikidata links");
        for (Gold.GoldEntity ge : gold.entities()) {
            if (ge.wikidata() == null) continue;
            c.gold++;
            Entity e = x.entities().stream().filter(en -> en.type() == ge.type() && matches(ge, en)).findFirst().orElse(null);
            if (e == null || e.link() == null) {
                if (e != null) miss("not linked", src, ge.name() + " (gold " + ge.wikidata() + ")");
                continue;
            }
            c.predicted++;
            if (e.link().qid().equals(ge.wikidata())) {
                c.truePositives++;
                c.goldFound++;
            } else {
                miss("wrong link", src, ge.name() + " -> " + e.link().qid() + " (gold " + ge.wikidata() + ")");
            }
        }
    }

    private void scoreQuotes(Gold gold, Extraction x, String src) {
        Count q = counts.get("quotes");
        Count sp = counts.get("speaker attribution");
        List<Gold.GoldQuote> scored = gold.quotes().stream().filter(g -> tokens(g.text()) > 3).toList();
        q.gold += scored.size();
        Set<Quote> matched = new HashSet<>();
        for (Gold.GoldQuote g : scored) {
            Quote found = x.quotes().stream().filter(e -> sameQuote(g.text(), e.text())).findFirst().orElse(null);
            if (found == null) {
                miss("missed quote", src, "\"" + shorten(g.text()) + "\"");
                continue;
            }
            q.goldFound++;
            matched.add(found);
            if (g.unresolved()) continue; // the gold does not say who: counts for quotes, not for speakers
            Count sieve = speakerBySieve.computeIfAbsent(found.method(), k -> new Count());
            sp.predicted++;
            sp.gold++;
            sieve.predicted++;
            sieve.gold++;
            Entity speaker = found.speakerKey() == null ? null : x.entity(found.speakerKey()).orElse(null);
            boolean right = speakerRight(gold, g, speaker);
            if (g.speaker() == null) {
                if (!right) {
                    anonymousNamed++;
                    miss("unnamed source given a name", src, "\"" + shorten(g.text()) + "\" to " + speaker.name()
                            + " (" + found.method() + "), gold " + g.description());
                }
            } else {
                if (!right) {
                    miss(speaker == null ? "no speaker" : "wrong speaker", src, "\"" + shorten(g.text()) + "\" attributed to "
                            + (speaker == null ? found.speakerDescription() : speaker.name()) + " (" + found.method() + "), gold " + g.speaker());
                }
            }
            Count given = g.givenAs() == null ? null : speakerByGiven.get(g.givenAs());
            Count band = bands[band(found.confidence())];
            for (Count c : given == null ? List.of(band) : List.of(band, given)) {
                c.predicted++;
                c.gold++;
                if (right) {
                    c.truePositives++;
                    c.goldFound++;
                }
            }
            boolean flagged = found.confidence() < CHECK_BELOW;
            if (right) {
                rightSpeakers++;
                if (flagged) rightFlagged++;
            } else {
                wrongSpeakers++;
                if (flagged) wrongFlagged++;
            }
            if (right) {
                sp.truePositives++;
                sp.goldFound++;
                sieve.truePositives++;
                sieve.goldFound++;
            }
        }
        for (Quote e : x.quotes()) {
            if (tokens(e.text()) <= 3) continue; // short quotes are not scored
            q.predicted++;
            boolean ok = matched.contains(e) || gold.quotes().stream().anyMatch(g -> sameQuote(g.text(), e.text()));
            if (ok) q.truePositives++;
            else miss("spurious quote", src, "\"" + shorten(e.text()) + "\"");
        }
    }

    /**
     * Whether {@code speaker} (null for an unnamed source) is the gold speaker of {@code g}, as the speaker
     * attribution score counts it.
     */
    public static boolean speakerRight(Gold gold, Gold.GoldQuote g, Entity speaker) {
        if (g.speaker() == null) return speaker == null || speaker.type() != EntityType.PERSON;
        return speaker != null && (gold.speakersAsWritten() ? sameSpeaker(g.speaker(), speaker) : matches(goldPerson(gold, g), speaker));
    }

    /** The gold quote of four words or more that a found quote's text is, or null. */
    public static Gold.GoldQuote goldQuote(Gold gold, String found) {
        return gold.quotes().stream().filter(g -> tokens(g.text()) > 3 && sameQuote(g.text(), found)).findFirst().orElse(null);
    }

    private static Gold.GoldEntity goldPerson(Gold gold, Gold.GoldQuote g) {
        return gold.entities().stream()
                .filter(e -> e.type() == EntityType.PERSON && e.name().equals(g.speaker())).findFirst()
                .orElse(new Gold.GoldEntity(EntityType.PERSON, g.speaker(), List.of(), null));
    }

    /**
     * A speaker written as the text names it ("Trump", "Tim Kaine") is right when it is one of the extracted
     * speaker's names, or shares its surname and, when the gold gives one, its first name.
     */
    static boolean sameSpeaker(String written, Entity speaker) {
        String w = norm(Names.withoutMarks(written));
        String[] wt = w.split(" ");
        for (String name : concat(speaker.name(), speaker.labels())) {
            String n = norm(Names.withoutMarks(name));
            if (n.equals(w)) return true;
            String[] nt = n.split(" ");
            if (!nt[nt.length - 1].equals(wt[wt.length - 1])) continue;
            if (wt.length == 1 || nt[0].equals(wt[0])) return true;
        }
        return false;
    }

    private void scoreMetadata(Gold gold, Extraction x, String src) {
        Count c = counts.get("article metadata");
        check(c, src, "title", gold.title(), x.article().title());
        check(c, src, "date", gold.date(), x.article().date() == null ? null : x.article().date().toString());
        check(c, src, "outlet", gold.outlet(), x.article().outlet());
    }

    private void check(Count c, String src, String field, String gold, String got) {
        c.gold++;
        if (got != null) c.predicted++;
        boolean ok = Objects.equals(gold == null ? null : norm(gold), got == null ? null : norm(got));
        if (ok) {
            c.goldFound++;
            if (got != null) c.truePositives++;
        } else {
            miss("wrong " + field, src, (got == null ? "missing" : "\"" + got + "\"") + ", gold " + (gold == null ? "none" : "\"" + gold + "\""));
        }
    }

    private static String plural(EntityType t) {
        return switch (t) {
            case PERSON -> "persons";
            case ORGANIZATION -> "organizations";
            case PLACE -> "places";
            case TREATY -> "treaties";
        };
    }

    /**
     * Pairwise clustering of reports into statements: a pair of gold quotes of one utterance is found when
     * both were extracted and grouped into one statement; a pair grouped into one statement is right when
     * gold gives both quotes one utterance.
     */
    public void addStatements(List<Gold> golds, Map<String, Extraction> bySource, List<Statement> statements,
                              java.util.function.BiFunction<String, Quote, String> reportId) {
        Map<String, String> statementOf = new java.util.HashMap<>();
        for (var st : statements) for (var d : st.reports()) statementOf.put(d.report().id(), st.key());
        // each gold quote with an utterance, and the report it was found as
        List<String[]> items = new ArrayList<>(); // {utterance, reportId or null}
        for (Gold g : golds) {
            Extraction x = bySource.get(g.sourceFile());
            for (Gold.GoldQuote q : g.quotes()) {
                if (q.utterance() == null || tokens(q.text()) <= 3) continue;
                String id = null;
                if (x != null) {
                    for (Quote e : x.quotes()) {
                        if (sameQuote(q.text(), e.text())) {
                            id = reportId.apply(g.sourceFile(), e);
                            break;
                        }
                    }
                }
                items.add(new String[] {q.utterance(), id});
            }
        }
        Count c = counts.get("statement clustering");
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                String[] a = items.get(i);
                String[] b = items.get(j);
                if (a[1] != null && a[1].equals(b[1])) continue; // one report matched twice
                boolean goldSame = a[0].equals(b[0]);
                boolean predSame = a[1] != null && b[1] != null && Objects.equals(statementOf.get(a[1]), statementOf.get(b[1]));
                if (goldSame) c.gold++;
                if (predSame) c.predicted++;
                if (goldSame && predSame) {
                    c.truePositives++;
                    c.goldFound++;
                } else if (goldSame) {
                    miss("statements not grouped", "statements", a[0] + " reports " + a[1] + " / " + b[1]);
                } else if (predSame) {
                    miss("statements wrongly grouped", "statements", a[0] + " with " + b[0] + " (" + a[1] + " / " + b[1] + ")");
                }
            }
        }
    }

    static boolean matches(Gold.GoldEntity g, Entity e) {
        Set<String> names = new HashSet<>();
        names.add(norm(e.name()));
        for (String l : e.labels()) names.add(norm(l));
        if (names.contains(norm(g.name()))) return true;
        for (String m : g.mentions()) if (names.contains(norm(m))) return true;
        return false;
    }

    static boolean sameQuote(String gold, String got) {
        String a = norm(gold);
        String b = norm(got);
        if (a.equals(b)) return true;
        String shorter = a.length() <= b.length() ? a : b;
        String longer = a.length() <= b.length() ? b : a;
        return longer.contains(shorter) && tokens(shorter) >= 0.8 * tokens(longer);
    }

    /** The gold set's text normal form. */
    static String norm(String s) {
        String n = Names.plain(s).replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
        return n.replaceAll("[,.]+$", "").strip();
    }

    static int tokens(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }
}
