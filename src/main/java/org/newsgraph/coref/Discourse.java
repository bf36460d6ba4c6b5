package org.newsgraph.coref;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.newsgraph.ingest.Block;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Role;
import org.newsgraph.nlp.AnalyzedText;
import org.newsgraph.nlp.Sentence;

/**
 * An article as a coreference resolver sees it: its text and sentences, the mentions of its persons and
 * organisations in text order (each marked when it stands inside a quote), and the gender the article shows
 * for each person.
 */
public final class Discourse {
    /** A mention of an entity, in text order, and whether it stands inside a quote. */
    public record Ref(int start, int end, String key, EntityType type, boolean quoted, boolean pronoun) {
        public Ref(int start, int end, String key, EntityType type, boolean quoted) {
            this(start, end, key, type, quoted, false);
        }

        public boolean isPerson() {
            return type == EntityType.PERSON;
        }
    }

    private final String text;
    private final List<Sentence> sentences;
    private final List<Ref> refs;
    private final Genders genders;
    private final java.util.function.IntPredicate quoted;
    private final int[] steps;
    private final Map<Object, List<Ref>> chains = new HashMap<>();

    /** The discourse of an analysed article with its entities; {@code quoted} tells offsets inside quotes. */
    public Discourse(AnalyzedText at, List<Entity> entities, IntPredicate quoted) {
        this(at, entities, quoted, FirstNames.shipped());
    }

    public Discourse(AnalyzedText at, List<Entity> entities, IntPredicate quoted, FirstNames firstNames) {
        this.text = at.article().text();
        this.sentences = at.sentences();
        List<Ref> out = new ArrayList<>();
        Map<String, List<Role>> roles = new HashMap<>();
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON && e.type() != EntityType.ORGANIZATION) continue;
            roles.put(e.key(), e.roles());
            for (Mention m : e.mentions()) {
                if (!inStory(at.article(), m.start())) continue; // a caption's photographer, a listed headline's names
                out.add(new Ref(m.start(), m.end(), e.key(), e.type(), quoted.test(m.start())));
            }
        }
        out.sort(Comparator.comparingInt(Ref::start));
        this.refs = List.copyOf(out);
        this.genders = Genders.of(text, sentences, refs, roles, quoted, firstNames);
        this.quoted = quoted;
        this.steps = new int[sentences.size()];
        int n = 0;
        for (int i = 0; i < sentences.size(); i++) {
            if (!quoted.test(firstLetter(sentences.get(i)))) n++;
            steps[i] = n;
        }
    }

    /** Whether an offset stands in the story's running text or headings, not in a caption or a listed headline. */
    public static boolean inStory(org.newsgraph.ingest.Article a, int offset) {
        Block b = Block.at(a.blocks(), offset);
        if (b != null) return b.kind() == Block.Kind.BODY || b.kind() == Block.Kind.HEADING || b.kind() == Block.Kind.TITLE;
        return true;
    }

    /**
     * How many sentences of the narrative lie between sentences {@code from} and {@code to}: a sentence that
     * opens inside a quote is the quoted person's, not a step of the story ("Jane Roe fired back. “We are
     * not one-sided. We give a lot,” she said" — "she" is one step from Roe, not two).
     */
    public int distance(int from, int to) {
        return steps[to] - steps[from];
    }

    /** Where the sentence's first letter or digit stands: after an opening quote mark, inside the quote. */
    private int firstLetter(Sentence s) {
        int i = s.start();
        while (i < s.end() && !Character.isLetterOrDigit(text.charAt(i))) i++;
        return i;
    }

    /** Whether an offset stands inside a quote. */
    public boolean quoted(int offset) {
        return quoted.test(offset);
    }

    /**
     * The article's third-person pronouns outside quotes, each as a mention of the person it was resolved to
     * (in text order), made by {@code resolve} once per article: later pronouns weigh the earlier ones, as a
     * person referred to as "he" in the sentence before stays salient.
     */
    public List<Ref> pronounChain(Object resolver, java.util.function.Function<Discourse, List<Ref>> resolve) {
        List<Ref> chain = chains.get(resolver);
        if (chain == null) {
            chain = List.copyOf(resolve.apply(this));
            chains.put(resolver, chain);
        }
        return chain;
    }

    public String text() {
        return text;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    /** Mentions of persons and organisations, in text order. */
    public List<Ref> refs() {
        return refs;
    }

    public Genders genders() {
        return genders;
    }

    /** The index of the sentence holding an offset (or the last one starting before it), by bisection. */
    public int sentenceIndex(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        int best = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).start() <= offset) {
                best = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return best;
    }

    /** The paragraph (block) of sentence {@code i}. */
    public Block block(int i) {
        return sentences.get(i).block();
    }
}
