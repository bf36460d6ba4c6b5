package org.newsgraph.statements;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Groups reports into statements: reports of one speaker whose words are alike (average-linkage
 * clustering over {@link QuoteSimilarity}) and whose days, where known, agree. A report alike to no other
 * joins the quote it continues in its paragraph. Reports without a named speaker stay alone.
 */
public final class StatementClusterer {
    /** Average similarity from which two groups of reports are one statement. */
    public static final double MERGE = 0.55;
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

    private List<List<ReportRef>> clusterOne(List<ReportRef> rs) {
        int n = rs.size();
        List<QuoteSimilarity.Features> f = rs.stream().map(r -> QuoteSimilarity.features(r.text())).toList();
        double[][] sim = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                sim[i][j] = sim[j][i] = datesConflict(rs.get(i).date(), rs.get(j).date()) ? 0 : QuoteSimilarity.of(f.get(i), f.get(j));
            }
        }
        List<List<Integer>> cl = new ArrayList<>();
        for (int i = 0; i < n; i++) cl.add(new ArrayList<>(List.of(i)));
        while (true) {
            double best = MERGE;
            int bi = -1;
            int bj = -1;
            for (int i = 0; i < cl.size(); i++) {
                for (int j = i + 1; j < cl.size(); j++) {
                    double s = average(cl.get(i), cl.get(j), sim);
                    if (s >= best && !anyConflict(cl.get(i), cl.get(j), rs)) {
                        best = s;
                        bi = i;
                        bj = j;
                    }
                }
            }
            if (bi < 0) break;
            cl.get(bi).addAll(cl.remove(bj));
        }
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

    private static boolean anyConflict(List<Integer> a, List<Integer> b, List<ReportRef> rs) {
        for (int i : a) for (int j : b) if (datesConflict(rs.get(i).date(), rs.get(j).date())) return true;
        return false;
    }

    private static double average(List<Integer> a, List<Integer> b, double[][] sim) {
        double s = 0;
        for (int i : a) for (int j : b) s += sim[i][j];
        return s / (a.size() * b.size());
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
        for (String a : sources) {
            double total = 0;
            for (String b : sources) {
                if (a.equals(b)) continue;
                double s = QuoteSimilarity.of(features.get(a), features.get(b));
                total += s;
                minSim = Math.min(minSim, s);
            }
            meanSim.put(a, sources.size() == 1 ? 1.0 : total / (sources.size() - 1));
        }
        List<Statement.Difference> diffs = new ArrayList<>();
        for (ReportRef r : g) {
            Set<String> mine = features.get(r.source()).content();
            Set<String> others = new TreeSet<>();
            Map<String, Integer> inOthers = new HashMap<>();
            for (String o : sources) {
                if (o.equals(r.source())) continue;
                for (String w : features.get(o).content()) {
                    others.add(w);
                    inOthers.merge(w, 1, Integer::sum);
                }
            }
            int n = sources.size() - 1;
            Set<String> own = QuoteSimilarity.content(r.text());
            List<String> adds = n == 0 ? List.of() : own.stream().filter(w -> !others.contains(w)).sorted().toList();
            List<String> lacks = inOthers.entrySet().stream().filter(e -> e.getValue() * 2 > n && !mine.contains(e.getKey()))
                    .map(Map.Entry::getKey).sorted().toList();
            diffs.add(new Statement.Difference(r, meanSim.get(r.source()), adds, lacks));
        }
        double divergence = sources.size() == 1 ? 0 : 1 - minSim;
        String key = (first.speaker() == null ? "unattributed" : first.speaker()) + "\n" + first.id();
        return new Statement(key, first.speaker(), date, diffs, divergence, divergence >= DIVERGENT);
    }
}
