package org.newsgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newsgraph.rdf.NG;

/**
 * The knowledge graph on disk: an Apache Jena TDB2 dataset whose default graph, for queries, is the union
 * of the named graphs. Every write is one transaction, so a failed article leaves the store as it was.
 */
public final class TdbStore implements AutoCloseable {
    static {
        JenaSystem.init();
        // queries see all named graphs as the default graph, in Fuseki too
        ARQ.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /**
     * The files may grow to this many times their size after the last compaction. TDB2 never overwrites a block
     * in place: every commit writes new copies of the index blocks it touches, so a long build's files grow far
     * faster than its data (measured: 38 GB for 57,000 articles, 2.3 KB a quad, without compaction).
     */
    static final double GROWTH = 3;
    /** Stores smaller than this are never compacted. */
    static final long MIN_COMPACT_BYTES = 256L << 20;

    private final Dataset dataset;
    private final Path dir;
    private long compactedBytes;

    private TdbStore(Path dir) {
        this.dir = dir;
        this.dataset = TDB2Factory.connectDataset(dir.toString());
        this.dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        this.compactedBytes = diskBytes();
    }

    /** Whether {@code dir} holds a store: TDB2's data directory or lock, or a creation killed half-way. */
    public static boolean holdsStore(Path dir) {
        if (!Files.isDirectory(dir)) return false;
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(p -> {
                String n = p.getFileName().toString();
                return n.equals("tdb.lock") || n.matches("Data-\\d+");
            });
        } catch (IOException e) {
            return false;
        }
    }

    /** Opens the store in {@code dir}, creating it when it does not exist. */
    public static TdbStore open(Path dir) {
        if (isNew(dir)) createOnce(dir);
        String damage = damage(dir);
        if (damage != null) {
            throw new IllegalStateException("the store in " + dir + " is damaged: " + damage
                    + "; restore it from a copy, or build it again into a new --store");
        }
        return new TdbStore(dir);
    }

    /**
     * What is wrong with the files of a store, or null: TDB2 records in small state files how long each of its
     * data files is ({@code .bdf}: the bytes of an object file; {@code .bpt}: the blocks of a B+tree's two files),
     * so a file cut short (a full disk, a copy stopped half-way) shows before a query reads past its end, which
     * TDB2 logs as thousands of lines and answers with missing values.
     */
    static String damage(Path dir) {
        Path data;
        try (Stream<Path> s = Files.list(dir)) {
            data = s.filter(p -> p.getFileName().toString().matches("Data-\\d+") && Files.isDirectory(p)).max(Comparator.naturalOrder()).orElse(null);
        } catch (IOException e) {
            return "cannot be listed (" + e.getMessage() + ")";
        }
        if (data == null) return null;
        try (Stream<Path> s = Files.list(data)) {
            for (Path state : s.sorted().toList()) {
                String name = state.getFileName().toString();
                if (name.endsWith(".bdf")) {
                    long recorded = longAt(state, 0);
                    String why = shorter(data.resolve(name.replace(".bdf", ".obj")), recorded);
                    if (why != null) return why;
                } else if (name.endsWith(".bpt")) {
                    String base = name.substring(0, name.length() - 4);
                    String why = shorter(data.resolve(base + ".idn"), longAt(state, 8) * BLOCK);
                    if (why == null) why = shorter(data.resolve(base + ".dat"), longAt(state, 16) * BLOCK);
                    if (why != null) return why;
                }
            }
        } catch (IOException e) {
            return "cannot be read (" + e.getMessage() + ")";
        }
        return null;
    }

