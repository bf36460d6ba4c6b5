package org.newsgraph.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One news article as read from its source, before any language processing.
 *
 * @param source    the input's name (file name, or file name and line for JSON Lines); identifies the article
 * @param url       the article's address when the input gives one, else null
 * @param title     the headline when the input has one, else null (never invented)
 * @param date      the publication date when the input states it, else null
 * @param outlet    the publishing outlet when the input names it, else null
 * @param text      the whole text; every offset in the pipeline points into it
 * @param blocks    the text cut into lines or paragraphs, each with its role on the page
 * @param authors   the authors' names as the byline, the page or the feed states them; empty when none does
 */
public record Article(String source, String url, String title, LocalDate date, String outlet,
                      String text, List<Block> blocks, List<String> authors) {
    public Article {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        blocks = List.copyOf(blocks);
        authors = authors == null ? List.of() : List.copyOf(authors);
        for (Block b : blocks) {
            if (b.end() > text.length()) {
                throw new IllegalArgumentException("block " + b + " beyond text of length " + text.length());
            }
        }
    }

    /** The blocks whose text belongs to the article itself (not page furniture). */
    public List<Block> content() {
        return blocks.stream().filter(b -> b.kind().isContent()).toList();
    }

    /**
     * The article's own running text: its paragraphs and section headings, one block a line, without the
     * headline, captions, listed headlines of other articles and page furniture (what an article-extraction
     * benchmark calls the body).
     */
    public String body() {
        StringBuilder b = new StringBuilder();
        for (Block k : blocks) {
            if (k.kind() != Block.Kind.BODY && k.kind() != Block.Kind.HEADING) continue;
            if (!b.isEmpty()) b.append('\n');
            b.append(text(k));
        }
        return b.toString();
    }

    public String text(Block b) {
        return text.substring(b.start(), b.end());
    }
}
