package org.newsgraph.quotes;

import org.newsgraph.quotes.QuoteScene.MentionRef;

/**
 * A quote signed after a dash, as round-ups of readers' or voters' words print them:
 * "“…” ― Jane Smith, 34, Ohio", or the signature alone on the next line.
 */
final class DashSignatureSieve implements Sieve {
    /** The most words a signature holds after the name ("34, a teacher from Ohio"). */
    private static final int TAIL_WORDS = 8;
    /** The most words of a title before the name. */
    private static final int TITLE_WORDS = 3;

    @Override
    public String name() {
        return "dash-signature";
    }

    @Override
    public Attribution attribute(QuoteScene scene, int i) {
        QuoteSpan q = scene.span(i);
        String text = scene.text();
        int from = q.after();
        int end = q.block().end();
        while (from < end && Character.isWhitespace(text.charAt(from))) from++;
        if (from >= end) {
            // the signature on a line of its own
            int next = text.indexOf('\n', q.block().end());
            from = q.block().end();
            while (from < text.length() && Character.isWhitespace(text.charAt(from))) from++;
            end = text.indexOf('\n', from);
            if (end < 0) end = text.length();
            if (next < 0 || from >= text.length()) return null;
        }
        int d = from;
        while (d < end && "\u2015\u2014\u2013-".indexOf(text.charAt(d)) >= 0) d++;
        if (d == from) return null;
        while (d < end && Character.isWhitespace(text.charAt(d))) d++;
        for (MentionRef r : scene.mentionsIn(d, end)) {
            // the name first, after at most a title ("― Senator Jane Smith, Ohio")
            String title = text.substring(d, r.mention().start());
            if (!r.isPerson() || title.contains(",") || scene.words(d, r.mention().start()).size() > TITLE_WORDS) return null;
            if (scene.words(r.mention().end(), end).size() > TAIL_WORDS) return null;
            return Attribution.named(r.entity().key(), null, name(), 0.9);
        }
        return null;
    }
}
