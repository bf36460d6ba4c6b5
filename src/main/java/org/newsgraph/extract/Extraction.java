package org.newsgraph.extract;

import org.newsgraph.model.Entity;
import org.newsgraph.model.Quote;
import java.util.List;
import java.util.Optional;
import org.newsgraph.ingest.Article;

/**
 * Everything extracted from one article.
 *
 * @param language the article's language as a BCP 47 tag: "en" for the articles extraction reads; an
 *                 article in another language is stored with its text and metadata and nothing extracted
 * @param notes    what extraction had to leave out of this article and why ("quotes after the first 1,000 …"),
 *                 said as a warning by the build
 */
public record Extraction(Article article, List<Entity> entities, List<Quote> quotes, int tokens, String language, List<String> notes) {
    public static final String ENGLISH = "en";

    public Extraction {
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        notes = List.copyOf(notes);
        java.util.Objects.requireNonNull(language, "language");
    }

    public Extraction(Article article, List<Entity> entities, List<Quote> quotes, int tokens, String language) {
        this(article, entities, quotes, tokens, language, List.of());
    }

    /** What extraction found in an English article, with what it had to leave out said in {@code notes}. */
    public Extraction(Article article, List<Entity> entities, List<Quote> quotes, int tokens, List<String> notes) {
        this(article, entities, quotes, tokens, ENGLISH, notes);
    }

    /** What extraction found in an English article. */
    public Extraction(Article article, List<Entity> entities, List<Quote> quotes, int tokens) {
        this(article, entities, quotes, tokens, ENGLISH);
    }

    /** An article in another language: stored, with nothing extracted from it. */
    public static Extraction unread(Article article, String language) {
        return new Extraction(article, List.of(), List.of(), 0, language);
    }

    /** Whether extraction read the article (it is in English). */
    public boolean read() {
        return language.equals(ENGLISH);
    }

    public Optional<Entity> entity(String key) {
        return entities.stream().filter(e -> e.key().equals(key)).findFirst();
    }
}
