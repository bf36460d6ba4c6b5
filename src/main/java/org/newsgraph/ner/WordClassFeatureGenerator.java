package org.newsgraph.ner;

import java.util.List;
import java.util.Map;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * The word class of a token ({@link WordClusters}, learnt from unlabelled text) as a feature,
 * {@code PREFIX=class}; a word without a class gives none. The classes are a resource of the model.
 */
public final class WordClassFeatureGenerator implements AdaptiveFeatureGenerator {
    private final String prefix;
    private final WordClusters classes;

    public WordClassFeatureGenerator(String prefix, WordClusters classes) {
        this.prefix = prefix;
        this.classes = classes;
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        int c = classes.classOf(tokens[index]);
        if (c >= 0) features.add(prefix + "=" + c);
    }

    /** {@code <generator class="...WordClassFeatureGenerator$Factory"><str name="classes">…</str><str name="prefix">…</str></generator>}. */
    public static final class Factory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
        @Override
        public AdaptiveFeatureGenerator create() throws InvalidFormatException {
            String name = getStr("classes");
            Object r = resourceManager == null ? null : resourceManager.getResource(name);
            if (!(r instanceof WordClusters w)) throw new InvalidFormatException("no word-class resource " + name);
            return new WordClassFeatureGenerator(getStr("prefix"), w);
        }

        @Override
        public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
            // OpenNLP looks a resource's serializer up by its name or by the extension of its name
            String name = getStr("classes");
            String ext = name.substring(name.lastIndexOf('.') + 1);
            return ext.equals(name) ? Map.of(name, new WordClusters.Serializer())
                    : Map.of(name, new WordClusters.Serializer(), ext, new WordClusters.Serializer());
        }
    }
}
