package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.Block;

/**
 * Sentences, tokens, POS tags and, when asked for, lemmas from OpenNLP's English UD models.
 *
 * <p>Tagging is the costliest step (60% of extraction time when every token is tagged), and the rules read
 * few tags: those of the first words of a sentence (is a capitalised first word a name?) and of the words
 * before a lower-case treaty noun. By default only those windows are tagged, each with its context; other
 * tokens have a null tag, and {@link AnalyzedText#tag} tags one in its context on demand. Lemmatising is off
 * by default: no rule reads lemmas, and OpenNLP's lemmatiser costs several times more than tokenising and
 * tagging together (measured: 114 ms against 23 ms for an article of 700 tokens). Each block is analysed on its
 * own, so a headline or a list item never runs into the next line. Instances are cheap and thread-confined;
 * the models behind them are shared.
 */
public final class OpenNlpAnalyzer implements TextAnalyzer {
    private final SentenceDetectorME sentences;
    private final TokenizerME tokenizer;
    private final POSTaggerME tagger;
    private final LemmatizerME lemmatizer;

    private final boolean tagAll;

    /**
     * Tokens of the first words of a sentence that are tagged (one more follows as context): the rules read the
     * first word's tag, and the tagger's features reach two words to each side, so the first word is tagged from the
     * same features as in the whole sentence. (Measured on 305 articles: the same graph as with six words, and as
     * with every token tagged.)
     */
    static final int OPENING = 3;
    /** Tokens tagged before a lower-case treaty noun. */
    static final int BEFORE_TREATY = 4;

    /** An analyzer that tags what the rules read, without lemmas. */
    public OpenNlpAnalyzer() {
        this(OpenNlpModels.get(), false, false);
    }

    /**
     * @param lemmatize whether tokens get lemmas (else their lemma is null); implies tagging every token
     * @param tagAll    whether every token is tagged
     */
    public OpenNlpAnalyzer(OpenNlpModels models, boolean lemmatize, boolean tagAll) {
        this.tagAll = tagAll || lemmatize;
        sentences = new SentenceDetectorME(models.sentence);
        tokenizer = new TokenizerME(models.tokenizer);
        tagger = new POSTaggerME(models.pos);
        lemmatizer = lemmatize ? new LemmatizerME(models.lemmatizer()) : null;
    }

    @Override
    public AnalyzedText analyze(Article article) {
        String text = article.text();
        List<Sentence> out = new ArrayList<>();
        String plain = straightenQuotes(text);
        for (Block b : article.content()) {
            String bt = plain.substring(b.start(), b.end());
            for (Span ss : mergeAbbreviations(bt, sentences.sentPosDetect(bt))) {
                int sStart = b.start() + ss.getStart();
                String st = plain.substring(sStart, b.start() + ss.getEnd());
                Span[] spans = tokenizer.tokenizePos(st);
                if (spans.length == 0) continue;
                String[] words = new String[spans.length];
                for (int i = 0; i < spans.length; i++) words[i] = spans[i].getCoveredText(st).toString();
                String[] original = new String[spans.length];
                for (int i = 0; i < spans.length; i++) {
                    original[i] = text.substring(sStart + spans[i].getStart(), sStart + spans[i].getEnd());
                }
                String[] tags = tagAll ? tagger.tag(words) : tagWhatRulesRead(words);
                String[] lemmas = lemmatizer == null ? new String[words.length] : lemmatizer.lemmatize(words, tags);
                List<Token> tokens = new ArrayList<>(spans.length);
                for (int i = 0; i < spans.length; i++) {
                    tokens.add(new Token(original[i], sStart + spans[i].getStart(), sStart + spans[i].getEnd(), tags[i], lemmas[i]));
                }
                out.add(new Sentence(sStart, b.start() + ss.getEnd(), b, tokens));
            }
        }
        return new AnalyzedText(article, out, tagAll ? AnalyzedText.SentenceTagger.TAGGED : this::tagInContext);
    }

    /** The tag of one token, from a window of three words before it and one after. */
    private String tagInContext(Sentence s, int token) {
        int from = Math.max(0, token - 3);
        int to = Math.min(s.tokens().size(), token + 2);
        String[] words = new String[to - from];
        for (int i = from; i < to; i++) words[i - from] = straightenQuotes(s.tokens().get(i).text());
        return tagger.tag(words)[token - from];
    }

