package org.newsgraph.statements;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Groups reports into statements: reports of one speaker whose words are alike (average-linkage
 * clustering over {@link QuoteSimilarity}) and whose days, where known, agree. A report alike to no other
 * joins the quote it continues in its paragraph. Reports without a named speaker stay alone.
 */
public final class StatementClusterer {
    /** Average similarity from which two groups of reports are one statement. */
    public static final double MERGE = 0.55;
    /**
     * A key (a content stem, a word pair, an opening) shared by this many of one speaker's distinct quotes pairs no
     * more of them: it bounds the pairs scored, which grow with the square of the quotes otherwise.
     */
    static final int MAX_POSTINGS = 1_000;
    /** The most other articles each article's wording of one statement is compared with. */
    static final int MAX_PEERS = 50;
    /** Divergence from which a statement is flagged. */
    public static final double DIVERGENT = 0.6;

    public List<Statement> cluster(List<ReportRef> reports) {
        Map<String, List<ReportRef>> bySpeaker = new LinkedHashMap<>();
        List<List<ReportRef>> groups = new ArrayList<>();
        for (ReportRef r : reports) {
            if (r.speaker() == null) groups.add(new ArrayList<>(List.of(r)));
            else bySpeaker.computeIfAbsent(r.speaker(), k -> new ArrayList<>()).add(r);
        }
        for (List<ReportRef> rs : bySpeaker.values()) groups.addAll(clusterOne(rs));
        List<Statement> out = new ArrayList<>();
        for (List<ReportRef> g : groups) out.add(describe(g));
        out.sort(Comparator.comparing(Statement::key));
        return out;
    }

