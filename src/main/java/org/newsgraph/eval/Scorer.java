package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Names;
import org.newsgraph.extract.Quote;
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

    private final Map<String, Count> counts = new LinkedHashMap<>();
    private final List<String> misses = new ArrayList<>();
    private int anonymousNamed;

    public Scorer() {
        for (EntityType t : EntityType.values()) counts.put(plural(t), new Count());
        counts.put("quotes", new Count());
        counts.put("speaker attribution", new Count());
        counts.put("wikidata links", new Count());
        counts.put("article metadata", new Count());
        counts.put("statement clustering", new Count());
    }

    public Map<String, Count> counts() {
        return counts;
    }

    /** What was missed or wrong, one line each, for people tuning the extractor. */
    public List<String> misses() {
        return misses;
    }

    /** Quotes of unnamed sources that were given a name. */
    public int anonymousNamed() {
        return anonymousNamed;
    }

    public void add(Gold gold, Extraction x) {
        String src = gold.sourceFile();
        for (EntityType t : EntityType.values()) {
            Count c = counts.get(plural(t));
            List<Gold.GoldEntity> g = gold.entities().stream().filter(e -> e.type() == t).toList();
            List<Entity> xs = x.entities().stream().filter(e -> e.type() == t).toList();
            c.gold += g.size();
            c.predicted += xs.size();
            for (Gold.GoldEntity ge : g) {
                if (xs.stream().anyMatch(e -> matches(ge, e))) c.goldFound++;
                else misses.add(src + ": missed " + t.label() + " " + ge.name());
            }
            for (Entity e : xs) {
                if (g.stream().anyMatch(ge -> matches(ge, e))) c.truePositives++;
                else misses.add(src + ": spurious " + t.label() + " " + e.name() + " " + e.labels());
            }
        }
        scoreLinks(gold, x, src);
        scoreQuotes(gold, x, src);
        scoreMetadata(gold, x, src);
    }

    private void scoreLinks(Gold gold, Extraction x, String src) {
        Count c = counts.get("wikidata links");
        for (Gold.GoldEntity ge : gold.entities()) {
            if (ge.wikidata() == null) continue;
            c.gold++;
            Entity e = x.entities().stream().filter(en -> en.type() == ge.type() && matches(ge, en)).findFirst().orElse(null);
            if (e == null || e.link() == null) {
                if (e != null) misses.add(src + ": not linked " + ge.name() + " (gold " + ge.wikidata() + ")");
                continue;
            }
            c.predicted++;
            if (e.link().qid().equals(ge.wikidata())) {
                c.truePositives++;
                c.goldFound++;
            } else {
                misses.add(src + ": wrong link " + ge.name() + " -> " + e.link().qid() + " (gold " + ge.wikidata() + ")");
            }
        }
    }

    private void scoreQuotes(Gold gold, Extraction x, String src) {
        Count q = counts.get("quotes");
        Count sp = counts.get("speaker attribution");
        List<Gold.GoldQuote> scored = gold.quotes().stream().filter(g -> tokens(g.text()) > 3).toList();
        q.gold += scored.size();
        q.predicted += x.quotes().size();
        Set<Quote> matched = new HashSet<>();
        for (Gold.GoldQuote g : scored) {
            Quote found = x.quotes().stream().filter(e -> sameQuote(g.text(), e.text())).findFirst().orElse(null);
            if (found == null) {
                misses.add(src + ": missed quote \"" + shorten(g.text()) + "\"");
                continue;
            }
            q.goldFound++;
            matched.add(found);
            sp.predicted++;
            sp.gold++;
            if (g.speaker() == null) {
                if (found.speakerKey() == null) {
                    sp.truePositives++;
                    sp.goldFound++;
                } else {
                    anonymousNamed++;
                    misses.add(src + ": unnamed source's quote given speaker " + found.speakerKey());
                }
                continue;
            }
            Entity speaker = found.speakerKey() == null ? null : x.entity(found.speakerKey()).orElse(null);
            Gold.GoldEntity gp = gold.entities().stream()
                    .filter(e -> e.type() == EntityType.PERSON && e.name().equals(g.speaker())).findFirst()
                    .orElse(new Gold.GoldEntity(EntityType.PERSON, g.speaker(), List.of(), null));
            if (speaker != null && matches(gp, speaker)) {
                sp.truePositives++;
                sp.goldFound++;
            } else {
                misses.add(src + ": quote \"" + shorten(g.text()) + "\" attributed to "
                        + (speaker == null ? found.speakerDescription() : speaker.name()) + ", gold " + g.speaker());
            }
        }
        for (Quote e : x.quotes()) {
            boolean ok = matched.contains(e) || gold.quotes().stream().anyMatch(g -> sameQuote(g.text(), e.text()));
            if (ok) q.truePositives++;
            else misses.add(src + ": spurious quote \"" + shorten(e.text()) + "\"");
        }
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
            misses.add(src + ": " + field + " is " + (got == null ? "missing" : "\"" + got + "\"") + ", gold " + (gold == null ? "none" : "\"" + gold + "\""));
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
                    misses.add("statements: not grouped: " + a[0] + " reports " + a[1] + " / " + b[1]);
                } else if (predSame) {
                    misses.add("statements: wrongly grouped: " + a[0] + " with " + b[0] + " (" + a[1] + " / " + b[1] + ")");
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
