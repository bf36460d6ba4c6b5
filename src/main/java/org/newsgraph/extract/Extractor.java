package org.newsgraph.extract;

import java.util.List;
import org.newsgraph.link.KnowledgeBase;
import org.newsgraph.nlp.AnalyzedText;

/** The extraction stage: entities of an analysed article, then its quotes once entities are linked. */
public final class Extractor {
    private final EntityRecognizer recognizer;
    private final EntityResolver resolver;
    private final QuoteExtractor quotes = new QuoteExtractor();
    private final OccasionFinder occasions = new OccasionFinder();

    public Extractor(KnowledgeBase kb) {
        this.recognizer = new EntityRecognizer(kb);
        this.resolver = new EntityResolver(kb);
    }

    public List<Entity> entities(AnalyzedText at) {
        return resolver.resolve(at.article(), recognizer.recognize(at));
    }

    /** The article's quotes, each with its occasion. */
    public List<Quote> quotes(AnalyzedText at, List<Entity> entities) {
        return quotes.extract(at, entities).stream().map(q -> q.withOccasion(occasions.find(at, q, entities))).toList();
    }
}
