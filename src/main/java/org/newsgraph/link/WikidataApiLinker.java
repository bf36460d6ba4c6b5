package org.newsgraph.link;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Link;
import org.newsgraph.model.Names;
import org.newsgraph.rdf.Iris;

/**
 * Links with the local knowledge base first and, for names it does not know, asks the Wikidata API
 * ({@code wbsearchentities}, then {@code wbgetentities}). Every answer is cached on disk, so a rebuild makes
 * no second call. The same rules hold as offline: an item of another type is never taken, a person is only
 * looked up by a full name, and a name that fits more than one item is no link.
 */
public final class WikidataApiLinker implements EntityLinker {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OfflineLinker offline;
    private final KnowledgeBase kb;
    private final URI api;
    private final Path cache;
    private final HttpClient http;
    private final Map<String, KbEntity> fetched = new ConcurrentHashMap<>();
    private final AtomicBoolean warned = new AtomicBoolean();

    public WikidataApiLinker(KnowledgeBase kb, URI api, Path cacheDir) {
        this.kb = kb;
        this.offline = new OfflineLinker(kb);
        this.api = api;
        this.cache = cacheDir;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    @Override
    public Optional<KbEntity> item(String qid) {
        Optional<KbEntity> local = kb.get(qid);
        return local.isPresent() ? local : Optional.ofNullable(fetched.get(qid));
    }

    @Override
    public Optional<Link> link(Entity entity, List<Entity> context) {
        Optional<Link> local = offline.link(entity, context);
        if (local.isPresent()) return local;
        Set<String> names = new LinkedHashSet<>();
        for (String n : entity.labels()) {
            if (entity.type() == EntityType.PERSON && n.trim().split("\\s+").length < 2) continue;
            if (n.length() >= 3) names.add(n);
        }
        List<KbEntity> fits = new ArrayList<>();
        for (String name : names) {
            JsonNode search = get(Map.of("action", "wbsearchentities", "search", name, "language", "en", "type", "item",
                    "limit", "7", "format", "json"));
            if (search == null) continue;
            List<String> ids = new ArrayList<>();
            for (JsonNode s : search.path("search")) ids.add(s.path("id").asText());
            if (ids.isEmpty()) continue;
            JsonNode got = get(Map.of("action", "wbgetentities", "ids", String.join("|", ids), "props",
                    "labels|aliases|descriptions|claims", "languages", "en", "format", "json"));
            if (got == null) continue;
            for (JsonNode e : got.path("entities")) {
                WikidataJson.read(e).ifPresent(k -> {
                    fetched.put(k.qid(), k);
                    boolean sameName = Names.key(k.label()).equals(Names.key(name))
                            || k.aliases().stream().anyMatch(a -> Names.key(a).equals(Names.key(name)));
                    if (k.type() == entity.type() && sameName && fits.stream().noneMatch(f -> f.qid().equals(k.qid()))) fits.add(k);
                });
            }
            if (!fits.isEmpty()) break;
        }
        if (fits.size() != 1) return Optional.empty();
        KbEntity k = fits.get(0);
        return Optional.of(new Link(k.qid(), 0.8, "Wikidata API: the only " + entity.type().label() + " named \"" + k.label() + "\""));
    }

    /** A GET of the API, answered from the cache when it was asked before; null when it cannot be had. */
    private JsonNode get(Map<String, String> params) {
        StringBuilder q = new StringBuilder();
        params.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            if (q.length() > 0) q.append('&');
            q.append(e.getKey()).append('=').append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
        });
        URI uri = URI.create(api + "?" + q);
        Path file = cache.resolve(Iris.hash(uri.toString()).substring(0, 32) + ".json");
        try {
            if (Files.exists(file)) return JSON.readTree(file.toFile());
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20))
                    .header("User-Agent", "newsgraph/0.1 (knowledge-graph builder for news)").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) throw new IOException("HTTP " + r.statusCode());
            JsonNode n = JSON.readTree(r.body());
            Files.createDirectories(cache);
            Path tmp = Files.createTempFile(cache, "answer", ".tmp");
            Files.writeString(tmp, r.body(), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return n;
        } catch (IOException e) {
            if (warned.compareAndSet(false, true)) {
                System.err.println("warning: Wikidata API not reachable at " + api + " (" + e.getMessage() + "); linking offline only");
            }
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
