package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.newsgraph.store.GraphCounts;
import org.newsgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kg stats}: what the store holds. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Counts articles, entities by type, quotes, statements, Wikidata links and quads.")
public final class StatsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Mixin
    EndpointOption endpoint;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (endpoint.given()) {
            GraphCounts.of(endpoint.url(spec), true).forEach((k, n) -> out.printf("%-16s %d%n", k, n));
            out.flush();
            return 0;
        }
        try (TdbStore s = TdbStore.open(store.existing())) {
            GraphCounts.of(s.datasetGraph(), true).forEach((k, n) -> out.printf("%-16s %d%n", k, n));
        }
        out.flush();
        return 0;
    }
}
