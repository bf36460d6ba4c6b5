package org.newsgraph.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * Name-finder models, read once and shared by all threads: the one newsgraph ships ({@code ner/en-news-ner.bin},
 * see {@code ner/MODEL.md}) or a file a user trained with {@code kg train ner}.
 */
public final class NameFinderModels {
    public static final String SHIPPED = "ner/en-news-ner.bin";
    private static final Map<String, TokenNameFinderModel> LOADED = new ConcurrentHashMap<>();

    static {
        // the model's feature generators include newsgraph's own (the gazetteer), which OpenNLP loads by name
        opennlp.tools.util.ext.ExtensionLoader.registerAllowedPackage("org.newsgraph.ner");
    }

    private NameFinderModels() {}

    /** The model shipped with newsgraph. */
    public static TokenNameFinderModel shipped() {
        return LOADED.computeIfAbsent("resource:" + SHIPPED, k -> {
            try (InputStream in = NameFinderModels.class.getClassLoader().getResourceAsStream(SHIPPED)) {
                if (in == null) throw new IOException("the name-finder model " + SHIPPED + " is not on the class path");
                return new TokenNameFinderModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e.getMessage(), e);
            }
        });
    }

    /** A model file. */
    public static TokenNameFinderModel file(Path f) {
        return LOADED.computeIfAbsent("file:" + f.toAbsolutePath().normalize(), k -> {
            try (InputStream in = Files.newInputStream(f)) {
                return new TokenNameFinderModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException(f + ": not a name-finder model (" + e.getMessage() + ")", e);
            }
        });
    }
}
