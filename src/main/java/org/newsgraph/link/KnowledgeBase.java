package org.newsgraph.link;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Names;

/**
 * The entities the linker knows, indexed by their normalised names and aliases. The bundled slice of
 * Wikidata (see {@code kb/SOURCES.md}) is loaded by {@link #bundled()}; users add their own files.
 */
public final class KnowledgeBase {
    static final String BUNDLED = "kb/wikidata-slice.jsonl.gz";
    static final String ALIASES = "kb/aliases.tsv";
    /** The broad slice (kb-large, see kb/SOURCES.md), used for linking only: {@link #withBroadSlice()}. */
    static final String BROAD = "kb/wikidata-broad.tsv.gz";
    private static final Map<String, KnowledgeBase> WITH_BROAD = new java.util.concurrent.ConcurrentHashMap<>();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile KnowledgeBase bundled;
    private static final java.util.regex.Pattern MANY_SPACES = java.util.regex.Pattern.compile(" +");

    /** What this knowledge base was loaded from: "bundled", or "bundled+" and a digest of the files added to it. */
    private String version = "empty";
    private final Map<String, KbEntity> byQid;
    private final Map<String, List<KbEntity>> byName;
    private final Map<String, List<KbEntity>> byLooseName;
    /** Items of the broad slice: linked to, but less known than the curated ones, which win a tie. */
    private final java.util.Set<String> broad = new java.util.HashSet<>();

    /** The knowledge base shipped with newsgraph, loaded once. */
    public static KnowledgeBase bundled() {
        KnowledgeBase kb = bundled;
        if (kb == null) {
            synchronized (KnowledgeBase.class) {
                kb = bundled;
                if (kb == null) {
                    kb = new KnowledgeBase();
                    try (InputStream in = resource(BUNDLED)) {
                        kb.readJsonLines(new GZIPInputStream(in));
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read the bundled knowledge base", e);
                    }
                    try (InputStream in = resource(ALIASES)) {
                        kb.readAliases(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read " + ALIASES, e);
                    }
                    kb.version = "bundled";
                    bundled = kb;
                }
            }
        }
        return kb;
    }

    /** An empty knowledge base, for tests and for building one from files. */
    public KnowledgeBase() {
        this(16);
    }

    /** An empty knowledge base sized for about {@code items} items. */
    private KnowledgeBase(int items) {
        byQid = new LinkedHashMap<>(items * 4 / 3 + 1);
        byName = new HashMap<>(items * 3);
        byLooseName = new HashMap<>(items * 3);
    }

    /** Adds the entities of a file of Wikidata JSON, one entity per line (plain, .gz or .bz2), or of a compact .tsv.gz file. */
    public KnowledgeBase addJsonLines(Path file) throws IOException {
        if (file.getFileName().toString().endsWith(".tsv.gz")) return addTsv(file);
        try (InputStream in = KbImporter.openMaybeCompressed(file)) {
            readJsonLines(in);
        }
        return this;
    }

    /** The bundled knowledge base with the entities of these files added (files imported by users). */
    public static KnowledgeBase bundledWith(List<Path> files) throws IOException {
        if (files.isEmpty()) return bundled();
        KnowledgeBase kb = new KnowledgeBase();
        bundled().entities().forEach(kb::add);
        java.security.MessageDigest digest = sha1();
        for (Path f : files) {
            kb.addJsonLines(f);
            try (InputStream in = new java.security.DigestInputStream(java.nio.file.Files.newInputStream(f), digest)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
        }
        kb.version = "bundled+" + java.util.HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        return kb;
    }

    /**
     * This knowledge base with the items of the broad slice shipped with newsgraph added (100,381 Wikidata
     * items of persons, organisations and places; an item this base holds keeps its record), made once per base.
     * The linker uses it; recognition does not, since the broad slice names things with ordinary words.
     */
    public KnowledgeBase withBroadSlice() {
        return WITH_BROAD.computeIfAbsent(version, v -> {
            KnowledgeBase kb = new KnowledgeBase(size() + 100_000);
            entities().forEach(kb::add);
            kb.broad.addAll(broad);
            try (InputStream in = resource(BROAD)) {
                kb.readTsv(new GZIPInputStream(in), true);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + BROAD, e);
            }
            kb.version = versionWithBroadSlice();
            return kb;
        });
    }

    /** The {@link #version()} of {@link #withBroadSlice()}, known without reading the slice. */
    public String versionWithBroadSlice() {
        return version + "+broad";
    }

    /** Adds an item of a broad, less curated source, unless this base already holds one of its id. */
    public synchronized void addBroad(KbEntity e) {
        if (byQid.containsKey(e.qid())) return;
        add(e);
        broad.add(e.qid());
    }

    /** Whether an item came from the broad slice rather than the curated base or a user's import. */
    public boolean isBroad(String qid) {
        return broad.contains(qid);
    }

    /** Adds the items of a compact knowledge-base file ({@link #writeTsv}). */
    public KnowledgeBase addTsv(Path file) throws IOException {
        try (InputStream in = KbImporter.openMaybeCompressed(file)) {
            readTsv(in, false);
        }
        return this;
    }

    /**
     * Writes the items in the compact form newsgraph ships its broad slice in, which loads in a fraction of the
     * time of Wikidata's JSON: one item a line, {@code qid type label aliases description countries parties}
     * separated by tabs, lists by {@code |}.
     */
    public static void writeTsv(java.util.Collection<KbEntity> items, java.io.Writer w) throws IOException {
        for (KbEntity e : items) {
            w.write(clean(e.qid()) + "\t" + e.type().name() + "\t" + clean(e.label()) + "\t"
                    + String.join("|", e.aliases().stream().map(KnowledgeBase::clean).toList()) + "\t" + clean(e.description())
                    + "\t" + String.join("|", e.countries().stream().map(KnowledgeBase::clean).toList())
                    + "\t" + String.join("|", e.parties().stream().map(KnowledgeBase::clean).toList()) + "\n");
        }
    }

    /** A value on one field of one line: tabs, line breaks and other control characters become spaces, "|" a slash. */
    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("[\\p{Cc}\\u2028\\u2029]", " ").replace('|', '/');
    }