    /**
     * Whether a failure is the disk being full: "No space left on device" from a write, or the {@link InternalError}
     * of a write to a memory-mapped file of the store. Committed transactions are intact either way.
     */
    public static boolean diskFull(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            String m = c.getMessage() == null ? "" : c.getMessage();
            if (m.contains("No space left on device") || c instanceof InternalError && m.contains("unsafe memory access")) return true;
        }
        return false;
    }

    /** TDB2's block size. */
    private static final long BLOCK = 8192;

    private static long longAt(Path f, int offset) throws IOException {
        byte[] b = Files.readAllBytes(f);
        if (b.length < offset + 8) return 0;
        return java.nio.ByteBuffer.wrap(b, offset, 8).getLong();
    }

    private static String shorter(Path f, long recorded) throws IOException {
        if (recorded <= 0) return null;
        long size = Files.exists(f) ? Files.size(f) : 0;
        return size >= recorded ? null
                : String.format("%s is %,d bytes, but the store records %,d", f.getParent().getFileName() + "/" + f.getFileName(), size, recorded);
    }

    /** A directory that does not exist yet, or is empty. */
    private static boolean isNew(Path dir) {
        if (!Files.exists(dir)) return true;
        try (Stream<Path> s = Files.list(dir)) {
            // empty, or a creation killed half-way, or one under way
            return s.allMatch(p -> p.getFileName().toString().equals(CREATING) || p.getFileName().toString().equals(CREATING_LOCK));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Creates a database beside {@code dir} and moves it into place once its files are complete. TDB2 writes a new
     * database's files one after another, so a process killed while creating one left files that cannot be opened
     * ("Node block manager empty = true // Records block manager empty = false"); what a killed creation leaves
     * now is a {@code .creating} directory, removed by the next attempt.
     */
    private static void create(Path dir) {
        Path target = dir.toAbsolutePath().normalize();
        if (Files.isDirectory(target)) {
            createInside(target);
            return;
        }
        Path tmp = target.resolveSibling(target.getFileName() + ".creating");
        try {
            Files.createDirectories(target.getParent());
            deleteTree(tmp);
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(tmp.toString());
            Txn.executeWrite(dsg, () -> { });
            TDBInternal.expel(dsg);
            if (Files.exists(target)) Files.delete(target);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a store in " + dir, e);
        }
    }

    private static final String CREATING = ".creating";
    private static final String CREATING_LOCK = ".creating.lock";

    /**
     * Creates the store once however many processes ask at the same time (two {@code kg build}s into one new
     * store): the first creates it, holding a lock on a file beside it (or inside the empty directory given), and
     * the others wait for it and then find the store made, instead of deleting each other's half-made files.
     */
    private static void createOnce(Path dir) {
        Path target = dir.toAbsolutePath().normalize();
        Path lock = Files.isDirectory(target) ? target.resolve(CREATING_LOCK) : target.resolveSibling(target.getFileName() + CREATING_LOCK);
        try {
            if (target.getParent() != null) Files.createDirectories(target.getParent());
            try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(lock, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.WRITE); java.nio.channels.FileLock held = ch.lock()) {
                if (isNew(dir)) create(dir);
            } finally {
                Files.deleteIfExists(lock);
            }
        } catch (java.nio.channels.OverlappingFileLockException e) {
            throw new IllegalStateException("another build in this process is creating the store in " + dir, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a store in " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Creates a database inside an existing empty directory (a mount point, say, beside which nothing may be
     * written): in a {@code .creating} directory within it, whose complete data directory is then moved up.
     */
    private static void createInside(Path target) {
        Path tmp = target.resolve(CREATING);
        try {
            deleteTree(tmp);
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(tmp.toString());
            Txn.executeWrite(dsg, () -> { });
            TDBInternal.expel(dsg);
            try (Stream<Path> s = Files.list(tmp)) {
                List<Path> parts = s.sorted(Comparator.comparing((Path p) -> p.getFileName().toString().startsWith("Data-"))).toList();
                // (the lock file of createOnce lies beside .creating, not inside it)
                for (Path p : parts) Files.move(p, target.resolve(p.getFileName()), StandardCopyOption.ATOMIC_MOVE);
            }
            deleteTree(tmp);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a store in " + target + ": " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path f : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(f);
        }
    }

    public Path dir() {
        return dir;
    }

    public Dataset dataset() {
        return dataset;
    }

    public DatasetGraph datasetGraph() {
        return dataset.asDatasetGraph();
    }

    /** Whether the store holds {@code graph} built from content with this hash. */
    public boolean isCurrent(Node graph, String contentHash) {
        return Txn.calculateRead(dataset, () -> dataset.asDatasetGraph()
                .find(graph, Node.ANY, NG.contentHash, NodeFactory.createLiteralString(contentHash)).hasNext());
    }

    /** Every stored article: its named graph and the source it was read from, in the order of their graphs. */
    public java.util.SortedMap<Node, String> articles() {
        return Txn.calculateRead(dataset, () -> {
            java.util.SortedMap<Node, String> all = new java.util.TreeMap<>(Comparator.comparing(Node::toString));
            dataset.asDatasetGraph().find(Node.ANY, Node.ANY, NG.sourceFile, Node.ANY).forEachRemaining(q -> {
                if (q.getObject().isLiteral()) all.put(q.getGraph(), q.getObject().getLiteralLexicalForm());
            });
            return all;
        });
    }

    /** The source of another stored article with exactly this text, or null. */
    public String sourceWithText(String textHash, String source) {
        return Txn.calculateRead(dataset, () -> {
            var dsg = dataset.asDatasetGraph();
            var it = dsg.find(Node.ANY, Node.ANY, NG.textHash, NodeFactory.createLiteralString(textHash));
            while (it.hasNext()) {
                Quad q = it.next();
                var src = dsg.find(q.getGraph(), q.getSubject(), NG.sourceFile, Node.ANY);
                if (src.hasNext()) {
                    String other = src.next().getObject().getLiteralLexicalForm();
                    if (!other.equals(source)) return other;
                }
            }
            return null;
        });
    }

    /**
     * Makes the named graph {@code graph} hold exactly the quads of it that {@code writer} emits, in one write
     * transaction, touching only what differs: quads it no longer has are deleted, new ones added, the rest left
     * alone (a regrouping of statements changes a few of them). Quads of other graphs that it emits are added.
     * Returns the number of quads written.
     */
    public long replace(Node graph, Consumer<StreamRDF> writer) {
        List<Quad> quads = new ArrayList<>();
        writer.accept(new CollectingStream(quads));
        return rewrite(graph, quads, dsg -> List.of(Node.ANY));
    }

    /**
     * Makes what {@code graph} says about some subjects exactly the given quads, in one write transaction, touching
     * only what differs. The subjects are found inside the transaction ({@link Node#ANY} for every subject); the
     * subjects of the quads are always among them. Returns the number of quads added.
     */
    public long rewrite(Node graph, List<Quad> quads, Function<DatasetGraph, Collection<Node>> subjects) {
        Set<Quad> wanted = new HashSet<>(quads);
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            Set<Node> about = new LinkedHashSet<>(subjects.apply(dsg));
            if (!about.contains(Node.ANY)) for (Quad q : quads) about.add(q.getSubject());
            List<Quad> stale = new ArrayList<>();
            for (Node s : about) {
                dsg.find(graph, s, Node.ANY, Node.ANY).forEachRemaining(q -> {
                    if (!wanted.remove(q)) stale.add(q);
                });
            }
            for (Quad q : stale) dsg.delete(q);
            for (Quad q : quads) if (wanted.contains(q)) dsg.add(q);
        });
        return wanted.size();
    }

    /** What to write for one article: its named graph and the quads. */
    public record ArticleWrite(Node graph, Consumer<StreamRDF> writer) {}

    /**
     * Replaces articles in one write transaction: each article's named graph, and in {@code sideGraph} what
     * was said there about the reports of its old version. Either all of them are written or none. Returns the quads written.
     * In {@code sharedGraph}, where every article says what it knows of its entities, a resource keeps the name it
     * was first given (another article's "JOSE MULLER" does not give Jose Muller a second name), and a resource that
     * the old versions named and nothing names any more is dropped, so that a changed article leaves no one behind.
     */
    public long replaceArticles(Node sideGraph, Node sharedGraph, List<ArticleWrite> articles) {
        List<List<Quad>> all = new ArrayList<>();
        long n = 0;
        for (ArticleWrite a : articles) {
            List<Quad> quads = new ArrayList<>();
            a.writer().accept(new CollectingStream(quads));
            all.add(quads);
            n += quads.size();
        }
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            Set<Node> named = new LinkedHashSet<>();
            for (int i = 0; i < articles.size(); i++) {
                Node g = articles.get(i).graph();
                dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                    if (q.getObject().isURI()) named.add(q.getObject());
                });
                dropSideStatements(dsg, sideGraph, g);
                dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                for (Quad q : all.get(i)) {
                    if (q.getGraph().equals(sharedGraph) && q.getPredicate().equals(NG.name) && hasOtherName(dsg, q)) continue;
                    dsg.add(q);
                }
            }
            for (Node e : named) {
                if (dsg.find(sharedGraph, e, Node.ANY, Node.ANY).hasNext() && !namedOutside(dsg, e, sharedGraph, sideGraph)) {
                    dsg.deleteAny(sharedGraph, e, Node.ANY, Node.ANY);
                }
            }
        });
        return n;
    }

    private static boolean hasOtherName(DatasetGraph dsg, Quad q) {
        var it = dsg.find(q.getGraph(), q.getSubject(), NG.name, Node.ANY);
        while (it.hasNext()) if (!it.next().getObject().equals(q.getObject())) return true;
        return false;
    }

    /** Whether a graph other than the shared ones still points at the resource. */
    private static boolean namedOutside(DatasetGraph dsg, Node e, Node sharedGraph, Node sideGraph) {
        var it = dsg.find(Node.ANY, Node.ANY, Node.ANY, e);
        while (it.hasNext()) {
            Node g = it.next().getGraph();
            if (!g.equals(sharedGraph) && !g.equals(sideGraph)) return true;
        }
        return false;
    }

    /**
     * Drops what the side graph says about the resources of an article's old version: the statements about
     * its reports, and the statements left with no report. Indexed look-ups only, never a scan.
     */
    private static void dropSideStatements(DatasetGraph dsg, Node sideGraph, Node articleGraph) {
        List<Node> reports = new ArrayList<>();
        dsg.find(articleGraph, Node.ANY, NG.type, NG.Report).forEachRemaining(q -> reports.add(q.getSubject()));
        java.util.Set<Node> statements = new java.util.HashSet<>();
        for (Node r : reports) {
            dsg.find(sideGraph, r, NG.reportOf, Node.ANY).forEachRemaining(q -> statements.add(q.getObject()));
            dsg.deleteAny(sideGraph, r, Node.ANY, Node.ANY);
        }
        for (Node st : statements) {
            if (!dsg.find(sideGraph, Node.ANY, NG.reportOf, st).hasNext()) dsg.deleteAny(sideGraph, st, Node.ANY, Node.ANY);
        }
    }

    /** The size of the store's files, in bytes. */
    public long diskBytes() {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    return 0; // a file of an old generation, deleted by a compaction meanwhile
                }
            }).sum();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    /**
     * Compacts the store when its files have grown to {@link #GROWTH} times their size after the last compaction
     * (or since it was opened): Jena's TDB2 compaction copies the live data into a new generation of files and
     * deletes the old one, while the store stays open. Returns whether it compacted. Called between write
     * transactions, so that the files stay within a constant factor of the data.
     */
    public boolean compactIfGrown() {
        return compactIfGrown(GROWTH, MIN_COMPACT_BYTES);
    }

    boolean compactIfGrown(double growth, long minBytes) {
        long now = diskBytes();
        if (now < Math.max(minBytes, growth * compactedBytes)) return false;
        DatabaseMgr.compact(dataset.asDatasetGraph(), true);
        compactedBytes = diskBytes();
        return true;
    }

    /**
     * The base of the IRIs the store was built with, read from the name of an article's graph
     * ({@code <base>graph/article/ID}), or null when it holds no article.
     */
    public String base() {
        return Txn.calculateRead(dataset, () -> {
            var it = dataset.asDatasetGraph().find(Node.ANY, Node.ANY, NG.type, NG.NewsArticle);
            while (it.hasNext()) {
                Node g = it.next().getGraph();
                if (!g.isURI()) continue;
                var m = ARTICLE_GRAPH.matcher(g.getURI());
                if (m.matches()) return m.group(1);
            }
            return null;
        });
    }

    private static final java.util.regex.Pattern ARTICLE_GRAPH = java.util.regex.Pattern.compile("(.*)graph/article/[^/]+");

    /** Whether the store holds no quad at all. */
    public boolean isEmpty() {
        return Txn.calculateRead(dataset, () -> !dataset.asDatasetGraph().find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).hasNext());
    }

    /** The number of quads in all named graphs. */
    public long size() {
        return Txn.calculateRead(dataset, () -> {
            long n = 0;
            var it = dataset.asDatasetGraph().find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        });
    }

    /** Closes the store and releases it, so that another process can open it. */
    @Override
    public void close() {
        DatasetGraph dsg = dataset.asDatasetGraph();
        dataset.close();
        TDBInternal.expel(dsg);
    }

    /** Collects quads emitted to a {@link StreamRDF}. */
    private static final class CollectingStream implements StreamRDF {
        private final List<Quad> out;

        CollectingStream(List<Quad> out) {
            this.out = out;
        }

        @Override public void start() {}
        @Override public void triple(org.apache.jena.graph.Triple t) {
            out.add(Quad.create(Quad.defaultGraphIRI, t));
        }
        @Override public void quad(Quad q) {
            out.add(q);
        }
        @Override public void base(String base) {}
        @Override public void prefix(String prefix, String iri) {}
        @Override public void finish() {}
    }
}