    /**
     * Whether the sentence's first word could be a name, the one question the rules ask of an opening tag: not
     * when it is written in lower case, nor when it is a word that is never a name ("The", "He", "In", "But").
     */
    static boolean openingMayBeAName(String[] words) {
        for (String w : words) {
            if (w.chars().noneMatch(Character::isLetter)) continue;
            String bare = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
            return Character.isUpperCase(w.codePointAt(0)) && !Lexicons.NEVER_NAMES.contains(bare);
        }
        return false;
    }

    /** Tags the opening words and the words before lower-case treaty nouns, each window in one call. */
    private String[] tagWhatRulesRead(String[] words) {
        String[] tags = new String[words.length];
        boolean[] want = new boolean[words.length];
        if (openingMayBeAName(words)) {
            for (int i = 0; i < Math.min(OPENING, words.length); i++) want[i] = true;
        }
        for (int i = 0; i < words.length; i++) {
            if (Lexicons.TREATY_NOUNS.contains(words[i])) {
                for (int j = Math.max(0, i - BEFORE_TREATY); j <= i; j++) want[j] = true;
            }
        }
        int i = 0;
        while (i < words.length) {
            if (!want[i]) {
                i++;
                continue;
            }
            int j = i;
            while (j < words.length && want[j]) j++;
            // one word of context after the window, so that its last tag is read in context
            int end = Math.min(words.length, j + 1);
            String[] t = tagger.tag(java.util.Arrays.copyOfRange(words, i, end));
            System.arraycopy(t, 0, tags, i, j - i);
            i = j;
        }
        return tags;
    }

    /**
     * The models were trained on straight quotes: curly quotes and apostrophes are mapped to straight ones
     * (one character for one, so offsets do not move) before sentence detection and tokenisation.
     */
    static String straightenQuotes(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            switch (c[i]) {
                case '\u2018', '\u2019', '\u201B', '\u2032' -> c[i] = '\'';
                case '\u201C', '\u201D', '\u201F', '\u2033' -> c[i] = '"';
                case '\u00A0' -> c[i] = ' ';
                default -> { }
            }
        }
        return new String(c);
    }

    private static final Pattern ABBREVIATION_END = Pattern.compile(
            "(?:\\b(?:\\p{Lu}\\.){2,}|\\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Maj|Adm|Prof|Rev|St|Jr|Sr|No|Vol|vs)\\.)$");
    /** A first name and a middle initial ("Paul H."), which a surname follows, not a new sentence. */
    private static final Pattern MIDDLE_INITIAL = Pattern.compile("(?:^|\\s)\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\.$");
    /** A sentence of news never starts in lower case: "Sen. Jane Smith (D-Vt.) | said" is one sentence. */
    private static final Pattern LOWER_START = Pattern.compile("^[\\s\"'(\u201C\u2018]*\\p{Ll}");
    private static final Pattern NAME_START = Pattern.compile("^\\s*\\p{Lu}\\p{L}*");

    /**
     * Joins two sentences that the model split after an abbreviation when the next one goes on with a name
     * or title ("U.S. | President Donald Trump", "Japan-U.S. | Security Treaty"), as newswire style does,
     * after a middle initial ("Paul H. | Chipok"), and wherever the next one starts in lower case.
     */
    static List<Span> mergeAbbreviations(String block, Span[] spans) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            if (!out.isEmpty()) {
                Span prev = out.get(out.size() - 1);
                String before = block.substring(prev.getStart(), prev.getEnd());
                String next = block.substring(s.getStart(), s.getEnd());
                if ((ABBREVIATION_END.matcher(before).find() && continuesName(before, next))
                        || (MIDDLE_INITIAL.matcher(before).find() && goesOnWithASurname(next))
                        || LOWER_START.matcher(next).find()) {
                    out.set(out.size() - 1, new Span(prev.getStart(), s.getEnd()));
                    continue;
                }
            }
            out.add(s);
        }
        return out;
    }

    private static boolean goesOnWithASurname(String next) {
        var m = NAME_START.matcher(next);
        return m.find() && !Lexicons.SENTENCE_OPENERS.contains(m.group().strip());
    }

    private static boolean continuesName(String before, String next) {
        if (!before.matches("(?s).*\\b(?:\\p{Lu}\\.){2,}$")) return true; // "Mr." and the like never end a sentence
        var m = NAME_START.matcher(next);
        if (!m.find()) return true;
        String word = m.group().strip();
        return Lexicons.ROLE_WORDS.contains(word) || Lexicons.NAME_CONTINUATIONS.contains(word);
    }
}
