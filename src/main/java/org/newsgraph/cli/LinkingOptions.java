package org.newsgraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.newsgraph.Pipeline;
import org.newsgraph.quotes.MaxentSpeakerRanker;
import org.newsgraph.link.EntityLinker;
import org.newsgraph.link.KnowledgeBase;
import org.newsgraph.link.DeferredLinker;
import org.newsgraph.link.OfflineLinker;
import org.newsgraph.link.WikidataApiLinker;
import org.newsgraph.ner.NameFinderModels;
import picocli.CommandLine.Option;

/** How entities are linked: the bundled knowledge base, files users imported, and optionally the Wikidata API. */
public final class LinkingOptions {
    static final String WIKIDATA_API = "https://www.wikidata.org/w/api.php";
    /** Where {@code kg kb import} writes by default, and where builds look for it. */
    public static final Path IMPORTED = Path.of("data", "kb", "imported.jsonl.gz");

    @Option(names = "--kb", paramLabel = "FILE", description = "Knowledge-base file(s) to use besides the bundled one "
            + "(default: " + "data/kb/imported.jsonl.gz" + " when it exists).")
    List<Path> kbFiles = new ArrayList<>();

    @Option(names = "--online", description = "Look up names the knowledge base does not know with the Wikidata API; answers are cached.")
    boolean online;

    @Option(names = "--wikidata-api", paramLabel = "URL", defaultValue = WIKIDATA_API,
            description = "Wikidata API to ask with --online (default: ${DEFAULT-VALUE}).")
    URI api;

    @Option(names = "--cache", paramLabel = "DIR", defaultValue = "data/wikidata-cache",
            description = "Where --online keeps the API's answers (default: ${DEFAULT-VALUE}).")
    Path cache;

    @Option(names = "--ner-model", paramLabel = "FILE", description = "A name-finder model trained with kg train ner, "
            + "used instead of the shipped one.")
    Path nerModel;

    @Option(names = "--speaker-model", paramLabel = "FILE", description = "A speaker-ranking model trained with kg train speakers, "
            + "used instead of the shipped one; 'none' for the attribution sieves' own decisions.")
    String speakerModel;

    @Option(names = "--rules-only", description = "Recognise names with the rules and the knowledge base only, without the trained name finder.")
    boolean rulesOnly;

    private KnowledgeBase kb;

    /** The knowledge base, read once per command. */
    KnowledgeBase knowledgeBase() {
        if (kb != null) return kb;
        List<Path> files = new ArrayList<>(kbFiles);
        if (files.isEmpty() && Files.exists(IMPORTED)) files.add(IMPORTED);
        try {
            kb = KnowledgeBase.bundledWith(files);
            return kb;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read knowledge base: " + e.getMessage(), e);
        }
    }

    /**
     * What articles are recognised and linked with, as they record it ({@code ng:builtWith}): the knowledge base's
     * version, and the name model when it is not the shipped one. A build whose answer differs from an article's
     * extracts and links that article again.
     */
    String models() {
        StringBuilder sb = new StringBuilder("kb ").append(knowledgeBase().versionWithBroadSlice());
        if (rulesOnly) sb.append("; rules only");
        else if (nerModel != null) sb.append("; ner ").append(fileDigest(nerModel));
        if (speakerModel != null) sb.append("; speakers ").append(speakerModel.equals("none") ? "sieves" : fileDigest(Path.of(speakerModel)));
        if (online) sb.append("; online");
        return sb.toString();
    }

    private static String fileDigest(Path f) {
        try (var in = new java.security.DigestInputStream(Files.newInputStream(f), java.security.MessageDigest.getInstance("SHA-1"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return java.util.HexFormat.of().formatHex(in.getMessageDigest().digest()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + f + ": " + e.getMessage(), e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A factory of pipelines that share one knowledge base and one linker. */
    Supplier<Pipeline> pipelines() {
        KnowledgeBase kb = knowledgeBase();
        // linking reads the broad slice too, in the background while the models load; recognition keeps to the
        // curated base and the user's imports
        EntityLinker linker = new DeferredLinker(() -> online ? new WikidataApiLinker(kb.withBroadSlice(), api, cache)
                : new OfflineLinker(kb.withBroadSlice()));
        var model = nerModel == null ? null : NameFinderModels.file(nerModel);
        var ranker = speakerModel == null || speakerModel.equals("none") ? null : MaxentSpeakerRanker.file(Path.of(speakerModel));
        return () -> {
            Pipeline.Builder b = Pipeline.builder().knowledgeBase(kb).linker(linker).rulesOnly(rulesOnly);
            if (model != null) b.nameFinder(model);
            if (speakerModel != null) b.ranker(ranker);
            return b.build();
        };
    }
}
