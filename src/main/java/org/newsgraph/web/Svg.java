package org.newsgraph.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/** Pictures as SVG: an entity's neighbourhood and a timeline of statements. */
final class Svg {
    private Svg() {}

    /** A node around the centre: its name, type, link, the edge's label. */
    record Neighbour(String name, String type, String href, String edge) {}

    /** A statement on the timeline. */
    record Dated(LocalDate date, String text, String href) {}

    static String colour(String type) {
        return switch (type) {
            case "Person" -> "#2f6db5";
            case "Organization" -> "#c2571a";
            case "Place" -> "#3b8b3b";
            case "Treaty" -> "#8a3ba8";
            default -> "#666";
        };
    }

    /**
     * The entity in the middle, its neighbours on a circle, each edge labelled, each name set outward from its node
     * (to the right on the right half, to the left on the left) so that neighbours' names do not run into each other,
     * and a legend of the colours.
     */
    static String neighbourhood(String name, String type, List<Neighbour> ns) {
        int w = 860;
        int h = 480;
        double cx = w / 2.0;
        double cy = h / 2.0 + 10;
        double r = 170;
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "<svg role=\"img\" aria-label=\"neighbourhood of %s\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                + "xmlns=\"http://www.w3.org/2000/svg\" font-family=\"sans-serif\" font-size=\"12\">", Html.esc(name), w, h, w, h));
        java.util.Set<String> types = new java.util.LinkedHashSet<>();
        types.add(type);
        for (int i = 0; i < ns.size(); i++) {
            double a = 2 * Math.PI * i / Math.max(1, ns.size()) - Math.PI / 2;
            double x = cx + r * Math.cos(a);
            double y = cy + r * Math.sin(a);
            Neighbour n = ns.get(i);
            types.add(n.type());
            double cos = Math.cos(a);
            String anchor = Math.abs(cos) < 0.2 ? "middle" : cos > 0 ? "start" : "end";
            double lx = x + (anchor.equals("middle") ? 0 : cos > 0 ? 14 : -14);
            double ly = anchor.equals("middle") ? y + (y < cy ? -14 : 24) : y + 4;
            b.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#bbb\"/>", cx, cy, x, y));
            // the edge's label sits at two fifths of the edge, nearer the centre than the names
            b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" fill=\"#777\" text-anchor=\"middle\" font-size=\"10\">%s</text>",
                    cx + 0.55 * (x - cx), cy + 0.55 * (y - cy) - 3, Html.esc(n.edge())));
            b.append(String.format(Locale.ROOT, "<a href=\"%s\"><circle cx=\"%.1f\" cy=\"%.1f\" r=\"9\" fill=\"%s\"><title>%s</title></circle>"
                    + "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s</text></a>", Html.esc(n.href()), x, y, colour(n.type()), Html.esc(n.name()),
                    lx, ly, anchor, Html.esc(shorten(n.name(), 26))));
        }
        b.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"16\" fill=\"%s\"/><text x=\"%.1f\" y=\"%.1f\" "
                + "text-anchor=\"middle\" font-weight=\"bold\" font-size=\"14\">%s</text>", cx, cy, colour(type), cx, cy + 34, Html.esc(name)));
        int lx = 12;
        b.append("<g class=\"legend\">");
        for (String t : types) {
            b.append(String.format(Locale.ROOT, "<circle cx=\"%d\" cy=\"16\" r=\"6\" fill=\"%s\"/><text x=\"%d\" y=\"20\">%s</text>",
                    lx + 6, colour(t), lx + 16, Html.esc(label(t))));
            lx += 30 + 7 * label(t).length();
        }
        b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"20\" fill=\"#777\">edge: articles naming both</text>", lx + 10));
        return b.append("</g></svg>").toString();
    }

    private static String label(String type) {
        return switch (type) {
            case "Person" -> "person";
            case "Organization" -> "organisation";
            case "Place" -> "place";
            case "Treaty" -> "treaty";
            default -> type.toLowerCase(Locale.ROOT);
        };
    }

    /**
     * Statements along a time axis, one mark per statement, the words in each mark's tooltip. Statements of one day
     * are stacked above the axis, not drawn on one point; one day alone is labelled once, in the middle.
     */
    static String timeline(List<Dated> items) {
        int w = 760;
        java.util.Map<LocalDate, Integer> perDay = new java.util.HashMap<>();
        for (Dated d : items) perDay.merge(d.date(), 1, Integer::sum);
        int stack = Math.min(8, perDay.values().stream().max(Integer::compare).orElse(1));
        int y0 = 30 + 14 * stack;
        int h = y0 + 70 + 16 * Math.min(items.size(), 10);
        LocalDate min = items.stream().map(Dated::date).min(LocalDate::compareTo).orElseThrow();
        LocalDate max = items.stream().map(Dated::date).max(LocalDate::compareTo).orElseThrow();
        long span = Math.max(1, ChronoUnit.DAYS.between(min, max));
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "<svg role=\"img\" aria-label=\"timeline of statements\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                + "xmlns=\"http://www.w3.org/2000/svg\" font-family=\"sans-serif\" font-size=\"11\">", w, h, w, h));
        b.append(String.format(Locale.ROOT, "<line x1=\"40\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>", y0, w - 40, y0));
        if (min.equals(max)) {
            b.append(String.format(Locale.ROOT, "<text class=\"axis\" x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>", w / 2, y0 + 18, min));
        } else {
            b.append(String.format(Locale.ROOT, "<text class=\"axis\" x=\"40\" y=\"%d\">%s</text><text class=\"axis\" x=\"%d\" y=\"%d\" "
                    + "text-anchor=\"end\">%s</text>", y0 + 18, min, w - 40, y0 + 18, max));
        }
        java.util.Map<LocalDate, Integer> placed = new java.util.HashMap<>();
        int row = 0;
        for (Dated d : items) {
            double x = 40 + (w - 80) * (min.equals(max) ? 0.5 : ChronoUnit.DAYS.between(min, d.date()) / (double) span);
            int level = Math.min(stack - 1, placed.merge(d.date(), 1, Integer::sum) - 1);
            int cy = y0 - 14 * level;
            b.append(String.format(Locale.ROOT, "<a href=\"%s\"><circle cx=\"%.1f\" cy=\"%d\" r=\"6\" fill=\"#2f6db5\" stroke=\"#fff\">"
                    + "<title>%s: %s</title></circle></a>", Html.esc(d.href()), x, cy, d.date(), Html.esc(d.text())));
            if (row < 10) {
                int y = y0 + 40 + 16 * row++;
                b.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ccc\"/>", x, y0, x, y - 4));
                b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%s \u201C%s\u201D</text>", Math.min(x, w - 360.0), y, d.date(),
                        Html.esc(shorten(d.text(), 48))));
            }
        }
        return b.append("</svg>").toString();
    }

    static String shorten(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "\u2026";
    }
}
