package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.build.BuildSummary;
import org.newsgraph.build.GraphBuilder;
import org.newsgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kg up}: build, then serve. */
@Command(name = "up", mixinStandardHelpOptions = true,
        description = "Builds the graph from INPUT (default: seeds) into the store, then serves it: kg build --prune, then kg serve.")
public final class UpCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Mixin
    ServeCommand.ServerOptions server;

    @Mixin
    BaseOption base;

    @Mixin
    LinkingOptions linking;

    @picocli.CommandLine.Option(names = "--keep-others", description = "Keep the store's articles that are not among the inputs "
            + "(without it, kg up serves exactly its inputs: the articles of earlier inputs, such as the seeds, are removed).")
    boolean keepOthers;

    @Parameters(paramLabel = "INPUT", arity = "0..*", defaultValue = "seeds", description = "Inputs (default: ${DEFAULT-VALUE}).")
    List<String> inputs;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        server.config(spec); // refuse bad options before building
        BuildSummary s = BuildCommand.run(inputs, store.store, base, linking,
                Runtime.getRuntime().availableProcessors(), false, !keepOthers, GraphBuilder.BATCH_QUADS, spec.commandLine().getErr());
        out.println(s.line());
        out.flush();
        TdbStore st = TdbStore.open(store.store);
        ServeCommand.serve(st, base.forStore(st), server, linking, spec);
        return 0;
    }
}
