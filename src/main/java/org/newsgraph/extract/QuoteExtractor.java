package org.newsgraph.extract;

import org.newsgraph.model.Mention;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteKind;
import static org.newsgraph.nlp.Lexicons.PERSON_PRONOUNS;
import static org.newsgraph.nlp.Lexicons.SOURCE_NOUNS;
import static org.newsgraph.nlp.Lexicons.SPEECH_VERBS;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.Block;
import org.newsgraph.nlp.AnalyzedText;
import org.newsgraph.nlp.Sentence;

/**
 * Finds what an article quotes and who said it. Direct quotes are words in double quote marks (curly or
 * straight; single marks in headlines); a quote of one to three words is a scare quote, not a statement.
 * The speaker is found as news writes it: after the quote ("…,” Trump said", "…,” said a senior official"),
 * before it ("Trump stated, “…”", "…, saying, “…”"), by continuation (a second quote of the same paragraph,
 * or a paragraph that is only a quote), through a pronoun or a role ("he said", "the president told
 * reporters") to the last fitting person. Block quotes are first-person paragraphs without marks whose
 * speaker is named on the next line or by a speech verb just before them. Unnamed sources keep their
 * description and get no name.
 */
public final class QuoteExtractor {
    private static final Set<String> PARTICIPLES = Set.copyOf(java.util.Arrays.asList("saying", "stating", "adding", "telling", "asking", "noting",
            "arguing", "insisting", "warning", "writing", "declaring", "questioning", "explaining", "stressing",
            "emphasizing", "emphasising", "claiming"));
    private static final Set<String> SPEAKER_STOPS = Set.copyOf(java.util.Arrays.asList("at", "in", "on", "during", "after", "while", "when", "who",
            "as", "to", "before", "because", "and", "but", "that", "from", "via", "about"));
    private static final Set<String> DESCRIPTION_PREPOSITIONS = Set.of("at", "in", "from", "with");
    private static final Set<String> SKIPPABLE = Set.copyOf(java.util.Arrays.asList("also", "then", "later", "further", "again", "once", "has", "had",
            "have", "was", "is", "recently", "previously", "earlier", "repeatedly", "reportedly", "simply"));
    private static final Set<String> FIRST_PERSON_OPENERS = Set.copyOf(java.util.Arrays.asList("I", "We", "Our", "My", "I'm", "I’m", "We're", "We’re",
            "I've", "I’ve", "We've", "We’ve", "I'd", "I’d", "Us"));
    private static final Set<String> ROLE_ANAPHORS = Set.copyOf(java.util.Arrays.asList("president", "minister", "secretary", "spokesperson",
            "spokesman", "spokeswoman", "chancellor", "premier", "governor", "mayor", "senator", "leader", "chairman",
            "ambassador", "chief", "king", "queen", "general"));

    /** A span of quoted text before attribution. */
    private record Span(int open, int close, int start, int end, Block block, QuoteKind kind) {}

    /** Who said it: an entity, an unnamed description, or nobody. */
    private record Speaker(String key, String description, String cue, String method, double confidence) {
        static final Speaker NONE = new Speaker(null, null, null, "unattributed", 0.5);

        boolean found() {
            return key != null || description != null;
        }
    }

    List<Quote> extract(AnalyzedText at, List<Entity> entities) {
        Article article = at.article();
        String text = article.text();
        List<Span> spans = new ArrayList<>();
        for (Block b : article.content()) {
            if (b.kind() == Block.Kind.CAPTION || b.kind() == Block.Kind.LISTED) continue;
            spans.addAll(quoteSpans(text, b));
        }
        List<MentionRef> mentions = mentionRefs(entities, spans);
        List<Quote> out = new ArrayList<>();
        Speaker previous = Speaker.NONE;
        Block previousBlock = null;
        for (Span q : spans) {
            if (q.kind() == QuoteKind.HEADLINE) continue;
            String quoted = text.substring(q.start(), q.end());
            if (wordCount(quoted) <= 3) continue;
            Sentence s = sentenceAt(at, q.open());
            Speaker sp = after(at, text, q, s, spans, mentions, entities);
            if (!sp.found()) sp = before(text, q, s, spans, mentions, entities);
            if (!sp.found() && previous.found()) {
                boolean sameBlock = previousBlock == q.block();
                boolean quoteParagraph = q.open() == q.block().start()
                        && previousBlock != null && previousBlock.end() < q.block().start();
                if (sameBlock || quoteParagraph) {
                    sp = new Speaker(previous.key(), previous.description(), previous.cue(), "continuation", 0.8);
                }
            }
            out.add(new Quote(q.start(), q.end(), quoted, QuoteKind.DIRECT, sp.key(), sp.description(), sp.cue(), sp.method(), sp.confidence()));
            if (sp.found()) {
                previous = sp;
                previousBlock = q.block();
            }
        }
        out.addAll(headlineQuotes(text, spans, mentions, out));
        out.addAll(blockQuotes(at, mentions, entities));
        out.sort(Comparator.comparingInt(Quote::start));
        return out;
    }

