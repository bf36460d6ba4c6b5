package org.newsgraph.extract;

import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Candidate;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.link.KnowledgeBase;
import org.newsgraph.nlp.AnalyzedText;
import org.newsgraph.quotes.QuoteAttributor;
import org.newsgraph.quotes.QuoteSpan;
import org.newsgraph.quotes.QuoteSpans;

/** The extraction stage: entities of an analysed article, then its quotes once entities are linked. */
public final class Extractor {
    private final List<MentionFinder> finders;
    private final MentionMerger merger;
    private final DocumentRepeats repeats;
    private final EntityResolver resolver;
    private final QuoteSpans quoteSpans = new QuoteSpans();
    private final QuoteAttributor attributor;
    private final OccasionFinder occasions = new OccasionFinder();

    /**
     * @param finders    the mention finders, most trusted first
     * @param merger     how their mentions are combined
     * @param repeats    how a name found once is found again in the rest of the article, or null for not at all
     * @param attributor who said each quote
     */
    public Extractor(KnowledgeBase kb, List<MentionFinder> finders, MentionMerger merger, DocumentRepeats repeats, QuoteAttributor attributor) {
        this.attributor = attributor;
        this.finders = List.copyOf(finders);
        this.merger = merger;
        this.repeats = repeats;
        this.resolver = new EntityResolver(kb);
    }

    public List<Entity> entities(AnalyzedText at) {
        List<List<Candidate>> found = new ArrayList<>();
        List<java.util.Set<EntityType>> types = new ArrayList<>();
        for (MentionFinder f : finders) {
            found.add(f.find(at));
            types.add(f.types());
        }
        List<Candidate> merged = NotNames.drop(at.article().text(), merger.merge(found, types));
        if (repeats != null) merged = repeats.extend(at.article(), merged);
        return resolver.resolve(at.article(), merged);
    }

    /**
     * Most quoted passages read in one article: a long transcript has some hundreds; more is a dump or an attack,
     * whose attribution and grouping would cost time and memory out of all proportion.
     */
    public static final int MAX_QUOTES = 1000;

    /** The article's quotes, each with its occasion; {@code notes} is told what was left out. */
    public List<Quote> quotes(AnalyzedText at, List<Entity> entities, java.util.function.Consumer<String> notes) {
        List<QuoteSpan> spans = quoteSpans.find(at.article().text(), at.article().content());
        if (spans.size() > MAX_QUOTES) {
            notes.accept(String.format(java.util.Locale.ROOT, "%,d quoted passages; only the first %,d were read (the limit for one article)",
                    spans.size(), MAX_QUOTES));
            spans = spans.subList(0, MAX_QUOTES);
        }
        return attributor.attribute(at, entities, spans).stream()
                .sorted(java.util.Comparator.comparingInt(Quote::start))
                .map(q -> q.withOccasion(occasions.find(at, q, entities))).toList();
    }
}
