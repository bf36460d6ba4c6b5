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

    @Override
    public void read(String name, String content, Consumer<Article> articles, Consumer<Problem> problems) {
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.isEmpty()) continue;
            String source = name + ":" + (i + 1);
            JsonNode n;
            try {
                n = JSON.readTree(line);
            } catch (Exception e) {
                problems.accept(new Problem(source, "line " + (i + 1) + " is not valid JSON"));
                continue;
            }
            if (n == null || !n.isObject()) {
                problems.accept(new Problem(source, "line " + (i + 1) + " is not a JSON object"));
                continue;
            }
            if (n.has("text") && !n.get("text").isTextual() && !n.get("text").isNull()) {
                problems.accept(new Problem(source, "line " + (i + 1) + ": \"text\" is not a string"));
                continue;
            }
            String text = str(n, "text");
            if (text == null || text.isBlank()) {
                problems.accept(new Problem(source, "line " + (i + 1) + " has no \"text\""));
                continue;
            }
            String title = str(n, "title");
            text = text.replace("\r\n", "\n").replace('\r', '\n');
            String whole = title == null ? text : title.trim() + "\n\n" + text;
            articles.accept(PageLayout.withMetadata(source, str(n, "url"), whole, title == null ? null : title.trim(),
                    NewsDates.parseIso(str(n, "date")), str(n, "outlet"), authors(n)));
        }
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
        return v == null || v.isNull() ? null : v.asText();
    }
}
