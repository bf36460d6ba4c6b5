package org.newsgraph.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.coref.AnaphoraResolver;
import org.newsgraph.coref.Discourse;
import org.newsgraph.coref.Genders;
import org.newsgraph.ingest.Block;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.nlp.Abbreviations;
import org.newsgraph.nlp.AnalyzedText;
import org.newsgraph.nlp.Sentence;

/**
 * An article as the sieves see it: its text, sentences and quoted spans, the entities' mentions in text order
 * (each marked when it stands inside a quote), the genders the article shows for its persons, and the
 * attributions decided so far.
 */
public final class QuoteScene {
    /** A mention with its entity, and whether it stands inside a quote. */
    public record MentionRef(Mention mention, Entity entity, boolean quoted) {
        public boolean isPerson() {
            return entity.type() == EntityType.PERSON;
        }
    }

    /** A white-space-separated word of the text with its offsets. */
    public record TextWord(String text, int start, int end) {
        private static final String MARKS = "\\p{Punct}\u201C\u201D\u2018\u2019\u2014\u2013";

        public String bare() {
            return text.replaceAll("^[" + MARKS + "]+|[" + MARKS + "]+$", "");
        }

        public String lower() {
            return bare().toLowerCase(Locale.ROOT);
        }

        /** Whether a clause ends after it: a comma, semicolon, colon, dash or a sentence's full stop. */
        public boolean endsClause() {
            return text.endsWith(",") || text.endsWith(";") || text.endsWith(":") || text.endsWith("\u2014")
                    || (text.endsWith(".") && !Abbreviations.isAbbreviation(text.replaceAll("^[\\p{Punct}\u201C\u2018]+", "")));
        }
    }

    private final AnalyzedText at;
    private final String text;
    private final List<QuoteSpan> spans;
    private final List<MentionRef> mentions;
    private final Map<String, List<MentionRef>> byEntity = new HashMap<>();
    private final Map<String, Entity> entities = new HashMap<>();
    private final Discourse discourse;
    private final AnaphoraResolver resolver;
    private final Attribution[] decided;

    QuoteScene(AnalyzedText at, List<Entity> entities, List<QuoteSpan> spans, AnaphoraResolver resolver) {
        this.at = at;
        this.text = at.article().text();
        this.spans = List.copyOf(spans);
        List<MentionRef> refs = new ArrayList<>();
        for (Entity e : entities) {
            this.entities.put(e.key(), e);
            for (Mention m : e.mentions()) {
                boolean quoted = spans.stream().anyMatch(s -> s.contains(m.start(), m.end())); // the whole name inside
                refs.add(new MentionRef(m, e, quoted));
            }
        }
        refs.sort(Comparator.comparingInt(r -> r.mention().start()));
        this.mentions = List.copyOf(refs);
        for (MentionRef r : mentions) byEntity.computeIfAbsent(r.entity().key(), k -> new ArrayList<>()).add(r);
        this.discourse = new Discourse(at, entities, this::inQuote);
        this.resolver = resolver;
        this.decided = new Attribution[spans.size()];
    }

    public String text() {
        return text;
    }

    public AnalyzedText analyzed() {
        return at;
    }

    public List<QuoteSpan> spans() {
        return spans;
    }

    public QuoteSpan span(int i) {
        return spans.get(i);
    }

    public String quoted(int i) {
        QuoteSpan s = spans.get(i);
        return text.substring(s.start(), s.end());
    }

    /** The attribution decided for quote {@code i} so far, or null. */
    public Attribution decided(int i) {
        return decided[i];
    }

    void decide(int i, Attribution a) {
        decided[i] = a;
    }

    public List<MentionRef> mentions() {
        return mentions;
    }

    /** The mentions of one entity, in text order. */
    public List<MentionRef> mentionsOf(String key) {
        return byEntity.getOrDefault(key, List.of());
    }

    public Entity entity(String key) {
        return entities.get(key);
    }

