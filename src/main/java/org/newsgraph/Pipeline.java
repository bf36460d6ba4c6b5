package org.newsgraph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.Link;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Role;
import org.newsgraph.ingest.Article;
import org.newsgraph.link.EntityLinker;
import org.newsgraph.link.KnowledgeBase;
import org.newsgraph.link.OfflineLinker;
import org.newsgraph.nlp.AnalyzedText;
import org.newsgraph.nlp.OpenNlpAnalyzer;
import org.newsgraph.nlp.TextAnalyzer;

/**
 * The only class that knows the order of the stages: analyse the text, recognise entities, link them, find
 * quotes. One pipeline serves one thread; build one per worker with {@link #builder()}.
 */
public final class Pipeline {
    private final TextAnalyzer analyzer;
    private final Extractor extractor;
    private final EntityLinker linker;

    private Pipeline(Builder b) {
        this.analyzer = b.analyzer != null ? b.analyzer : new OpenNlpAnalyzer();
        KnowledgeBase kb = b.kb != null ? b.kb : KnowledgeBase.bundled();
        this.linker = b.linker != null ? b.linker : new OfflineLinker(kb);
        this.extractor = new Extractor(kb);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Everything newsgraph finds in one article. */
    public Extraction process(Article article) {
        AnalyzedText at = analyzer.analyze(article);
        List<Entity> entities = link(extractor.entities(at));
        return new Extraction(article, entities, extractor.quotes(at, entities), at.tokenCount());
    }

    /** Links each entity, names linked ones by their item's label, and merges entities that link to one item. */
    private List<Entity> link(List<Entity> entities) {
        Map<String, Entity> byKey = new LinkedHashMap<>();
        for (Entity e : entities) {
            Entity linked = linker.link(e, entities).map(l -> relabel(e, l)).orElse(e);
            byKey.merge(linked.key(), linked, Pipeline::merge);
        }
        return new ArrayList<>(byKey.values());
    }

    private Entity relabel(Entity e, Link l) {
        String name = linker.item(l.qid()).map(i -> i.label()).orElse(e.name());
        LinkedHashSet<String> labels = new LinkedHashSet<>();
        labels.add(name);
        labels.addAll(e.labels());
        Entity relabelled = new Entity(e.key(), e.type(), e.name(), new ArrayList<>(labels), e.roles(), e.mentions(), null);
        return relabelled.withLink(l, e.type().label() + ":" + l.qid(), name);
    }

    private static Entity merge(Entity a, Entity b) {
        LinkedHashSet<String> labels = new LinkedHashSet<>(a.labels());
        labels.addAll(b.labels());
        LinkedHashSet<Role> roles = new LinkedHashSet<>(a.roles());
        roles.addAll(b.roles());
        List<Mention> mentions = new ArrayList<>(a.mentions());
        mentions.addAll(b.mentions());
        mentions.sort(Comparator.comparingInt(Mention::start));
        return new Entity(a.key(), a.type(), a.name(), new ArrayList<>(labels), new ArrayList<>(roles), mentions, a.link());
    }

    /** Settings of a pipeline; anything not set gets its default. */
    public static final class Builder {
        private TextAnalyzer analyzer;
        private EntityLinker linker;
        private KnowledgeBase kb;

        public Builder analyzer(TextAnalyzer a) {
            this.analyzer = Objects.requireNonNull(a);
            return this;
        }

        public Builder linker(EntityLinker l) {
            this.linker = Objects.requireNonNull(l);
            return this;
        }

        public Builder knowledgeBase(KnowledgeBase k) {
            this.kb = Objects.requireNonNull(k);
            return this;
        }

        public Pipeline build() {
            return new Pipeline(this);
        }
    }
}
