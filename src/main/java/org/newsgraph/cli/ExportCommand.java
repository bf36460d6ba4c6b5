package org.newsgraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.system.Txn;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.TdbStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kg export}: the store as an RDF file. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the graph: ttl (all graphs merged, as Turtle with prefixes), nt (merged, N-Triples), trig and nq "
                + "(with the named graphs), jsonld (JSON-LD of the dataset). Without --format, the output file's extension decides.")
public final class ExportCommand implements Callable<Integer> {
    enum Format { ttl, nt, trig, nq, jsonld }

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "ttl, nt, trig, nq or jsonld (default: from the --output file's extension, else ttl).")
    Format format;

    @Option(names = "--output", paramLabel = "FILE", description = "File to write (default: standard output).")
    Path output;

    @Mixin
    BaseOption base;

    /** The format a file name asks for, as Jena's riot reads it, or null. */
    static Format byName(Path file) {
        String n = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (n.endsWith(".gz")) n = n.substring(0, n.length() - 3);
        if (n.endsWith(".ttl") || n.endsWith(".turtle")) return Format.ttl;
        if (n.endsWith(".nt")) return Format.nt;
        if (n.endsWith(".trig")) return Format.trig;
        if (n.endsWith(".nq")) return Format.nq;
        if (n.endsWith(".jsonld") || n.endsWith(".json")) return Format.jsonld;
        return null;
    }

    @Override
    public Integer call() throws IOException {
        Format f = format;
        if (f == null && output != null) {
            f = byName(output);
            if (f == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "cannot tell the format from " + output.getFileName()
                        + ": name it .ttl, .nt, .trig, .nq or .jsonld, or give --format");
            }
        }
        Format chosen = f == null ? Format.ttl : f;
        try (TdbStore s = TdbStore.open(store.existing())) {
            String iriBase = base.forStore(s).base(); // written as the prefix id:
            org.apache.jena.riot.system.PrefixMap prefixes = org.apache.jena.riot.system.Prefixes.adapt(NG.prefixes(iriBase));
            OutputStream os = output == null ? System.out : new BufferedOutputStream(Files.newOutputStream(output));
            if (output != null && output.getFileName().toString().endsWith(".gz")) os = new java.util.zip.GZIPOutputStream(os, 1 << 16);
            OutputStream out = os;
            try {
                Txn.executeRead(s.dataset(), () -> {
                    var dsg = s.datasetGraph();
                    switch (chosen) {
                        case ttl -> RDFDataMgr.write(out, new org.apache.jena.sparql.graph.GraphWrapper(dsg.getUnionGraph()) {
                            @Override
                            public org.apache.jena.shared.PrefixMapping getPrefixMapping() {
                                return NG.prefixes(iriBase);
                            }
                        }, RDFFormat.TURTLE_BLOCKS);
                        case nt -> RDFDataMgr.write(out, dsg.getUnionGraph(), RDFFormat.NTRIPLES);
                        case trig -> RDFDataMgr.write(out, new org.apache.jena.sparql.core.DatasetGraphWrapper(dsg) {
                            @Override
                            public org.apache.jena.riot.system.PrefixMap prefixes() {
                                return prefixes;
                            }
                        }, RDFFormat.TRIG_BLOCKS);
                        case nq -> RDFDataMgr.write(out, dsg, RDFFormat.NQUADS);
                        case jsonld -> RDFDataMgr.write(out, dsg, RDFFormat.JSONLD);
                    }
                });
            } finally {
                out.flush();
                if (output != null) out.close();
            }
        }
        return 0;
    }
}
