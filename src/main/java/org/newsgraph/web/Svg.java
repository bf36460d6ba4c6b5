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

    /** The entity in the middle, its neighbours on a circle, each edge labelled. */
    static String neighbourhood(String name, String type, List<Neighbour> ns) {
        int w = 760;
        int h = 460;
        double cx = w / 2.0;
        double cy = h / 2.0;
        double r = 170;
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "<svg role=\"img\" aria-label=\"neighbourhood of %s\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                + "xmlns=\"http://www.w3.org/2000/svg\" font-family=\"sans-serif\" font-size=\"12\">", Html.esc(name), w, h, w, h));
        for (int i = 0; i < ns.size(); i++) {
            double a = 2 * Math.PI * i / Math.max(1, ns.size()) - Math.PI / 2;
            double x = cx + r * Math.cos(a);
            double y = cy + r * Math.sin(a);
            Neighbour n = ns.get(i);
            b.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#bbb\"/>", cx, cy, x, y));
            b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" fill=\"#777\" text-anchor=\"middle\" font-size=\"10\">%s</text>",
                    (cx + x) / 2, (cy + y) / 2 - 3, Html.esc(n.edge())));
            b.append(String.format(Locale.ROOT, "<a href=\"%s\"><circle cx=\"%.1f\" cy=\"%.1f\" r=\"9\" fill=\"%s\"/>"
                    + "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text></a>", Html.esc(n.href()), x, y, colour(n.type()),
                    x, y + (y < cy ? -14 : 22), Html.esc(shorten(n.name(), 28))));
        }
        b.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"16\" fill=\"%s\"/><text x=\"%.1f\" y=\"%.1f\" "
                + "text-anchor=\"middle\" font-weight=\"bold\" font-size=\"14\">%s</text>", cx, cy, colour(type), cx, cy + 34, Html.esc(name)));
        return b.append("</svg>").toString();
    }

    /** Statements along a time axis, one mark per statement, the words in each mark's tooltip. */
    static String timeline(List<Dated> items) {
        int w = 760;
        int h = 120 + 16 * Math.min(items.size(), 10);
        LocalDate min = items.stream().map(Dated::date).min(LocalDate::compareTo).orElseThrow();
        LocalDate max = items.stream().map(Dated::date).max(LocalDate::compareTo).orElseThrow();
        long span = Math.max(1, ChronoUnit.DAYS.between(min, max));
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "<svg role=\"img\" aria-label=\"timeline of statements\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                + "xmlns=\"http://www.w3.org/2000/svg\" font-family=\"sans-serif\" font-size=\"11\">", w, h, w, h));
        int y0 = 50;
        b.append(String.format(Locale.ROOT, "<line x1=\"40\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>", y0, w - 40, y0));
        b.append(String.format(Locale.ROOT, "<text x=\"40\" y=\"%d\">%s</text><text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>",
                y0 + 18, min, w - 40, y0 + 18, max));
        int row = 0;
        for (Dated d : items) {
            double x = 40 + (w - 80) * (min.equals(max) ? 0.5 : ChronoUnit.DAYS.between(min, d.date()) / (double) span);
            b.append(String.format(Locale.ROOT, "<a href=\"%s\"><circle cx=\"%.1f\" cy=\"%d\" r=\"6\" fill=\"#2f6db5\"><title>%s: %s</title></circle></a>",
                    Html.esc(d.href()), x, y0, d.date(), Html.esc(d.text())));
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
