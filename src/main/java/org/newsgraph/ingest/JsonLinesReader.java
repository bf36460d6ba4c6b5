package org.newsgraph.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.function.Consumer;

/**
 * One article per line: an object with {@code text} and optional {@code title}, {@code url}, {@code date},
 * {@code outlet}. A line that cannot be read is reported with its number; the other lines are still read.
 */
public final class JsonLinesReader implements ArticleReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final com.fasterxml.jackson.databind.ObjectReader READER = JSON.reader()
            .with(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    @Override
    public void read(String name, String content, Consumer<Article> articles, Consumer<Problem> problems) {
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) readLine(name + ":" + (i + 1), i + 1, lines[i], articles, problems);
    }

    /** Reads line {@code number} of a feed, the article called {@code source}. */
    public void readLine(String source, int number, String lineText, Consumer<Article> articles, Consumer<Problem> problems) {
        String line = lineText.trim();
        if (line.isEmpty()) return;
        JsonNode n;
        try {
            n = READER.readTree(line);
        } catch (com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
            problems.accept(new Problem(source, "line " + number + " holds more than one JSON value (one article per line)"));
            return;
        } catch (Exception e) {
            problems.accept(new Problem(source, "line " + number + " is not valid JSON"));
            return;
        }
        if (n == null || !n.isObject()) {
            problems.accept(new Problem(source, "line " + number + " is not a JSON object"));
            return;
        }
        if (n.has("text") && !n.get("text").isTextual() && !n.get("text").isNull()) {
            problems.accept(new Problem(source, "line " + number + ": \"text\" is not a string"));
            return;
        }
        for (String field : new String[] {"title", "url", "date", "outlet"}) {
            JsonNode v = n.get(field);
            if (v != null && !v.isNull() && !v.isTextual()) {
                problems.accept(Problem.warning(source, "line " + number + ": \"" + field + "\" is not a string; left out"));
            }
        }
        String text = str(n, "text");
        if (text == null || text.isBlank()) {
            problems.accept(new Problem(source, "line " + number + " has no \"text\""));
            return;
        }
        String title = str(n, "title");
        title = title == null || title.isBlank() ? null : title.strip();
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        String whole = title == null ? text : title + "\n\n" + text;
        articles.accept(PageLayout.withMetadata(source, str(n, "url"), whole, title,
                NewsDates.parseIso(str(n, "date")), str(n, "outlet"), authors(n)));
    }

    /** "author": "Jane Roe", or "authors": ["Jane Roe", "John Doe"] (objects with a "name" too). */
    static java.util.List<String> authors(JsonNode n) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String field : new String[] {"author", "authors"}) {
            JsonNode v = n.get(field);
            if (v == null || v.isNull()) continue;
            for (JsonNode a : v.isArray() ? v : java.util.List.of(v)) {
                String name = a.isTextual() ? a.asText() : a.path("name").asText("");
                if (!name.isBlank()) out.add(name.strip());
            }
        }
        return out;
    }

    private static String str(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || !v.isTextual() || v.asText().isBlank() ? null : v.asText();
    }
}
