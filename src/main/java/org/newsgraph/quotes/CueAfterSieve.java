package org.newsgraph.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.nlp.Lexicons;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.WordLists;
import org.newsgraph.quotes.QuoteScene.TextWord;

/**
 * The cue after the quote, in its sentence: "“…,” Smith said", "“…,” said Prime Minister Jane Smith at a
 * rally", "“…,” he told reporters", "“…,” said a senior official involved in the talks". A quote that ends
 * its sentence ("“….” Smith then left") has no cue after it.
 */
final class CueAfterSieve implements Sieve {
    static final Set<String> SPEAKER_STOPS = WordLists.load("speaker-stops");
    static final Set<String> DESCRIPTION_PREPOSITIONS = WordLists.load("description-prepositions");
    static final Set<String> ATTRIBUTION_ADVERBS = WordLists.load("attribution-adverbs");
    /** How far after the quote the cue verb may stand, in words. */
    private static final int REACH = 9;
    /** The longest name clause before an apposition, and how far after it the cue may stand, in words. */
    private static final int APPOSITION_HEAD = 6;
    private static final int APPOSITION_REACH = 20;
    /** The longest reporting clause at a sentence's end ("…, said a spokeswoman for the mayor."), in words. */
    private static final int FINAL_CLAUSE = 8;

    @Override
    public String name() {
        return "cue-after";
    }

    @Override
    public Attribution attribute(QuoteScene scene, int i) {
        List<TextWord> ws = wordsAfter(scene, i);
        if (ws == null) return null;
        Attribution a = nextCue(scene, ws);
        return a != null ? a : finalClause(scene, ws);
    }

    /**
     * The reporting clause that ends the sentence, after what the quote's sentence goes on to say: "Obama
     * “felt a moral obligation to do something about” climate change, Axelrod said."
     */
    private Attribution finalClause(QuoteScene scene, List<TextWord> ws) {
        int last = ws.size() - 1;
        if (last < 1 || !ws.get(last).text().matches(".*[.!?]['\u2019\u201D\"]*$")) return null;
        int b = last - 1;
        while (b >= 0 && !ws.get(b).endsClause()) b--;
        if (b < 0 || !ws.get(b).text().endsWith(",")) return null;
        List<TextWord> clause = ws.subList(b + 1, ws.size());
        if (clause.size() > FINAL_CLAUSE) return null;
        for (int k = 0; k < clause.size(); k++) {
            String lw = clause.get(k).lower();
            if (!Lexicons.SPEECH_VERBS.contains(lw) || ParticipleSieve.PARTICIPLES.contains(lw)) continue;
            List<TextWord> phrase = k == 0 ? phraseAfterCue(clause, 1) : new ArrayList<>(clause.subList(0, k));
            return SpeakerPhrase.resolve(scene, phrase, lw, name() + "+final-clause");
        }
        return null;
    }

    private Attribution nextCue(QuoteScene scene, List<TextWord> ws) {
        for (int k = 0; k < Math.min(ws.size(), REACH); k++) {
            String lw = ws.get(k).lower();
            if (!Lexicons.SPEECH_VERBS.contains(lw)) {
                if (k > 0 && ws.get(k - 1).endsClause()) return appositive(scene, ws, k);
                if (lw.equals("according")) return null; // the according-to sieve's
                continue;
            }
            if (k == 0) return SpeakerPhrase.resolve(scene, phraseAfterCue(ws, 1), lw, name());
            List<TextWord> phrase = new ArrayList<>(ws.subList(0, k));
            while (!phrase.isEmpty() && ATTRIBUTION_ADVERBS.contains(phrase.get(phrase.size() - 1).lower())) phrase.remove(phrase.size() - 1);
            return SpeakerPhrase.resolve(scene, phrase, lw, name());
        }
        return null;
    }

