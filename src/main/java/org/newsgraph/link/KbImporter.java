package org.newsgraph.link;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.newsgraph.model.EntityType;
import org.newsgraph.ingest.Problem;

/**
 * Adds entities to a knowledge-base file from Wikidata's own formats: the JSON dump (an array, or one
 * entity per line; plain, .gz or .bz2), streamed so that a full dump never sits in memory, keeping only
 * items of the types the linker uses; and results of the Wikidata Query Service (JSON, CSV or TSV) with
 * {@code ?item ?itemLabel} and optional {@code ?altLabel ?description ?type}.
 */
public final class KbImporter {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * What an import did. {@code dropped} gives, per reason, the records of the files that were read but not kept,
     * as a count and the first few records named.
     */
    public record Result(long read, int kept, int total, List<Problem> problems, Map<String, Dropped> dropped) {
        public Result {
            dropped = Map.copyOf(dropped);
        }
    }

    /** Records dropped for one reason: how many, and the first {@link #EXAMPLES} named ({@code "Q42 \"Douglas Adams\""}, "row 7"). */
    public record Dropped(long count, List<String> examples) {
        public static final int EXAMPLES = 5;

        public Dropped {
            examples = List.copyOf(examples);
        }

        Dropped plus(String example) {
            if (examples.size() >= EXAMPLES) return new Dropped(count + 1, examples);
            List<String> ex = new ArrayList<>(examples);
            ex.add(example);
            return new Dropped(count + 1, ex);
        }
    }

    /** Reasons a query-service row is not kept. */
    static final String NO_ITEM = "without an item IRI or QID in ?item";
    static final String NO_LABEL = "without ?itemLabel (or with the QID as its label)";
    static final String NO_TYPE = "without a type (add a ?type column or give --type)";

    private final Map<String, Dropped> dropped = new LinkedHashMap<>();

    private void drop(String reason, String example) {
        dropped.merge(reason, new Dropped(1, List.of(example)), (a, b) -> a.plus(example));
    }

    /** Keeps the record's entity, or counts it as dropped with the reason. */
    private void take(JsonNode record, Consumer<KbEntity> out) {
        String why = WikidataJson.whyNot(record);
        if (why != null) {
            drop(why, WikidataJson.describe(record));
            return;
        }
        WikidataJson.read(record).ifPresent(out);
    }

    private final EntityType defaultType;
    private final int maxItems;

    /** @param defaultType the type of query-result rows without a {@code ?type} column, or null to skip them */
    public KbImporter(EntityType defaultType) {
        this(defaultType, MAX_ITEMS);
    }

    KbImporter(EntityType defaultType, int maxItems) {
        this.defaultType = defaultType;
        this.maxItems = maxItems;
    }

    /**
     * Reads the files and merges their entities into {@code target} (a .jsonl.gz file of Wikidata JSON, or a
     * compact .tsv.gz file), replacing items by id.
     */
    /** Most items one import holds: more would not fit a default heap; a larger table is refused, named, in one line. */
    public static final int MAX_ITEMS = 2_000_000;

