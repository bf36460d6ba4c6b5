package org.newsgraph.quotes;

import java.util.List;
import org.newsgraph.ingest.Block;
import org.newsgraph.model.EntityType;
import org.newsgraph.nlp.Lexicons;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Words;
import org.newsgraph.coref.SalienceResolver;
import org.newsgraph.quotes.QuoteScene.MentionRef;
import org.newsgraph.quotes.QuoteScene.TextWord;

/**
 * A paragraph that opens with a quote and has no cue of its own, after a paragraph that reports the same
 * person's words indirectly: "Transport Minister Jane Roe says she has met the ferry crews. ¶ “The ferries must
 * run every hour.”" — the speaker is the subject of the last reporting verb of the paragraph before (a name, or a
 * pronoun resolved to one), as broadcast and wire copy alternate paraphrase and quote.
 */
final class ReportedSpeechSieve implements Sieve {
    /** How many words before the reporting verb its subject's name may end ("Jane Roe, the board's chair, says"). */
    private static final int SUBJECT_REACH = 14;

    @Override
    public String name() {
        return "reported-speech";
    }

    @Override
    public Attribution attribute(QuoteScene scene, int i) {
        QuoteSpan q = scene.span(i);
        if (!scene.opensParagraph(q)) return null;
        Block prev = scene.previousContentBlock(q.block());
        if (prev == null || prev.kind() != Block.Kind.BODY) return null;
        List<Sentence> sentences = scene.analyzed().sentences().stream().filter(s -> s.block() == prev).toList();
        for (int k = sentences.size() - 1; k >= 0; k--) {
            Sentence s = sentences.get(k);
            Attribution a = reporter(scene, s);
            if (a != null) return a;
            if (namesSomeoneOutsideQuotes(scene, s)) return null; // a later person may be the one quoted next
        }
        return null;
    }

    /** The subject of the last reporting verb outside quotes in the sentence, or null. */
    private Attribution reporter(QuoteScene scene, Sentence s) {
        List<TextWord> ws = scene.words(s.start(), s.end());
        for (int k = ws.size() - 1; k >= 0; k--) {
            TextWord w = ws.get(k);
            if (!Lexicons.SPEECH_VERBS.contains(w.lower()) || inQuote(scene, w.start())) continue;
            if (QUESTIONS.contains(w.lower())) return null; // "Kelly asked Trump …": the quote after it is the answer
            if (ParticipleSieve.PARTICIPLES.contains(w.lower())) continue; // "…, saying" reports the clause's subject's words, but loosely
            int b = k - 1;
            while (b >= 0 && CueAfterSieve.ATTRIBUTION_ADVERBS.contains(ws.get(b).lower())) b--;
            if (b >= 0 && Lexicons.PERSON_PRONOUNS.contains(ws.get(b).lower())) {
                MentionRef p = scene.personBefore(ws.get(b).start(), ws.get(b).lower());
                return p == null ? null : Attribution.named(p.entity().key(), w.lower(), name() + "+pronoun", 0.7);
            }
            // the clause's subject: its first person (else organisation) not after a preposition or a possessive one
            MentionRef subject = null;
            int from = ws.get(Math.max(0, k - SUBJECT_REACH)).start();
            for (MentionRef r : scene.mentionsIn(from, w.start())) {
                if (r.quoted() || SalienceResolver.isPreposition(Words.before(scene.text(), r.mention().start()))
                        || Words.possessiveAt(scene.text(), r.mention().end())) continue;
                if (r.isPerson() && (subject == null || !subject.isPerson())) subject = r;
                else if (r.entity().type() == EntityType.ORGANIZATION && subject == null) subject = r;
            }
            if (subject == null && k + 1 < ws.size()) { // "…, said Jane Roe."
                for (MentionRef r : scene.mentionsIn(ws.get(k + 1).start(), ws.get(Math.min(ws.size() - 1, k + 4)).end())) {
                    if (!r.quoted() && r.isPerson()) {
                        subject = r;
                        break;
                    }
                }
            }
            if (subject == null) return null;
            return Attribution.named(subject.entity().key(), w.lower(), name(), subject.isPerson() ? 0.75 : 0.7);
        }
        return null;
    }

    private static final java.util.Set<String> QUESTIONS = java.util.Set.of("asked", "asks", "questioned", "wondered", "questioning", "asking");

    private static boolean namesSomeoneOutsideQuotes(QuoteScene scene, Sentence s) {
        return scene.mentionsIn(s.start(), s.end()).stream().anyMatch(r -> !r.quoted() && r.isPerson());
    }

    private static boolean inQuote(QuoteScene scene, int offset) {
        for (QuoteSpan q : scene.spans()) if (offset >= q.open() && offset < q.after()) return true;
        return false;
    }
}
