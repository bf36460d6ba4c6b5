package org.newsgraph.build;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.riot.RDFFormat;
import org.newsgraph.ingest.Article;

/**
 * Gzipped N-Quads shards in a directory ({@code part-00000.nq.gz}, …), a fixed number of articles each:
 * extraction with no store, for loading with {@code kg load} or for running as map tasks elsewhere.
 */
public final class ShardTarget implements Target, AutoCloseable {
    private final Path dir;
    private final int articlesPerShard;
    private int shard = -1;
    private int inShard;
    private OutputStream os;
    private StreamRDF out;
    private final java.util.Set<org.apache.jena.graph.Node> named = new java.util.HashSet<>();

    public ShardTarget(Path dir, int articlesPerShard) throws IOException {
        this.dir = Files.createDirectories(dir);
        this.articlesPerShard = articlesPerShard;
    }

    @Override
    public boolean isCurrent(Article a, String contentHash) {
        return false;
    }

    @Override
    public String sourceWithText(Article a) {
        return null;
    }

    @Override
    public long write(List<Article> articles, List<Consumer<StreamRDF>> writers) {
        long[] n = {0};
        for (Consumer<StreamRDF> w : writers) {
            if (out == null || inShard >= articlesPerShard) next();
            w.accept(new org.apache.jena.riot.system.StreamRDFWrapper(out) {
                @Override
                public void quad(org.apache.jena.sparql.core.Quad q) {
                    // a resource keeps the first name the build gives it, as in a store
                    if (q.getPredicate().equals(org.newsgraph.rdf.NG.name) && !named.add(q.getSubject())) return;
                    n[0]++;
                    super.quad(q);
                }
            });
            inShard++;
        }
        return n[0];
    }

    private void next() {
        try {
            close();
            shard++;
            inShard = 0;
            os = new GZIPOutputStream(Files.newOutputStream(dir.resolve(String.format("part-%05d.nq.gz", shard))), 1 << 16);
            out = StreamRDFWriter.getWriterStream(os, RDFFormat.NQUADS);
            out.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public int finish(boolean anyWritten, java.util.Set<String> present, org.newsgraph.statements.StatementConsolidator.Progress progress) {
        close();
        return 0;
    }

    @Override
    public void close() {
        if (out == null) return;
        out.finish();
        try {
            os.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out = null;
    }
}