    public List<Entity> entities() {
        return List.copyOf(entities.values());
    }

    public Genders genders() {
        return discourse.genders();
    }

    /** Whether an offset stands inside a quoted span, as the discourse asks. */
    private boolean inQuote(int offset) {
        for (QuoteSpan q : spans) if (offset >= q.start() && offset < q.end()) return true;
        return false;
    }

    /** The sentence holding an offset, or null. */
    public Sentence sentenceAt(int offset) {
        return at.sentenceAt(offset);
    }

    /**
     * Where the sentence {@code s} really ends, no further than {@code limit}: the splitter's break after a
     * middle initial or a title ("Laurence H. | Tribe said") is not a sentence's end.
     */
    public int sentenceEnd(Sentence s, int limit) {
        int end = Math.min(s.end(), limit);
        while (end < limit) {
            String head = text.substring(s.start(), end).stripTrailing();
            int sp = Math.max(head.lastIndexOf(' '), head.lastIndexOf('\n'));
            String last = head.substring(sp + 1);
            if (!Abbreviations.precedesName(last)) return end;
            Sentence next = sentenceAt(end);
            if (next == null) {
                int k = end;
                while (k < limit && Character.isWhitespace(text.charAt(k))) k++;
                next = k < limit ? sentenceAt(k) : null;
            }
            if (next == null || next.end() <= end) return end;
            end = Math.min(next.end(), limit);
        }
        return end;
    }

    /** Whether the quote opens its paragraph. */
    public boolean opensParagraph(QuoteSpan q) {
        for (int k = q.block().start(); k < q.open(); k++) if (!Character.isWhitespace(text.charAt(k))) return false;
        return true;
    }

    /** The paragraph of running text (or heading) before {@code b}, or null. */
    public Block previousContentBlock(Block b) {
        Block last = null;
        for (Block x : at.article().content()) {
            if (x == b || x.start() >= b.start()) break;
            if (x.kind() == Block.Kind.BODY || x.kind() == Block.Kind.HEADING) last = x;
        }
        return last;
    }

    /** The words of [from, to), split at white space. */
    public List<TextWord> words(int from, int to) {
        List<TextWord> out = new ArrayList<>();
        int i = Math.max(0, from);
        int end = Math.min(to, text.length());
        while (i < end) {
            while (i < end && Character.isWhitespace(text.charAt(i))) i++;
            int s = i;
            while (i < end && !Character.isWhitespace(text.charAt(i))) i++;
            if (i > s) out.add(new TextWord(text.substring(s, i), s, i));
        }
        return out;
    }

    /** The mentions that lie within [from, to). */
    public List<MentionRef> mentionsIn(int from, int to) {
        List<MentionRef> out = new ArrayList<>();
        for (MentionRef r : mentions) {
            if (r.mention().start() >= to) break;
            if (r.mention().start() >= from && r.mention().end() <= to) out.add(r);
        }
        return out;
    }

    /**
     * The person a pronoun at {@code at} refers to, as the article's {@link AnaphoraResolver} decides, with the
     * speaker of the nearest attributed quote before it as the running speaker; null when no person fits.
     */
    public MentionRef personBefore(int at, String pronoun) {
        String lastSpeaker = null;
        int lastAt = -1;
        for (int j = spans.size() - 1; j >= 0; j--) {
            QuoteSpan q = spans.get(j);
            if (q.end() > at || decided[j] == null || decided[j].speakerKey() == null) continue;
            Entity e = entities.get(decided[j].speakerKey());
            if (e == null || e.type() != EntityType.PERSON) continue;
            lastSpeaker = e.key();
            lastAt = q.end();
            break;
        }
        AnaphoraResolver.Resolution r = resolver.resolve(discourse, at, at + pronoun.length(), lastSpeaker, lastAt);
        if (r == null) return null;
        MentionRef any = null;
        for (MentionRef m : mentionsOf(r.key())) {
            if (m.mention().start() >= at && any != null) break;
            any = m;
        }
        return any;
    }

}