    /**
     * Average-linkage clustering of one speaker's reports. Only pairs that share a content stem, a word pair or
     * their opening can score above zero, so the scores are computed for those pairs alone (found through an
     * index of those keys) and kept sparse; merging updates the sums of scores between groups (Lance and
     * Williams), and the best pair comes from a priority queue. The result is that of the textbook algorithm:
     * the pair of groups with the highest average score merges first, ties going to the pair of latest reports.
     */
    private List<List<ReportRef>> clusterOne(List<ReportRef> rs) {
        // reports of the same words on the same day are one unit from the start: they would merge first anyway, and
        // a speaker quoted thousands of times alike costs one unit instead of millions of pairs
        Map<String, Integer> unitOf = new HashMap<>();
        List<List<Integer>> members = new ArrayList<>();
        List<QuoteSimilarity.Features> f = new ArrayList<>();
        for (int i = 0; i < rs.size(); i++) {
            ReportRef r = rs.get(i);
            QuoteSimilarity.Features own = QuoteSimilarity.features(r.text());
            // only words that would merge with themselves make a unit: "Yes." and "Yes." stay apart, as before
            String key = QuoteSimilarity.of(own, own) < MERGE ? "#" + i : String.join(" ", QuoteSimilarity.words(r.text())) + "\n" + r.date();
            Integer u = unitOf.putIfAbsent(key, members.size());
            if (u == null) {
                members.add(new ArrayList<>(List.of(i)));
                f.add(own);
            } else {
                members.get(u).add(i);
            }
        }
        int n = members.size();
        LocalDate[] date = new LocalDate[n];
        for (int i = 0; i < n; i++) date[i] = rs.get(members.get(i).get(0)).date();
        List<Map<Integer, Double>> sums = new ArrayList<>(n);
        for (int i = 0; i < n; i++) sums.add(new HashMap<>());
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Set<Integer> seen = new HashSet<>();
            for (String key : keys(f.get(i))) {
                List<Integer> before = postings.computeIfAbsent(key, k -> new ArrayList<>());
                if (before.size() >= MAX_POSTINGS) continue; // a word in this many of one speaker's quotes tells them apart from none
                for (int j : before) {
                    if (!seen.add(j) || datesConflict(date[i], date[j])) continue;
                    double s = QuoteSimilarity.of(f.get(j), f.get(i)) * members.get(i).size() * members.get(j).size();
                    if (s > 0) {
                        sums.get(i).put(j, s);
                        sums.get(j).put(i, s);
                    }
                }
                before.add(i);
            }
        }
        int[] version = new int[n];
        PriorityQueue<Candidate> queue = new PriorityQueue<>();
        for (int i = 0; i < n; i++) {
            for (int j : sums.get(i).keySet()) if (i < j) offer(queue, i, j, sums, members, date, version);
        }
        while (!queue.isEmpty()) {
            Candidate c = queue.poll();
            if (members.get(c.a()) == null || members.get(c.b()) == null || version[c.a()] != c.va() || version[c.b()] != c.vb()) continue;
            int a = c.a();
            int b = c.b();
            members.get(a).addAll(members.get(b));
            members.set(b, null);
            if (date[a] == null) date[a] = date[b];
            Map<Integer, Double> sa = sums.get(a);
            sa.remove(b);
            for (Map.Entry<Integer, Double> e : sums.get(b).entrySet()) {
                int other = e.getKey();
                if (other == a) continue;
                double total = sa.merge(other, e.getValue(), Double::sum);
                Map<Integer, Double> so = sums.get(other);
                so.remove(b);
                so.put(a, total);
            }
            sums.set(b, null);
            version[a]++;
            for (int other : sa.keySet()) offer(queue, Math.min(a, other), Math.max(a, other), sums, members, date, version);
        }
        List<List<Integer>> cl = new ArrayList<>();
        for (List<Integer> m : members) if (m != null) cl.add(m);
        // a report alike to no other joins the quote it continues
        Map<String, Integer> clusterOf = new HashMap<>();
        for (int c = 0; c < cl.size(); c++) for (int i : cl.get(c)) clusterOf.put(rs.get(i).id(), c);
        for (int c = 0; c < cl.size(); c++) {
            if (cl.get(c).size() != 1) continue;
            ReportRef r = rs.get(cl.get(c).get(0));
            Integer target = r.follows() == null ? null : clusterOf.get(r.follows());
            if (target != null && target != c) {
                cl.get(target).add(cl.get(c).remove(0));
                clusterOf.put(r.id(), target);
            }
        }
        List<List<ReportRef>> out = new ArrayList<>();
        for (List<Integer> c : cl) {
            if (c.isEmpty()) continue;
            List<ReportRef> g = new ArrayList<>();
            for (int i : c) g.add(rs.get(i));
            out.add(g);
        }
        return out;
    }

    private static boolean datesConflict(LocalDate a, LocalDate b) {
        return a != null && b != null && !a.equals(b);
    }

    /** What two reports must share to score above zero. */
    private static List<String> keys(QuoteSimilarity.Features f) {
        List<String> keys = new ArrayList<>(f.content().size() + f.pairs().size() + 1);
        for (String w : f.content()) keys.add("c " + w);
        for (String p : f.pairs()) keys.add("p " + p);
        if (!f.opening().isEmpty()) keys.add("o " + String.join(" ", f.opening()));
        return keys;
    }

    /** Two groups that may merge, as they stood when their average score was computed. */
    private record Candidate(double score, int a, int b, int va, int vb) implements Comparable<Candidate> {
        @Override
        public int compareTo(Candidate o) {
            int c = Double.compare(o.score, score);
            if (c != 0) return c;
            c = Integer.compare(o.a, a);
            return c != 0 ? c : Integer.compare(o.b, b);
        }
    }

    private static void offer(PriorityQueue<Candidate> queue, int a, int b, List<Map<Integer, Double>> sums, List<List<Integer>> members,
            LocalDate[] date, int[] version) {
        if (datesConflict(date[a], date[b])) return;
        double score = sums.get(a).get(b) / ((double) members.get(a).size() * members.get(b).size());
        if (score >= MERGE) queue.add(new Candidate(score, a, b, version[a], version[b]));
    }

    /**
     * The articles one article's wording is compared with: all the others, or the first {@link #MAX_PEERS} of them,
     * so that a remark printed by thousands of articles costs thousands of comparisons, not millions.
     */
    private static List<String> peers(List<String> sources, String a) {
        List<String> out = new ArrayList<>();
        for (String b : sources) {
            if (out.size() >= MAX_PEERS) break;
            if (!b.equals(a)) out.add(b);
        }
        return out;
    }

    /**
     * Compares what each article prints of the statement (its reports joined) with what the other articles
     * print: pieces of one remark in one article are not differences between outlets.
     */
    private static Statement describe(List<ReportRef> g) {
        g.sort(Comparator.comparing(ReportRef::id));
        ReportRef first = g.get(0);
        LocalDate date = g.stream().map(ReportRef::date).filter(Objects::nonNull).findFirst().orElse(null);
        Map<String, String> wording = new LinkedHashMap<>();
        for (ReportRef r : g) wording.merge(r.source(), r.text(), (a, b) -> a + " " + b);
        List<String> sources = new ArrayList<>(wording.keySet());
        Map<String, QuoteSimilarity.Features> features = new HashMap<>();
        for (String src : sources) features.put(src, QuoteSimilarity.features(wording.get(src)));
        double minSim = 1;
        Map<String, Double> meanSim = new HashMap<>();
        Map<String, Set<String>> othersOf = new HashMap<>();
        Map<String, List<String>> lacksOf = new HashMap<>();
        for (String a : sources) {
            List<String> peers = peers(sources, a);
            double total = 0;
            Set<String> others = new HashSet<>();
            Map<String, Integer> inOthers = new HashMap<>();
            for (String b : peers) {
                double s = QuoteSimilarity.of(features.get(a), features.get(b));
                total += s;
                minSim = Math.min(minSim, s);
                for (String w : features.get(b).content()) {
                    others.add(w);
                    inOthers.merge(w, 1, Integer::sum);
                }
            }
            meanSim.put(a, peers.isEmpty() ? 1.0 : total / peers.size());
            othersOf.put(a, others);
            Set<String> mine = features.get(a).content();
            lacksOf.put(a, inOthers.entrySet().stream().filter(e -> e.getValue() * 2 > peers.size() && !mine.contains(e.getKey()))
                    .map(Map.Entry::getKey).sorted().toList());
        }
        List<Statement.Difference> diffs = new ArrayList<>();
        for (ReportRef r : g) {
            Set<String> others = othersOf.get(r.source());
            List<String> adds = sources.size() == 1 ? List.of()
                    : QuoteSimilarity.content(r.text()).stream().filter(w -> !others.contains(w)).sorted().toList();
            diffs.add(new Statement.Difference(r, meanSim.get(r.source()), adds, lacksOf.get(r.source())));
        }
        double divergence = sources.size() == 1 ? 0 : 1 - minSim;
        String key = (first.speaker() == null ? "unattributed" : first.speaker()) + "\n" + first.id();
        return new Statement(key, first.speaker(), date, diffs, divergence, divergence >= DIVERGENT);
    }
}
