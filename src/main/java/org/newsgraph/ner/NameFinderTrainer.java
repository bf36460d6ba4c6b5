package org.newsgraph.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.newsgraph.link.KnowledgeBase;

/**
 * Trains newsgraph's name finder: OpenNLP's {@link NameFinderME} with the features of {@code ner/features.xml}
 * (among them the knowledge base's names and word classes learnt from text) and BILOU tags, on token/label files. Training is deterministic: the same files in
 * the same order and the same settings give the same model.
 *
 * @param iterations training iterations
 * @param cutoff     features seen fewer times are dropped
 * @param algorithm  OpenNLP's trainer: MAXENT or PERCEPTRON
 */
public record NameFinderTrainer(int iterations, int cutoff, String algorithm) {

    static {
        // the model's feature generators include newsgraph's own (the gazetteer), which OpenNLP loads by name
        opennlp.tools.util.ext.ExtensionLoader.registerAllowedPackage("org.newsgraph.ner");
    }

    /** What training read and made. */
    public record Result(int documents, int sentences, int names, TokenNameFinderModel model) {}

    /** Trains on the files, with the names of {@code kb} as gazetteers and word classes of their own tokens. */
    public Result train(List<Path> files, KnowledgeBase kb) throws IOException {
        return train(files, kb, List.of());
    }

    /**
     * Trains on the files, with the names of {@code kb} as gazetteers and word classes learnt from the sentences
     * of unlabelled text ({@code unlabelled}, tokens as {@link ModelTokens} cuts them; the training tokens when
     * there are none).
     */
    public Result train(List<Path> files, KnowledgeBase kb, List<String[]> unlabelled) throws IOException {
        List<NameSample> samples = new ArrayList<>();
        int names = 0;
        for (Path f : files) {
            for (NameSample s : BioCorpus.read(f)) {
                samples.add(s);
                names += s.getNames().length;
            }
        }
        if (samples.isEmpty()) throw new IOException("no training sentences in the given files");
        TrainingParameters p = TrainingParameters.defaultParams();
        p.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
        p.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        p.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        p.put(TrainingParameters.THREADS_PARAM, 1);
        Map<String, Object> resources = new LinkedHashMap<>(Gazetteers.of(kb));
        List<String[]> text = new ArrayList<>(unlabelled);
        if (text.isEmpty()) for (NameSample s : samples) text.add(s.getSentence());
        for (int k : WordClusters.CLASS_COUNTS) resources.put(WordClusters.resource(k), WordClusters.learn(text, k, 2, 15));
        TokenNameFinderFactory factory = TokenNameFinderFactory.create(null, features(), resources, new BilouCodec());
        TokenNameFinderModel model = NameFinderME.train("en", null, ObjectStreamUtils.createObjectStream(samples), p, factory);
        return new Result(files.size(), samples.size(), names, model);
    }

    /** The feature descriptor shipped with newsgraph. */
    static byte[] features() throws IOException {
        try (InputStream in = Objects.requireNonNull(NameFinderTrainer.class.getResourceAsStream("/ner/features.xml"), "ner/features.xml")) {
            return in.readAllBytes();
        }
    }

    public static void write(TokenNameFinderModel model, Path out) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        try (OutputStream o = Files.newOutputStream(out)) {
            model.serialize(o);
        }
    }
}
