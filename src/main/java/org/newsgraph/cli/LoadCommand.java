package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.build.ShardLoader;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kg load}: N-Quads shards into the store. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Loads the shards of kg extract into the store: with Jena's TDB2 bulk loader into an empty store, "
                + "else article by article in transactions; then groups statements.")
public final class LoadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "Directory of shards (.nq or .nq.gz).")
    Path dir;

    @Mixin
    StoreOption store;

    @Mixin
    BaseOption base;

    @Override
    public Integer call() throws Exception {
        try (TdbStore s = TdbStore.open(store.store)) {
            ShardLoader.Result r = new ShardLoader(base.forStore(s)).load(dir, s);
            spec.commandLine().getOut().printf("%d quads loaded (%s) in %.1f s%n", r.quads(), r.bulk() ? "bulk loader, empty store" : "transactions", r.seconds());
        }
        spec.commandLine().getOut().flush();
        return 0;
    }
}