    private void readTsv(InputStream in, boolean asBroad) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        String line;
        while ((line = r.readLine()) != null) {
            String[] f = line.split("\t", -1);
            if (f.length != 7) throw new IOException("not a compact knowledge-base line: " + (line.length() > 120 ? line.substring(0, 120) + "…" : line));
            KbEntity e = new KbEntity(f[0], f[2], list(f[3]), f[4], EntityType.valueOf(f[1]), list(f[5]), list(f[6]));
            if (asBroad) addBroad(e);
            else add(e);
        }
    }

    private static List<String> list(String s) {
        return s.isEmpty() ? List.of() : List.of(s.split("\\|"));
    }

    /**
     * Which knowledge base this is: "bundled" for the one shipped, "bundled+" and a digest of the added files'
     * bytes otherwise. Articles record it, so that a build after the files change links them again.
     */
    public String version() {
        return version;
    }

    private static java.security.MessageDigest sha1() {
        try {
            return java.security.MessageDigest.getInstance("SHA-1");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void readJsonLines(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            String t = line.strip();
            if (t.isEmpty() || t.equals("[") || t.equals("]")) continue;
            if (t.endsWith(",")) t = t.substring(0, t.length() - 1);
            WikidataJson.read(JSON.readTree(t)).ifPresent(this::add);
        }
    }

    /**
     * Extra aliases, "QID<TAB>alias" per line: common short names that Wikidata keeps elsewhere. A third
     * column "preferred" makes the alias the entity's label (the name Wikidata itself shows in English).
     */
    private void readAliases(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            KbEntity e = byQid.get(f[0].strip());
            if (e == null || f.length < 2) continue;
            List<String> aliases = new ArrayList<>(e.aliases());
            String alias = f[1].strip();
            String label = e.label();
            if (f.length > 2 && f[2].strip().equals("preferred")) {
                aliases.add(label);
                label = alias;
            } else {
                aliases.add(alias);
            }
            aliases.remove(label);
            add(new KbEntity(e.qid(), label, aliases, e.description(), e.type(), e.countries(), e.parties()));
        }
    }

    /** Adds or replaces an entity. */
    public synchronized void add(KbEntity e) {
        KbEntity old = byQid.put(e.qid(), e);
        if (old != null) {
            for (String n : names(old)) {
                byName.getOrDefault(Names.key(n), new ArrayList<>()).remove(old);
                byLooseName.getOrDefault(loose(n), new ArrayList<>()).remove(old);
            }
        }
        for (String n : names(e)) {
            String key = Names.key(n);
            index(byName, key, e);
            index(byLooseName, looseKey(key), e);
        }
    }

    private static void index(Map<String, List<KbEntity>> map, String key, KbEntity e) {
        List<KbEntity> l = map.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (!l.contains(e)) l.add(e);
    }

    /** A name's normal form without accents, and with hyphens as spaces ("Lujan" for "Luján", "Jong Un" for "Jong-un"). */
    static String loose(String name) {
        return looseKey(Names.key(name));
    }

    /** {@link #loose} of a name already in its {@link Names#key} form. */
    private static String looseKey(String key) {
        String k = Names.withoutMarks(key);
        return k.indexOf('-') < 0 ? k : MANY_SPACES.matcher(k.replace('-', ' ')).replaceAll(" ").strip();
    }

    private static List<String> names(KbEntity e) {
        List<String> n = new ArrayList<>(e.aliases());
        n.add(e.label());
        return n;
    }

    /** The entities with this name or alias, compared in normal form. */
    public List<KbEntity> lookup(String name) {
        return byName.getOrDefault(Names.key(name), List.of());
    }

    /** The entities whose name or alias matches this one once accents and hyphens are set aside. */
    public List<KbEntity> lookupLoosely(String name) {
        return byLooseName.getOrDefault(loose(name), List.of());
    }

    public Optional<KbEntity> get(String qid) {
        return Optional.ofNullable(byQid.get(qid));
    }

    public Collection<KbEntity> entities() {
        return byQid.values();
    }

    public int size() {
        return byQid.size();
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = KnowledgeBase.class.getClassLoader().getResourceAsStream(name);
        if (in == null) throw new IOException(name + " is not on the class path");
        return in;
    }
}