    // ------------------------------------------------------------------ spans

    static List<Span> quoteSpans(String text, Block b) {
        List<Span> out = new ArrayList<>();
        boolean headline = b.kind() == Block.Kind.TITLE;
        int i = b.start();
        while (i < b.end()) {
            char c = text.charAt(i);
            int close = -1;
            if (c == '\u201C') {
                close = indexOf(text, '\u201D', i + 1, b.end());
                if (close < 0) close = b.end(); // an open quote runs to the end of its paragraph
            } else if (c == '"') {
                close = indexOf(text, '"', i + 1, b.end());
            } else if (c == '\u2018' && (b.kind() == Block.Kind.TITLE || b.kind() == Block.Kind.HEADING)
                    && (i == b.start() || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                close = closingSingle(text, i + 1, b.end());
            }
            if (close > i) {
                int s = i + 1;
                int e = close;
                while (s < e && Character.isWhitespace(text.charAt(s))) s++;
                while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
                if (e > s) out.add(new Span(i, Math.min(close, b.end() - 1), s, e, b, headline ? QuoteKind.HEADLINE : QuoteKind.DIRECT));
                i = close + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    private static int indexOf(String text, char c, int from, int to) {
        for (int i = from; i < to; i++) if (text.charAt(i) == c) return i;
        return -1;
    }

    /** A closing single mark is a ’ not followed by a letter (so not the apostrophe of "don’t"). */
    private static int closingSingle(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if ((c == '\u2019' || c == '\'') && (i + 1 >= to || !Character.isLetter(text.charAt(i + 1)))) return i;
        }
        return -1;
    }

    static int wordCount(String s) {
        int n = 0;
        for (String w : s.trim().split("[\\s\u2014\u2013]+")) if (w.chars().anyMatch(Character::isLetterOrDigit)) n++;
        return n;
    }

    private static Sentence sentenceAt(AnalyzedText at, int offset) {
        for (Sentence s : at.sentences()) if (s.start() <= offset && offset < s.end()) return s;
        return null;
    }

    // ------------------------------------------------------------------ mentions

    /** A mention with its entity, and whether it stands inside a quote. */
    private record MentionRef(Mention mention, Entity entity, boolean quoted) {}

    private static List<MentionRef> mentionRefs(List<Entity> entities, List<Span> spans) {
        List<MentionRef> out = new ArrayList<>();
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                boolean quoted = spans.stream().anyMatch(s -> m.start() >= s.start() && m.end() <= s.end());
                out.add(new MentionRef(m, e, quoted));
            }
        }
        out.sort(Comparator.comparingInt(r -> r.mention().start()));
        return out;
    }

    // ------------------------------------------------------------------ attribution

    /** The words of [from, to), by white space, with their offsets. */
    private record W(String text, int start, int end) {
        String bare() {
            return text.replaceAll("^[\\p{Punct}\u201C\u201D\u2018\u2019\u2014\u2013]+|[\\p{Punct}\u201C\u201D\u2018\u2019\u2014\u2013]+$", "");
        }

        String lower() {
            return bare().toLowerCase(Locale.ROOT);
        }

        boolean endsClause() {
            return text.endsWith(",") || text.endsWith(";") || text.endsWith(":") || text.endsWith("—")
                    || (text.endsWith(".") && !Word.abbreviation(text.replaceAll("^[\\p{Punct}\u201C\u2018]+", "")));
        }
    }

    private static List<W> words(String text, int from, int to) {
        List<W> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            while (i < to && Character.isWhitespace(text.charAt(i))) i++;
            int s = i;
            while (i < to && !Character.isWhitespace(text.charAt(i))) i++;
            if (i > s) out.add(new W(text.substring(s, i), s, i));
        }
        return out;
    }