    public Result importInto(List<Path> files, Path target) throws IOException {
        Map<String, KbEntity> all = new LinkedHashMap<>();
        if (Files.exists(target)) {
            // read in the form it was written in: compact TSV or Wikidata JSON lines
            KnowledgeBase existing = target.getFileName().toString().endsWith(".tsv.gz")
                    ? new KnowledgeBase().addTsv(target) : new KnowledgeBase().addJsonLines(target);
            existing.entities().forEach(e -> all.put(e.qid(), e));
        }
        List<Problem> problems = new ArrayList<>();
        long[] read = {0};
        int[] kept = {0};
        for (Path f : files) {
            try {
                read(f, e -> {
                    kept[0]++;
                    all.put(e.qid(), e);
                }, () -> read[0]++);
            } catch (IOException | RuntimeException ex) {
                problems.add(new Problem(f.toString(), "cannot be imported: " + firstLine(ex)));
            }
        }
        if (target.getParent() != null) Files.createDirectories(target.getParent());
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(tmp));
             Writer w = new java.io.OutputStreamWriter(os, StandardCharsets.UTF_8)) {
            if (target.getFileName().toString().endsWith(".tsv.gz")) {
                KnowledgeBase.writeTsv(all.values(), w); // the compact form newsgraph ships its broad slice in
            } else {
                for (KbEntity e : all.values()) {
                    w.write(JSON.writeValueAsString(WikidataJson.write(e, JSON)));
                    w.write('\n');
                }
            }
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Result result = new Result(read[0], kept[0], all.size(), problems, dropped);
        dropped.clear();
        return result;
    }

    /** Streams the entities of one file. {@code counted} is called for every record read. */
    void read(Path f, Consumer<KbEntity> out, Runnable counted) throws IOException {
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        try (InputStream in = open(f, name)) {
            String base = name.replaceAll("\\.(gz|bz2)$", "");
            if (base.endsWith(".csv")) {
                readTable(new InputStreamReader(in, StandardCharsets.UTF_8), CSVFormat.DEFAULT, out, counted);
            } else if (base.endsWith(".tsv")) {
                readTable(new InputStreamReader(in, StandardCharsets.UTF_8), CSVFormat.TDF.builder().setQuote(null).build(), out, counted);
            } else {
                readJson(in, out, counted);
            }
        }
    }

    private static InputStream open(Path f, String name) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(f), 1 << 16);
        if (name.endsWith(".gz")) return new GZIPInputStream(in, 1 << 16);
        if (name.endsWith(".bz2")) return new BZip2CompressorInputStream(in, true);
        return in;
    }

    private void readJson(InputStream in, Consumer<KbEntity> out, Runnable counted) throws IOException {
        JsonParser p = new JsonFactory(JSON).createParser(in);
        JsonToken t = p.nextToken();
        if (t == JsonToken.START_ARRAY) {
            while (p.nextToken() == JsonToken.START_OBJECT) {
                counted.run();
                take(p.readValueAsTree(), out);
            }
            return;
        }
        while (t == JsonToken.START_OBJECT) {
            JsonNode n = p.readValueAsTree();
            if (n.has("head") && n.has("results")) {
                readQueryResults(n, out, counted);
            } else if (n.has("entities") && n.get("entities").isObject()) {
                for (JsonNode e : n.get("entities")) {
                    counted.run();
                    take(e, out);
                }
            } else {
                counted.run();
                take(n, out);
            }
            t = p.nextToken();
        }
    }

    /** SPARQL JSON results of the Wikidata Query Service. */
    private void readQueryResults(JsonNode n, Consumer<KbEntity> out, Runnable counted) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (JsonNode b : n.path("results").path("bindings")) {
            Map<String, String> row = new LinkedHashMap<>();
            b.fields().forEachRemaining(e -> row.put(e.getKey(), e.getValue().path("value").asText()));
            rows.add(row);
        }
        fromRows(rows.iterator(), out, counted);
    }

    private void readTable(Reader r, CSVFormat format, Consumer<KbEntity> out, Runnable counted) throws IOException {
        var parser = format.builder().setHeader().setSkipHeaderRecord(true).build().parse(new BufferedReader(r));
        List<String> header = parser.getHeaderNames().stream().map(h -> h.replaceFirst("^\\?", "")).toList();
        java.util.Iterator<CSVRecord> records = parser.iterator();
        // row by row as the file is read: a table of millions of rows is never held whole
        fromRows(new java.util.Iterator<>() {
            @Override
            public boolean hasNext() {
                return records.hasNext();
            }

            @Override
            public Map<String, String> next() {
                CSVRecord rec = records.next();
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size() && i < rec.size(); i++) row.put(header.get(i), sparqlTerm(rec.get(i)));
                return row;
            }
        }, out, counted);
    }

    /** A term as the query service writes it in TSV ("<http://…/Q42>", "\"Douglas Adams\"@en") or CSV. */
    static String sparqlTerm(String s) {
        String t = s.strip();
        if (t.startsWith("<") && t.endsWith(">")) return t.substring(1, t.length() - 1);
        var m = java.util.regex.Pattern.compile("^\"(.*)\"(?:@[\\w-]+|\\^\\^<[^>]*>)?$", java.util.regex.Pattern.DOTALL).matcher(t);
        if (m.matches()) return m.group(1).replace("\\\"", "\"").replace("\\\\", "\\");
        return t;
    }

    /** Rows of ?item ?itemLabel ?altLabel ?description ?type, several rows per item allowed. */
    private void fromRows(java.util.Iterator<Map<String, String>> rows, Consumer<KbEntity> out, Runnable counted) {
        Map<String, KbEntity> byItem = new LinkedHashMap<>();
        int n = 0;
        while (rows.hasNext()) {
            Map<String, String> row = rows.next();
            counted.run();
            n++;
            String qid = qid(row.get("item"));
            if (qid == null) {
                drop(NO_ITEM, "row " + n + (row.containsKey("item") ? " (" + row.get("item") + ")" : ""));
                continue;
            }
            String label = row.getOrDefault("itemLabel", "").strip();
            if (label.isEmpty() || label.equals(qid)) {
                drop(NO_LABEL, "row " + n + " (" + qid + ")");
                continue;
            }
            String t = row.get("type");
            EntityType type = type(t);
            if (type == null) {
                if (t == null || t.isBlank()) drop(NO_TYPE, "row " + n + " (" + qid + " \"" + label + "\")");
                else drop(WikidataJson.OTHER_KIND, "row " + n + " (" + qid + " \"" + label + "\", type " + t.strip() + ")");
                continue;
            }
            KbEntity prev = byItem.get(qid);
            List<String> aliases = new ArrayList<>(prev == null ? List.of() : prev.aliases());
            String alt = row.getOrDefault("altLabel", "");
            for (String a : alt.split(",\\s*")) {
                if (!a.isBlank() && !a.strip().equals(label) && !aliases.contains(a.strip())) aliases.add(a.strip());
            }
            String description = row.getOrDefault("description", prev == null ? "" : prev.description());
            byItem.put(qid, new KbEntity(qid, label, aliases, description, type, List.of(), List.of()));
            if (byItem.size() > maxItems) {
                throw new IllegalStateException("more than " + maxItems + " items in one table: import it in parts (nothing of it was imported)");
            }
        }
        byItem.values().forEach(out);
    }

    private EntityType type(String t) {
        if (t == null || t.isBlank()) return defaultType;
        String q = qid(t);
        if (q != null) {
            EntityType et = WikidataJson.typeOf(List.of(q), JSON.createObjectNode(), "");
            return et;
        }
        return switch (t.strip().toLowerCase(Locale.ROOT)) {
            case "person", "human" -> EntityType.PERSON;
            case "organization", "organisation" -> EntityType.ORGANIZATION;
            case "place", "location" -> EntityType.PLACE;
            case "treaty" -> EntityType.TREATY;
            default -> null;
        };
    }

    static String qid(String s) {
        if (s == null) return null;
        var m = java.util.regex.Pattern.compile("(?:^|/)(Q[0-9]+)$").matcher(s.strip());
        return m.find() ? m.group(1) : null;
    }

    private static String firstLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m);
    }

    /** Opens an input stream of a file, decompressing .gz and .bz2; for callers that read KB files. */
    public static InputStream openMaybeCompressed(Path f) throws IOException {
        return open(f, f.getFileName().toString().toLowerCase(Locale.ROOT));
    }
}
