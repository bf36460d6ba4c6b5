package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.bench.Benchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kg bench}: performance figures, each with its baseline from the same run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Generates synthetic news corpora and measures extraction, build, store writes against Jena's "
                + "TDB2 bulk loader, rebuilds, memory, and query latency against kg serve with 1, 4 and 16 clients.")
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--sizes", paramLabel = "N,N", split = ",", defaultValue = "1000",
            description = "Corpus sizes in articles (default: ${DEFAULT-VALUE}; the full run is 1000,10000,100000).")
    List<Integer> sizes;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "data/bench", description = "Working directory (default: ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--query-triples", paramLabel = "N", defaultValue = "1000000",
            description = "Smallest store for the query runs (default: ${DEFAULT-VALUE}).")
    long queryTriples;

    @Option(names = "--query-seconds", paramLabel = "S", defaultValue = "10", description = "Length of each query run (default: ${DEFAULT-VALUE}).")
    int querySeconds;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON (default: WORK/results.json).")
    Path jsonFile;

    @Override
    public Integer call() throws Exception {
        Files.createDirectories(work);
        Benchmark b = new Benchmark(work, spec.commandLine().getOut());
        var root = b.run(sizes, queryTriples, querySeconds);
        b.print(root);
        Path f = jsonFile != null ? jsonFile : work.resolve("results.json");
        Files.writeString(f, b.json().writerWithDefaultPrettyPrinter().writeValueAsString(root));
        spec.commandLine().getOut().println("figures written to " + f);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
