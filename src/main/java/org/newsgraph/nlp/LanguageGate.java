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
 * Lets only English articles through: the extractor's rules and models are English, and other languages
 * would give nonsense entities. Uses OpenNLP's language detector (103 languages, model from Maven Central)
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

    /** Why the article is not read, or empty when it is English (or too short to tell). */
    public Optional<String> refuse(Article a) {
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
        return Optional.of("not English (the language detector says " + best.getLang() + "); newsgraph reads English news");
    }
}
