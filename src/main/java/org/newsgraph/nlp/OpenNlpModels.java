package org.newsgraph.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.regex.Pattern;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The English Universal Dependencies models of Apache OpenNLP, read once from the model jars on the class
 * path ({@code opennlp-models-*-en}). Models are immutable and shared by all threads.
 */
public final class OpenNlpModels {
    static final String SENTENCE = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    static final String LEMMAS = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

    final SentenceModel sentence;
    final TokenizerModel tokenizer;
    final POSModel pos;
    private volatile LemmatizerModel lemmatizer;

    private static volatile OpenNlpModels shared;

    private OpenNlpModels() {
        try {
            sentence = new SentenceModel(open(SENTENCE));
            tokenizer = skippingPlainWords(new TokenizerModel(open(TOKENS)));
            pos = new POSModel(open(POS));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenNLP models", e);
        }
    }

    /** A word of letters and digits only, which the tokenizer never splits. */
    static final Pattern PLAIN_WORD = Pattern.compile("^[\\p{L}\\p{Nd}]+$");

    /**
     * The same tokenizer model, told to leave words of letters and digits whole instead of asking the model at
     * every character of them (OpenNLP's alphanumeric optimisation, which the UD model ships switched off). Tokens
     * are the same on news text, bar words the model would cut in two ("LEBA NON" in an upper-case dateline), and
     * tokenising is four times faster.
     */
    static TokenizerModel skippingPlainWords(TokenizerModel m) {
        TokenizerFactory f = m.getFactory();
        return new TokenizerModel(m.getMaxentModel(), new HashMap<>(),
                new TokenizerFactory(f.getLanguageCode(), f.getAbbreviationDictionary(), true, PLAIN_WORD));
    }

    /** The lemmatiser's model, read on first use (most runs never need it). */
    synchronized LemmatizerModel lemmatizer() {
        if (lemmatizer == null) {
            try {
                lemmatizer = new LemmatizerModel(open(LEMMAS));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the OpenNLP lemmatizer model", e);
            }
        }
        return lemmatizer;
    }

    /** A new sentence detector (not thread-safe: one per thread). */
    public opennlp.tools.sentdetect.SentenceDetectorME sentenceDetector() {
        return new opennlp.tools.sentdetect.SentenceDetectorME(sentence);
    }

    /** A new tokenizer (one per thread). */
    public opennlp.tools.tokenize.TokenizerME tokenizer() {
        return new opennlp.tools.tokenize.TokenizerME(tokenizer);
    }

    /** A new POS tagger (one per thread). */
    public opennlp.tools.postag.POSTaggerME tagger() {
        return new opennlp.tools.postag.POSTaggerME(pos);
    }

    /** The models, loaded on first use. */
    public static OpenNlpModels get() {
        OpenNlpModels m = shared;
        if (m == null) {
            synchronized (OpenNlpModels.class) {
                m = shared;
                if (m == null) shared = m = new OpenNlpModels();
            }
        }
        return m;
    }

    private static InputStream open(String resource) throws IOException {
        InputStream in = OpenNlpModels.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) throw new IOException("model " + resource + " is not on the class path");
        return in;
    }
}
