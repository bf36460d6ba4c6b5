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
import org.newsgraph.model.Names;

/**
 * The entities the linker knows, indexed by their normalised names and aliases. The bundled slice of
 * Wikidata (see {@code kb/SOURCES.md}) is loaded by {@link #bundled()}; users add their own files.
 */
public final class KnowledgeBase {
    static final String BUNDLED = "kb/wikidata-slice.jsonl.gz";
    static final String ALIASES = "kb/aliases.tsv";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile KnowledgeBase bundled;

    /** What this knowledge base was loaded from: "bundled", or "bundled+" and a digest of the files added to it. */
    private String version = "empty";
    private final Map<String, KbEntity> byQid = new LinkedHashMap<>();
    private final Map<String, List<KbEntity>> byName = new HashMap<>();
    private final Map<String, List<KbEntity>> byLooseName = new HashMap<>();

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
    public KnowledgeBase() {}

    /** Adds the entities of a file of Wikidata JSON, one entity per line (plain, .gz or .bz2). */
    public KnowledgeBase addJsonLines(Path file) throws IOException {
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
            index(byName, Names.key(n), e);
            index(byLooseName, loose(n), e);
        }
    }

    private static void index(Map<String, List<KbEntity>> map, String key, KbEntity e) {
        List<KbEntity> l = map.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (!l.contains(e)) l.add(e);
    }

    /** A name's normal form without accents, and with hyphens as spaces ("Lujan" for "Luján", "Jong Un" for "Jong-un"). */
    static String loose(String name) {
        String k = Names.withoutMarks(Names.key(name));
        return k.replace('-', ' ').replaceAll(" +", " ").strip();
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
