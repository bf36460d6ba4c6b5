package org.newsgraph.quotes;

import java.util.List;
import org.newsgraph.ingest.Block;
import org.newsgraph.model.QuoteKind;
import org.newsgraph.nlp.Lexicons;
import org.newsgraph.quotes.QuoteScene.MentionRef;
import org.newsgraph.quotes.QuoteScene.TextWord;

/**
 * A first-person paragraph printed without marks: its speaker is the name alone on the next line, or the
 * speaker of a cue that ends the paragraph before ("Smith said on Friday:", "She wrote that").
 */
final class BlockQuoteSieve implements Sieve {
    /** The most words a line that only names the speaker holds. */
    private static final int NAME_LINE_WORDS = 5;

    @Override
    public String name() {
        return "block";
    }

    @Override
    public boolean handles(QuoteSpan q) {
        return q.kind() == QuoteKind.BLOCK;
    }

    @Override
    public Attribution attribute(QuoteScene scene, int i) {
        List<Block> blocks = scene.analyzed().article().content();
        int at = blocks.indexOf(scene.span(i).block());
        if (at < 0) return null;
        Attribution a = at + 1 < blocks.size() ? nameLine(scene, blocks.get(at + 1)) : null;
        if (a == null && at > 0) a = cueBefore(scene, blocks.get(at - 1));
        return a;
    }

    private Attribution nameLine(QuoteScene scene, Block n) {
        String nt = scene.text().substring(n.start(), n.end()).strip();
        if (QuoteSpan.wordCount(nt) > NAME_LINE_WORDS) return null;
        for (MentionRef r : scene.mentionsIn(n.start(), n.end())) {
            if (r.isPerson() && r.mention().text().length() >= nt.length() - 2) {
                return Attribution.named(r.entity().key(), null, name() + "+speaker-line", 0.9);
            }
        }
        return null;
    }

    private Attribution cueBefore(QuoteScene scene, Block prev) {
        List<TextWord> ws = scene.words(prev.start(), prev.end());
        int lastSentence = 0;
        for (int k = 0; k < ws.size() - 1; k++) if (ws.get(k).text().matches(".*[a-z][.!?]")) lastSentence = k + 1;
        for (int k = lastSentence; k < ws.size(); k++) {
            String lw = ws.get(k).lower();
            if (!Lexicons.SPEECH_VERBS.contains(lw)) continue;
            MentionRef person = null;
            for (MentionRef r : scene.mentionsIn(ws.get(lastSentence).start(), ws.get(k).start())) {
                if (!r.quoted() && r.isPerson()) person = r;
            }
            if (person != null) return Attribution.named(person.entity().key(), lw, name() + "+cue-before", 0.8);
            List<TextWord> subject = ws.subList(lastSentence, k);
            if (!subject.isEmpty() && Lexicons.PERSON_PRONOUNS.contains(subject.get(0).lower())) {
                MentionRef p = scene.personBefore(subject.get(0).start(), subject.get(0).lower());
                if (p != null) return Attribution.named(p.entity().key(), lw, name() + "+cue-before+pronoun", 0.7);
            }
            return null;
        }
        return null;
    }
}