    /** "…,” Trump told reporters", "…,” said Prime Minister X at …", "…,” he said". */
    private Speaker after(AnalyzedText at, String text, Span q, Sentence s, List<Span> spans, List<MentionRef> mentions, List<Entity> entities) {
        int from = q.close() + 1;
        Sentence closing = sentenceAt(at, Math.min(q.close() + 1, q.block().end() - 1));
        if (closing == null) closing = s;
        int to = closing == null ? q.block().end() : Math.max(from, Math.min(closing.end(), q.block().end()));
        for (Span o : spans) if (o.open() > q.open() && o.open() < to) to = o.open();
        String between = text.substring(Math.min(from, to), to);
        String punct = text.substring(q.start(), q.close() + 1);
        boolean sentenceEndsInside = punct.matches("(?s).*[.!?][\u201D\"]?$") && !punct.endsWith(",\u201D") && !punct.endsWith(",\"");
        if (sentenceEndsInside && !between.isBlank() && Character.isUpperCase(between.strip().codePointAt(0))
                && !startsWithSpeaker(between.strip(), mentions, from)) {
            return Speaker.NONE;
        }
        List<W> ws = words(text, from, to);
        for (int k = 0; k < Math.min(ws.size(), 9); k++) {
            String lw = ws.get(k).lower();
            boolean cue = SPEECH_VERBS.contains(lw);
            boolean according = lw.equals("according") && k + 1 < ws.size() && ws.get(k + 1).lower().equals("to");
            if (!cue && !according) {
                if (k > 0 && ws.get(k - 1).endsClause()) break;
                continue;
            }
            if (k == 0 || according) {
                int st = according ? k + 2 : k + 1;
                List<W> phrase = new ArrayList<>();
                for (int j = st; j < ws.size(); j++) {
                    W w = ws.get(j);
                    // an unnamed source's description goes on through "at the ministry", "involved in the talks"
                    boolean unnamed = phrase.stream().anyMatch(x -> SOURCE_NOUNS.contains(x.lower()));
                    if (!phrase.isEmpty() && SPEAKER_STOPS.contains(w.lower()) && !(unnamed && DESCRIPTION_PREPOSITIONS.contains(w.lower()))) break;
                    if (w.lower().equals("reporters") && phrase.isEmpty()) break;
                    phrase.add(w);
                    if (w.endsClause()) break;
                }
                return resolve(text, phrase, q, mentions, entities, lw, "cue-then-speaker");
            }
            List<W> phrase = new ArrayList<>(ws.subList(0, k));
            while (!phrase.isEmpty() && SKIPPABLE.contains(phrase.get(phrase.size() - 1).lower())) phrase.remove(phrase.size() - 1);
            return resolve(text, phrase, q, mentions, entities, lw, "speaker-then-cue");
        }
        return Speaker.NONE;
    }

    private static boolean startsWithSpeaker(String s, List<MentionRef> mentions, int from) {
        String first = s.split("\\s+")[0].toLowerCase(Locale.ROOT);
        if (PERSON_PRONOUNS.contains(first)) {
            String[] w = s.split("\\s+");
            return w.length > 1 && SPEECH_VERBS.contains(w[1].replaceAll("\\p{Punct}", "").toLowerCase(Locale.ROOT));
        }
        return false;
    }

    /** "Trump stated, “…", "The U.S. president told reporters, “…", "…, saying, “…". */
    private Speaker before(String text, Span q, Sentence s, List<Span> spans, List<MentionRef> mentions, List<Entity> entities) {
        int from = s == null ? q.block().start() : Math.max(s.start(), q.block().start());
        for (Span o : spans) if (o.close() < q.open() && o.close() >= from) from = o.close() + 1;
        List<W> ws = words(text, from, q.open());
        for (int k = ws.size() - 1; k >= 0 && k >= ws.size() - 10; k--) {
            String lw = ws.get(k).lower();
            if (!SPEECH_VERBS.contains(lw)) continue;
            if (PARTICIPLES.contains(lw)) {
                return subjectOf(text, s, q, mentions, entities, lw);
            }
            int st = k - 1;
            while (st >= 0 && SKIPPABLE.contains(ws.get(st).lower())) st--;
            int b = st;
            while (b >= 0 && !ws.get(b).endsClause()) b--;
            List<W> phrase = new ArrayList<>(ws.subList(b + 1, st + 1));
            if (phrase.isEmpty()) return subjectOf(text, s, q, mentions, entities, lw);
            return resolve(text, phrase, q, mentions, entities, lw, "speaker-cue-quote");
        }
        return Speaker.NONE;
    }

    /** For a participle cue ("…, saying, “…"): the person the sentence is about, its first named person. */
    private Speaker subjectOf(String text, Sentence s, Span q, List<MentionRef> mentions, List<Entity> entities, String cue) {
        if (s == null) return Speaker.NONE;
        for (MentionRef r : mentions) {
            if (r.quoted() || r.mention().start() < s.start() || r.mention().start() >= q.open()) continue;
            if (r.entity().type() == EntityType.PERSON) {
                return new Speaker(r.entity().key(), null, cue, "sentence-subject", 0.8);
            }
        }
        List<W> ws = words(text, s.start(), q.open());
        if (!ws.isEmpty() && PERSON_PRONOUNS.contains(ws.get(0).lower())) {
            return pronoun(ws.get(0).start(), mentions, cue);
        }
        return Speaker.NONE;
    }

