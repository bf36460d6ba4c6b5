package org.newsgraph.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.newsgraph.ingest.Article;
import org.newsgraph.ingest.Block;

/**
 * Tells English articles from others: the extractor's rules and models are English, and other languages
 * would give nonsense entities, so an article in another language is stored without extraction. Uses OpenNLP's language detector (103 languages, model from Maven Central)
 * on the article's running text.
 */
public final class LanguageGate {
    static final String MODEL = "langdetect-183.bin";
    private static volatile LanguageDetectorModel model;

    /** Below this many letters the text is too short to judge and is let through. */
    static final int MIN_LETTERS = 80;

    private final LanguageDetectorME detector = new LanguageDetectorME(model());

    private static LanguageDetectorModel model() {
        LanguageDetectorModel m = model;
        if (m == null) {
            synchronized (LanguageGate.class) {
                m = model;
                if (m == null) {
                    try (InputStream in = LanguageGate.class.getClassLoader().getResourceAsStream(MODEL)) {
                        if (in == null) throw new IOException(MODEL + " is not on the class path");
                        model = m = new LanguageDetectorModel(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read the language detector model", e);
                    }
                }
            }
        }
        return m;
    }

    /**
     * The article's language as a BCP 47 tag when it is clearly not English, or empty when it is English, mixed,
     * uncertain or too short to tell (extraction reads those).
     */
    public Optional<String> otherLanguage(Article a) {
        StringBuilder b = new StringBuilder();
        for (Block bl : a.content()) {
            if (bl.kind() == Block.Kind.BODY) b.append(a.text(bl)).append('\n');
            if (b.length() > 3000) break;
        }
        String s = b.toString();
        if (s.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) return Optional.empty();
        Language best = detector.predictLanguage(s);
        if (best.getLang().equals("eng")) return Optional.empty();
        // a clear verdict only: mixed or uncertain texts are read
        Language[] all = detector.predictLanguages(s);
        double eng = 0;
        for (Language l : all) if (l.getLang().equals("eng")) eng = l.getConfidence();
        if (eng > 0 && best.getConfidence() < 2 * eng) return Optional.empty();
        return Optional.of(tag(best.getLang()));
    }

    private static final java.util.Map<String, String> TWO_LETTER = new java.util.HashMap<>();

    static {
        for (String two : java.util.Locale.getISOLanguages()) {
            try {
                TWO_LETTER.put(new java.util.Locale(two).getISO3Language(), two);
            } catch (java.util.MissingResourceException e) {
                // no three-letter code: the detector never gives it
            }
        }
    }

    /** The BCP 47 tag of an ISO 639-3 code: "deu" is "de"; a code with no two-letter form stays as it is. */
    static String tag(String iso3) {
        return TWO_LETTER.getOrDefault(iso3, iso3);
    }
}
