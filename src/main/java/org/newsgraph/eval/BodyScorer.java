package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores extracted article bodies as the ScrapingHub article-extraction benchmark does: tokens are the
 * matches of {@code \w+} (Unicode, case kept), shingles the multiset of 4-grams of consecutive tokens; per
 * page, true positives, false positives and false negatives are shingle counts divided by their sum, so that
 * every page weighs the same. Precision is the mean page precision over the pages whose prediction has a
 * token (an empty prediction only costs recall), recall the mean page recall over the pages with a true
 * body, F1 their harmonic mean; accuracy the share of pages whose tokens equal the true ones exactly.
 */
public final class BodyScorer {
    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int N = 4;

    /** One page's shingle counts, normalised to sum to 1, and whether its tokens match exactly. */
    public record Page(String id, double tp, double fp, double fn, boolean exact) {
        Double precision() {
            if (fp == 0 && fn == 0) return 1.0;
            return tp + fp > 0 ? tp / (tp + fp) : null;
        }

        Double recall() {
            if (fp == 0 && fn == 0) return 1.0;
            return tp + fn > 0 ? tp / (tp + fn) : null;
        }
    }

    /** The figures over all pages. */
    public record Result(double f1, double precision, double recall, double accuracy, int pages, int empty) {}

    private final List<Page> pages = new ArrayList<>();

    /** Scores one page: the body a person marked and the body extracted (empty when the page was refused). */
    public Page add(String id, String truth, String predicted) {
        List<String> t = tokens(truth);
        List<String> p = tokens(predicted);
        Map<List<String>, Integer> ts = shingles(t);
        Map<List<String>, Integer> ps = shingles(p);
        double tp = 0;
        double fp = 0;
        double fn = 0;
        Set<List<String>> keys = new HashSet<>(ts.keySet());
        keys.addAll(ps.keySet());
        for (List<String> k : keys) {
            int a = ts.getOrDefault(k, 0);
            int b = ps.getOrDefault(k, 0);
            tp += Math.min(a, b);
            fp += Math.max(0, b - a);
            fn += Math.max(0, a - b);
        }
        double s = tp + fp + fn;
        Page page = s > 0 ? new Page(id, tp / s, fp / s, fn / s, t.equals(p)) : new Page(id, 0, 0, 0, t.equals(p));
        pages.add(page);
        return page;
    }

    public List<Page> pages() {
        return List.copyOf(pages);
    }

    public Result result() {
        double p = mean(pages.stream().filter(x -> x.tp() + x.fp() > 0).map(Page::precision).toList());
        double r = mean(pages.stream().filter(x -> x.tp() + x.fn() > 0).map(Page::recall).toList());
        double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
        double acc = pages.isEmpty() ? 0 : pages.stream().filter(Page::exact).count() / (double) pages.size();
        int empty = (int) pages.stream().filter(x -> x.tp() + x.fp() == 0).count();
        return new Result(f, p, r, acc, pages.size(), empty);
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        Matcher m = TOKEN.matcher(text);
        while (m.find()) out.add(m.group());
        return out;
    }

    /** The 4-grams of the tokens as a multiset; one shorter shingle when there are one to three tokens. */
    static Map<List<String>, Integer> shingles(List<String> tokens) {
        Map<List<String>, Integer> out = new HashMap<>();
        for (int i = 0; i < Math.max(1, tokens.size() - N + 1); i++) {
            List<String> s = tokens.subList(i, Math.min(tokens.size(), i + N));
            if (!s.isEmpty()) out.merge(List.copyOf(s), 1, Integer::sum);
        }
        return out;
    }

    private static double mean(List<Double> xs) {
        return xs.isEmpty() ? 0 : xs.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }
}