    private Speaker resolve(String text, List<W> phrase, Span q, List<MentionRef> mentions, List<Entity> entities,
                            String cue, String method) {
        if (phrase.isEmpty() || phrase.size() > 12) return Speaker.NONE;
        int ps = phrase.get(0).start();
        int pe = phrase.get(phrase.size() - 1).end();
        MentionRef person = null;
        boolean org = false;
        for (MentionRef r : mentions) {
            Mention m = r.mention();
            if (m.start() >= ps && m.end() <= pe + 1) {
                if (r.entity().type() == EntityType.PERSON) person = r;
                else org = true;
            }
        }
        if (person != null) return new Speaker(person.entity().key(), null, cue, method, 0.9);
        String first = phrase.get(0).lower();
        if (phrase.size() == 1 && PERSON_PRONOUNS.contains(first)) {
            return pronoun(phrase.get(0).start(), mentions, cue);
        }
        List<String> lower = phrase.stream().map(W::lower).toList();
        if (first.equals("the")) {
            for (String w : lower) {
                if (ROLE_ANAPHORS.contains(w)) {
                    Speaker r = byRole(w, phrase.get(0).start(), mentions, cue);
                    if (r.found()) return r;
                }
            }
        }
        if (first.equals("the") && phrase.size() <= 3) {
            // "the diplomat said": the unnamed source introduced earlier as "a senior EU diplomat"
            String noun = lower.get(lower.size() - 1);
            if (SOURCE_NOUNS.contains(noun)) {
                String earlier = introducedAs(text, noun, ps);
                if (earlier != null) return new Speaker(null, earlier, cue, method + "-unnamed-anaphor", 0.75);
            }
        }
        if (lower.stream().anyMatch(SOURCE_NOUNS::contains) || org) {
            String d = text.substring(ps, pe).replaceAll("[,.;:]+$", "");
            if (Set.of("a", "an", "the").contains(first)) d = Character.toLowerCase(d.charAt(0)) + d.substring(1);
            return new Speaker(null, d, cue, method + "-unnamed", 0.8);
        }
        return Speaker.NONE;
    }

    /** The last indefinite description ("a senior EU diplomat") of a source noun before {@code before}. */
    private static String introducedAs(String text, String noun, int before) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b(?:[Aa]n?|[Oo]ne)\\s+(?:[\\p{L}'’-]+\\s+){0,4}?"
                + java.util.regex.Pattern.quote(noun) + "\\b").matcher(text).region(0, before);
        String last = null;
        while (m.find()) last = m.group();
        return last == null ? null : Character.toLowerCase(last.charAt(0)) + last.substring(1);
    }

    /** "he", "she": the last person named before, outside quotes. */
    private static Speaker pronoun(int at, List<MentionRef> mentions, String cue) {
        MentionRef last = null;
        for (MentionRef r : mentions) {
            if (r.mention().start() >= at) break;
            if (!r.quoted() && r.entity().type() == EntityType.PERSON) last = r;
        }
        return last == null ? Speaker.NONE : new Speaker(last.entity().key(), null, cue, "pronoun-to-last-person", 0.75);
    }

    /** "the president": the last person named before whose stated role has that word. */
    private static Speaker byRole(String roleWord, int at, List<MentionRef> mentions, String cue) {
        MentionRef last = null;
        for (MentionRef r : mentions) {
            if (r.mention().start() >= at) break;
            if (r.entity().type() != EntityType.PERSON) continue;
            boolean fits = r.entity().roles().stream().anyMatch(ro -> ro.name().toLowerCase(Locale.ROOT).contains(roleWord));
            if (fits) last = r;
        }
        return last == null ? Speaker.NONE : new Speaker(last.entity().key(), null, cue, "role-to-person", 0.8);
    }

    // ------------------------------------------------------------------ headline and block quotes

