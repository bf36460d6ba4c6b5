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
import org.newsgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kg export}: the store as an RDF file. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the graph: ttl (all graphs merged, as Turtle), trig and nq (with the named graphs), "
                + "jsonld (JSON-LD of the dataset).")
public final class ExportCommand implements Callable<Integer> {
    enum Format { ttl, trig, nq, jsonld }

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "ttl", description = "ttl, trig, nq or jsonld (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--output", paramLabel = "FILE", description = "File to write (default: standard output).")
    Path output;

    @Override
    public Integer call() throws IOException {
        try (TdbStore s = TdbStore.open(store.existing())) {
            OutputStream os = output == null ? System.out : new BufferedOutputStream(Files.newOutputStream(output));
            try {
                Txn.executeRead(s.dataset(), () -> {
                    var dsg = s.datasetGraph();
                    switch (format) {
                        case ttl -> RDFDataMgr.write(os, dsg.getUnionGraph(), RDFFormat.TURTLE_BLOCKS);
                        case trig -> RDFDataMgr.write(os, dsg, RDFFormat.TRIG_BLOCKS);
                        case nq -> RDFDataMgr.write(os, dsg, RDFFormat.NQUADS);
                        case jsonld -> RDFDataMgr.write(os, dsg, RDFFormat.JSONLD);
                    }
                });
            } finally {
                os.flush();
                if (output != null) os.close();
            }
        }
        return 0;
    }
}
