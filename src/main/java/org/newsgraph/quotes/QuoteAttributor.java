package org.newsgraph.quotes;

import java.util.List;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Quote;
import org.newsgraph.nlp.AnalyzedText;

/** Decides who said each quoted span of an article, among the entities found in it. */
public interface QuoteAttributor {
    /** The article's quotes with their speakers, in text order; spans nobody could be said to have spoken may be left out. */
    List<Quote> attribute(AnalyzedText at, List<Entity> entities, List<QuoteSpan> spans);
}