    private List<Quote> headlineQuotes(String text, List<Span> spans, List<MentionRef> mentions, List<Quote> body) {
        List<Quote> out = new ArrayList<>();
        for (Span q : spans) {
            if (q.kind() != QuoteKind.HEADLINE) continue;
            String quoted = text.substring(q.start(), q.end());
            if (wordCount(quoted) <= 3) continue;
            String key = null;
            String method = "headline-unattributed";
            for (MentionRef r : mentions) {
                Mention m = r.mention();
                boolean inTitle = m.start() >= q.block().start() && m.end() <= q.block().end();
                boolean inQuote = m.start() >= q.start() && m.end() <= q.end();
                if (inTitle && !inQuote && r.entity().type() == EntityType.PERSON) {
                    key = r.entity().key();
                    method = "headline-named-person";
                    break;
                }
            }
            if (key == null) {
                Quote similar = mostSimilar(quoted, body);
                if (similar != null) {
                    key = similar.speakerKey();
                    method = "headline-like-body-quote";
                }
            }
            out.add(new Quote(q.start(), q.end(), quoted, QuoteKind.HEADLINE, key, null, null, method, key == null ? 0.5 : 0.8));
        }
        return out;
    }

    private static Quote mostSimilar(String s, List<Quote> quotes) {
        Set<String> a = Set.copyOf(List.of(Names.key(s).split("\\W+")));
        Quote best = null;
        double bestScore = 0.5;
        for (Quote q : quotes) {
            if (q.speakerKey() == null) continue;
            Set<String> b = Set.copyOf(List.of(Names.key(q.text()).split("\\W+")));
            long common = a.stream().filter(b::contains).count();
            double score = common / (double) Math.max(1, a.size());
            if (score > bestScore) {
                best = q;
                bestScore = score;
            }
        }
        return best;
    }

    private List<Quote> blockQuotes(AnalyzedText at, List<MentionRef> mentions, List<Entity> entities) {
        Article article = at.article();
        String text = article.text();
        List<Block> blocks = article.content();
        List<Quote> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.kind() != Block.Kind.BODY) continue;
            String bt = text.substring(b.start(), b.end());
            if (bt.indexOf('\u201C') >= 0 || bt.indexOf('"') >= 0 || wordCount(bt) < 6) continue;
            String firstWord = bt.split("\\s+")[0].replaceAll("[,.;:]$", "");
            if (!FIRST_PERSON_OPENERS.contains(firstWord)) continue;
            Speaker sp = speakerLineAfter(text, blocks, i, mentions);
            if (!sp.found() && i > 0) sp = cueBefore(text, blocks.get(i - 1), mentions);
            if (!sp.found()) continue;
            out.add(new Quote(b.start(), b.end(), bt, QuoteKind.BLOCK, sp.key(), sp.description(), sp.cue(), sp.method(), sp.confidence()));
        }
        return out;
    }

    /** The next line is only the speaker's name. */
    private static Speaker speakerLineAfter(String text, List<Block> blocks, int i, List<MentionRef> mentions) {
        if (i + 1 >= blocks.size()) return Speaker.NONE;
        Block n = blocks.get(i + 1);
        String nt = text.substring(n.start(), n.end()).strip();
        if (wordCount(nt) > 5) return Speaker.NONE;
        for (MentionRef r : mentions) {
            Mention m = r.mention();
            if (r.entity().type() == EntityType.PERSON && m.start() >= n.start() && m.end() <= n.end()
                    && m.text().length() >= nt.length() - 2) {
                return new Speaker(r.entity().key(), null, null, "block-speaker-line", 0.9);
            }
        }
        return Speaker.NONE;
    }

    /** The paragraph before ends on a speech verb with its speaker: "X said on Friday that …", "He stated this". */
    private Speaker cueBefore(String text, Block prev, List<MentionRef> mentions) {
        List<W> ws = words(text, prev.start(), prev.end());
        int lastSentence = 0;
        for (int k = 0; k < ws.size() - 1; k++) if (ws.get(k).text().matches(".*[a-z][.!?]")) lastSentence = k + 1;
        for (int k = lastSentence; k < ws.size(); k++) {
            String lw = ws.get(k).lower();
            if (!SPEECH_VERBS.contains(lw)) continue;
            int cueAt = ws.get(k).start();
            MentionRef person = null;
            for (MentionRef r : mentions) {
                if (r.mention().start() >= ws.get(lastSentence).start() && r.mention().end() <= cueAt && !r.quoted()
                        && r.entity().type() == EntityType.PERSON) {
                    person = r;
                }
            }
            if (person != null) return new Speaker(person.entity().key(), null, lw, "block-cue-before", 0.8);
            List<W> subject = ws.subList(lastSentence, k);
            if (!subject.isEmpty() && PERSON_PRONOUNS.contains(subject.get(0).lower())) {
                Speaker p = pronoun(subject.get(0).start(), mentions, lw);
                return p.found() ? new Speaker(p.key(), null, lw, "block-cue-before", 0.7) : p;
            }
            return Speaker.NONE;
        }
        return Speaker.NONE;
    }
}
