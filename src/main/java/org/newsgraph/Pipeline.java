package org.newsgraph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.newsgraph.model.Entity;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.DatelineFinder;
import org.newsgraph.extract.DocumentRepeats;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.MentionRules;
import org.newsgraph.model.Link;
import org.newsgraph.model.Mention;
import org.newsgraph.extract.MentionFinder;
import org.newsgraph.extract.MentionMerger;
import org.newsgraph.extract.ReportingClauseFinder;
import org.newsgraph.extract.RuleMentionFinder;
import org.newsgraph.extract.StatisticalMentionFinder;
import org.newsgraph.ner.NameFinderModels;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.newsgraph.model.Role;
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
    /**
     * How the finders' mentions combine: a later finder never wins an overlap (a margin above 1), and fills a
     * gap the name model left only at this confidence or above (measured on the tuning split).
     */
    static final double OVERRIDE_MARGIN = 2;
    static final double GAP_MINIMUM = 0.8;

    private final Extractor extractor;
    private final EntityLinker linker;
    private final org.newsgraph.quotes.SieveChainAttributor attributor;

    private Pipeline(Builder b) {
        this.analyzer = b.analyzer != null ? b.analyzer : new OpenNlpAnalyzer();
        KnowledgeBase kb = b.kb != null ? b.kb : KnowledgeBase.bundled();
        // as kg build links: the bundled base with its broad slice; a knowledge base given alone links alone
        this.linker = b.linker != null ? b.linker : new OfflineLinker(b.kb != null ? kb : kb.withBroadSlice());
        List<MentionFinder> finders = new ArrayList<>();
        MentionRules ruleData = MentionRules.standard(); // read once, for every finder that takes a confidence from it
        RuleMentionFinder rules = new RuleMentionFinder(kb, ruleData);
        DatelineFinder datelines = new DatelineFinder(kb, ruleData.confidence(DatelineFinder.METHOD));
        TokenNameFinderModel model = b.rulesOnly ? null : b.nameFinder != null ? b.nameFinder : NameFinderModels.shipped();
        if (model != null) {
            finders.add(new StatisticalMentionFinder(model));
            finders.add(datelines); // the place a story was filed from, in capitals
            finders.add(rules);
        } else {
            finders.add(rules);
            finders.add(datelines);
        }
        finders.add(new ReportingClauseFinder(ruleData.confidence(ReportingClauseFinder.METHOD))); // fills only the gaps the others left
        DocumentRepeats repeats = new DocumentRepeats(ruleData.confidence("repeat-source-minimum"), ruleData.confidence(DocumentRepeats.METHOD));
        this.attributor = org.newsgraph.quotes.SieveChainAttributor.standard(
                b.resolver != null ? b.resolver : new org.newsgraph.coref.SalienceResolver(),
                b.calibration != null ? b.calibration : org.newsgraph.quotes.Calibration.shipped(),
                b.rankerSet ? b.ranker : org.newsgraph.quotes.MaxentSpeakerRanker.shipped());
        this.extractor = new Extractor(kb, finders, new MentionMerger(OVERRIDE_MARGIN, GAP_MINIMUM), repeats, attributor);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Everything newsgraph finds in one article. */
    public Extraction process(Article article) {
        return process(article, (stage, nanos) -> { });
    }

    /** The stages, in order; {@link #process(Article, StageTimer)} reports each one's time under these names. */
    public static final List<String> STAGES = List.of("analysis", "recognition", "linking", "quotes");

    /** Receives the time each stage took. */
    @FunctionalInterface
    public interface StageTimer {
        void took(String stage, long nanos);
    }

    /** Everything newsgraph finds in one article, with the time of each stage told to {@code timer}. */
    public Extraction process(Article article, StageTimer timer) {
        long t0 = System.nanoTime();
        AnalyzedText at = analyzer.analyze(article);
        long t1 = System.nanoTime();
        List<Entity> found = extractor.entities(at);
        long t2 = System.nanoTime();
        List<Entity> entities = link(found);
        long t3 = System.nanoTime();
        List<String> notes = new ArrayList<>();
        List<org.newsgraph.model.Quote> quotes = extractor.quotes(at, entities, notes::add);
        long t4 = System.nanoTime();
        timer.took("analysis", t1 - t0);
        timer.took("recognition", t2 - t1);
        timer.took("linking", t3 - t2);
        timer.took("quotes", t4 - t3);
        return new Extraction(article, entities, quotes, at.tokenCount(), notes);
    }

    /**
     * The article as its coreference resolver sees it, with the entities found in it: for measuring the
     * resolver against annotated coreference.
     */
    public Map.Entry<org.newsgraph.coref.Discourse, List<Entity>> discourse(Article article) {
        return discourse(article, org.newsgraph.coref.FirstNames.shipped());
    }

    /** The same, with the genders of given names taken from {@code firstNames}. */
    public Map.Entry<org.newsgraph.coref.Discourse, List<Entity>> discourse(Article article, org.newsgraph.coref.FirstNames firstNames) {
        AnalyzedText at = analyzer.analyze(article);
        List<Entity> entities = link(extractor.entities(at));
        List<org.newsgraph.quotes.QuoteSpan> spans = new org.newsgraph.quotes.QuoteSpans().find(article.text(), article.content());
        return Map.entry(new org.newsgraph.coref.Discourse(at, entities,
                o -> spans.stream().anyMatch(q -> o >= q.start() && o < q.end()), firstNames), entities);
    }

    /** An article's entities and each quote's candidate speakers: for learning to rank them. */
    public record SpeakerChoices(List<Entity> entities, List<org.newsgraph.quotes.SieveChainAttributor.SpeakerChoice> choices) {}

    /** The article's entities and its quotes' candidate speakers, as the speaker ranker sees them. */
    public SpeakerChoices speakerChoices(Article article) {
        AnalyzedText at = analyzer.analyze(article);
        List<Entity> entities = link(extractor.entities(at));
        List<org.newsgraph.quotes.QuoteSpan> spans = new org.newsgraph.quotes.QuoteSpans().find(article.text(), article.content());
        if (spans.size() > Extractor.MAX_QUOTES) spans = spans.subList(0, Extractor.MAX_QUOTES);
        return new SpeakerChoices(entities, attributor.choices(at, entities, spans));
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
        return relabelled.withLink(l, org.newsgraph.model.EntityKey.wikidata(e.type(), l.qid()).toString(), name);
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
        private TokenNameFinderModel nameFinder;
        private boolean rulesOnly;
        private org.newsgraph.coref.AnaphoraResolver resolver;
        private org.newsgraph.quotes.Calibration calibration;
        private org.newsgraph.quotes.SpeakerRanker ranker;
        private boolean rankerSet;

        /** How a report's method becomes its confidence (default: the shipped table; {@code Calibration.none()} for the sieves' own). */
        public Builder calibration(org.newsgraph.quotes.Calibration c) {
            this.calibration = Objects.requireNonNull(c);
            return this;
        }

        /**
         * How each quote's speaker is chosen among the sieves' candidates (default: the shipped model); null for
         * the sieve chain's own decisions.
         */
        public Builder ranker(org.newsgraph.quotes.SpeakerRanker r) {
            this.ranker = r;
            this.rankerSet = true;
            return this;
        }

        /** How pronouns are resolved to persons for quote attribution (default: {@link org.newsgraph.coref.SalienceResolver}). */
        public Builder resolver(org.newsgraph.coref.AnaphoraResolver r) {
            this.resolver = Objects.requireNonNull(r);
            return this;
        }

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

        /** The trained name finder to use instead of the shipped one. */
        public Builder nameFinder(TokenNameFinderModel m) {
            this.nameFinder = Objects.requireNonNull(m);
            return this;
        }

        /** Recognise names with the rules and the knowledge base only, without the trained name finder. */
        public Builder rulesOnly(boolean r) {
            this.rulesOnly = r;
            return this;
        }

        public Pipeline build() {
            return new Pipeline(this);
        }
    }
}
