package org.newsgraph.ner;

import java.util.List;
import java.util.Map;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.StringList;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.DictionarySerializer;

/**
 * Whether a token lies inside a name the knowledge base knows, for one type of name: the longest known name
 * starting at each token is matched (case as written), and each token inside gets a feature telling its place
 * in that name: {@code PREFIX=U} (a name of one token), {@code B}, {@code I}, {@code L}. The names are a
 * dictionary resource of the model, so a model carries the gazetteer it was trained with.
 */
public final class GazetteerFeatureGenerator implements AdaptiveFeatureGenerator {
    static final int LONGEST = 8;

    private final String prefix;
    private final java.util.Set<String> names = new java.util.HashSet<>(); // each name's tokens joined by a space
    private final java.util.Map<String, Integer> longestFrom = new java.util.HashMap<>(); // first token -> most tokens of a name it starts
    private String[] cachedTokens;
    private String[] cachedPositions;

    public GazetteerFeatureGenerator(String prefix, Dictionary names) {
        this.prefix = prefix;
        for (StringList name : names) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < name.size(); i++) b.append(i == 0 ? "" : " ").append(name.getToken(i));
            this.names.add(b.toString());
            if (name.size() > 0) longestFrom.merge(name.getToken(0), name.size(), Math::max);
        }
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        if (tokens != cachedTokens) {
            cachedPositions = positions(tokens);
            cachedTokens = tokens;
        }
        String p = cachedPositions[index];
        if (p != null) features.add(prefix + "=" + p);
    }

    String[] positions(String[] tokens) {
        String[] pos = new String[tokens.length];
        int i = 0;
        while (i < tokens.length) {
            int len = 0;
            Integer from = longestFrom.get(tokens[i]);
            if (from == null) { // no known name starts with this token
                i++;
                continue;
            }
            int longest = Math.min(Math.min(LONGEST, from), tokens.length - i);
            String[] joined = new String[longest + 1];
            StringBuilder b = new StringBuilder(tokens[i]);
            joined[1] = b.toString();
            for (int n = 2; n <= longest; n++) joined[n] = b.append(' ').append(tokens[i + n - 1]).toString();
            for (int n = longest; n >= 1; n--) {
                if (names.contains(joined[n])) {
                    len = n;
                    break;
                }
            }
            if (len == 0) {
                i++;
                continue;
            }
            if (len == 1) {
                pos[i] = "U";
            } else {
                pos[i] = "B";
                for (int k = i + 1; k < i + len - 1; k++) pos[k] = "I";
                pos[i + len - 1] = "L";
            }
            i += len;
        }
        return pos;
    }

    /** {@code <generator class="...GazetteerFeatureGenerator$Factory"><str name="dict">…</str><str name="prefix">…</str></generator>}. */
    public static final class Factory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
        @Override
        public AdaptiveFeatureGenerator create() throws InvalidFormatException {
            String dict = getStr("dict");
            Object r = resourceManager == null ? null : resourceManager.getResource(dict);
            if (!(r instanceof Dictionary d)) throw new InvalidFormatException("no gazetteer resource " + dict);
            return new GazetteerFeatureGenerator(getStr("prefix"), d);
        }

        @Override
        public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
            return Map.of(getStr("dict"), new DictionarySerializer());
        }
    }
}
