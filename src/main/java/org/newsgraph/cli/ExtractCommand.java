package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.build.BuildSummary;
import org.newsgraph.build.GraphBuilder;
import org.newsgraph.build.ShardTarget;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.RdfMapper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kg extract}: articles to N-Quads shards, with no store. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extracts articles into gzipped N-Quads shards (part-00000.nq.gz, ...) with no store, for "
                + "kg load or for loading elsewhere; each shard holds whole articles.")
public final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files or directories to read; - reads standard input.")
    List<String> inputs;

    @Option(names = "--output", paramLabel = "DIR", required = true, description = "Directory for the shards.")
    Path output;

    @Option(names = "--per-shard", paramLabel = "N", defaultValue = "1000", description = "Articles per shard (default: ${DEFAULT-VALUE}).")
    int perShard;

    @Mixin
    BaseOption base;

    @Mixin
    LinkingOptions linking;

    @Override
    public Integer call() throws Exception {
        GraphBuilder b = new GraphBuilder(linking.pipelines(), new RdfMapper(base.iris(), linking.models()), Runtime.getRuntime().availableProcessors(), true);
        BuildSummary s;
        try (ShardTarget t = new ShardTarget(output, perShard)) {
            s = b.build(inputs, t, GraphBuilder.Progress.NONE, p -> spec.commandLine().getErr().println(p.line()));
        }
        spec.commandLine().getOut().println(s.line().replace("built", "extracted") + "; shards in " + output);
        spec.commandLine().getOut().flush();
        return s.problems().isEmpty() ? 0 : KgCommand.SOME_FAILED;
    }
}
