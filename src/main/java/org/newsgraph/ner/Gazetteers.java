package org.newsgraph.ner;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.StringList;
import org.newsgraph.model.EntityType;
import org.newsgraph.link.KbEntity;
import org.newsgraph.link.KnowledgeBase;
import org.newsgraph.nlp.OpenNlpModels;

/**
 * The knowledge base's names as the name finder's gazetteers, one dictionary per type (labels and aliases,
 * tokenised as articles are). Names without a capital letter are left out: they are words, not names.
 */
public final class Gazetteers {
    /** The resource names of the gazetteers in a model, by type; {@code ner/features.xml} refers to them. */
    public static final Map<EntityType, String> RESOURCES = Map.of(
            EntityType.PERSON, "kb-person.dictionary",
            EntityType.ORGANIZATION, "kb-organization.dictionary",
            EntityType.PLACE, "kb-place.dictionary");

    private Gazetteers() {}

    public static Map<String, Object> of(KnowledgeBase kb) {
        Map<EntityType, Dictionary> dicts = new LinkedHashMap<>();
        for (EntityType t : RESOURCES.keySet()) dicts.put(t, new Dictionary(true));
        TokenizerME tokenizer = OpenNlpModels.get().tokenizer();
        for (KbEntity e : kb.entities()) {
            Dictionary d = dicts.get(e.type());
            if (d == null) continue;
            add(d, e.label(), tokenizer);
            for (String a : e.aliases()) add(d, a, tokenizer);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        dicts.forEach((t, d) -> out.put(RESOURCES.get(t), d));
        return out;
    }

    private static void add(Dictionary d, String name, TokenizerME tokenizer) {
        if (name == null || name.length() < 2 || name.equals(name.toLowerCase(Locale.ROOT))) return;
        String[] toks = tokenizer.tokenize(name);
        if (toks.length == 0 || toks.length > GazetteerFeatureGenerator.LONGEST) return;
        d.put(new StringList(toks));
    }
}
