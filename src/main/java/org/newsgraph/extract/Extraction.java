package org.newsgraph.extract;

import org.newsgraph.model.Entity;
import org.newsgraph.model.Quote;
import java.util.List;
import java.util.Optional;
import org.newsgraph.ingest.Article;

/** Everything extracted from one article. */
public record Extraction(Article article, List<Entity> entities, List<Quote> quotes, int tokens) {
    public Extraction {
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
    }

    public Optional<Entity> entity(String key) {
        return entities.stream().filter(e -> e.key().equals(key)).findFirst();
    }
}