    /**
     * The speaker named with an apposition before the cue: "“…,” Jane Smith, the mayor's deputy, said",
     * "“…,” Player of the Year, Jane Smith, who scored twice, said". {@code k} is the first word after the
     * first clause; the cue must follow a clause end within {@link #APPOSITION_REACH} words. The speaker is
     * the first of those clauses that names a person, else the first clause.
     */
    private Attribution appositive(QuoteScene scene, List<TextWord> ws, int k) {
        if (k > APPOSITION_HEAD) return null;
        for (int j = k; j < Math.min(ws.size(), k + APPOSITION_REACH); j++) {
            String lw = ws.get(j).lower();
            if (!Lexicons.SPEECH_VERBS.contains(lw)) {
                if (ws.get(j).text().matches(".*[.;:!?—]$") && ws.get(j).endsClause()) return null;
                continue;
            }
            if (!ws.get(j - 1).endsClause()) return null; // "…, the mayor's deputy said": the deputy speaks
            List<List<TextWord>> clauses = new ArrayList<>();
            List<TextWord> c = new ArrayList<>();
            for (TextWord w : ws.subList(0, j)) {
                c.add(w);
                if (w.endsClause()) {
                    clauses.add(c);
                    c = new ArrayList<>();
                }
            }
            for (List<TextWord> clause : clauses) {
                int from = clause.get(0).start();
                int to = clause.get(clause.size() - 1).end();
                if (scene.mentionsIn(from, to + 1).stream().anyMatch(QuoteScene.MentionRef::isPerson)) {
                    return SpeakerPhrase.resolve(scene, clause, lw, name() + "+apposition");
                }
            }
            return SpeakerPhrase.resolve(scene, clauses.get(0), lw, name() + "+apposition");
        }
        return null;
    }

    /**
     * The words after the quote up to its sentence's end or the next quote, or null when the quote closes
     * its sentence and what follows starts a new one.
     */
    static List<TextWord> wordsAfter(QuoteScene scene, int i) {
        QuoteSpan q = scene.span(i);
        String text = scene.text();
        int from = q.after();
        if (from >= q.block().end()) return null;
        int next = from;
        while (next < q.block().end() - 1 && Character.isWhitespace(text.charAt(next))) next++;
        Sentence closing = scene.sentenceAt(Math.min(next, q.block().end() - 1)); // "“…?” | Smith said.
        Sentence opening = scene.sentenceAt(q.open());
        if (closing == null) closing = opening;
        int to = closing == null ? q.block().end() : Math.max(from, scene.sentenceEnd(closing, q.block().end()));
        for (QuoteSpan o : scene.spans()) if (o.open() >= from && o.open() < to) to = o.open();
        String between = text.substring(from, to);
        String inside = text.substring(q.start(), from);
        boolean endsInside = inside.matches("(?s).*[.!?]['\u2019\u201D\"]*$") && !inside.matches("(?s).*,['\u2019\u201D\"]*$");
        List<TextWord> ws = scene.words(from, to);
        if (endsInside && !between.isBlank() && Character.isUpperCase(between.strip().codePointAt(0)) && !cueInFirstClause(ws)) {
            return null;
        }
        return ws;
    }

    /**
     * After a quote that ends its sentence ("“… no?” Jane Smith said.", "“….” He said."), what follows
     * attributes it only when its first clause holds the cue; else it is a new sentence ("“….” Smith left.").
     */
    private static boolean cueInFirstClause(List<TextWord> ws) {
        for (int k = 0; k < Math.min(ws.size(), REACH); k++) {
            if (Lexicons.SPEECH_VERBS.contains(ws.get(k).lower())) return true;
            if (ws.get(k).endsClause()) return k < APPOSITION_HEAD && ws.get(k).text().endsWith(",") && cueAfterApposition(ws, k + 1);
        }
        return false;
    }

    /** Whether a cue follows an apposition that starts at {@code from}: "Will Estrada, the chairman, said". */
    private static boolean cueAfterApposition(List<TextWord> ws, int from) {
        for (int j = from; j < Math.min(ws.size(), from + APPOSITION_REACH); j++) {
            if (Lexicons.SPEECH_VERBS.contains(ws.get(j).lower())) return j > from && ws.get(j - 1).text().endsWith(",");
            if (ws.get(j).text().matches(".*[.;:!?]$") && ws.get(j).endsClause()) return false;
        }
        return false;
    }

    /** The speaker phrase after a cue verb: up to a clause end or a word that starts a new phrase. */
    static List<TextWord> phraseAfterCue(List<TextWord> ws, int st) {
        List<TextWord> phrase = new ArrayList<>();
        for (int j = st; j < ws.size(); j++) {
            TextWord w = ws.get(j);
            // an unnamed source's description goes on through "at the ministry", "involved in the talks"
            boolean unnamed = phrase.stream().anyMatch(x -> Lexicons.SOURCE_NOUNS.contains(x.lower()));
            if (!phrase.isEmpty() && SPEAKER_STOPS.contains(w.lower()) && !(unnamed && DESCRIPTION_PREPOSITIONS.contains(w.lower()))) break;
            if (w.lower().equals("reporters") && phrase.isEmpty()) break;
            phrase.add(w);
            if (w.endsClause()) break;
        }
        return phrase;
    }
}
