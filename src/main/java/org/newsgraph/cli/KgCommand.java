package org.newsgraph.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kg}: the newsgraph command line. */
@Command(name = "kg",
        mixinStandardHelpOptions = true,
        versionProvider = ManifestVersionProvider.class,
        description = "Builds a knowledge graph of people, organisations, places, treaties and quotes from news "
                + "articles, links it to Wikidata and serves it over SPARQL.",
        subcommands = {UpCommand.class, BuildCommand.class, ServeCommand.class, RemoveCommand.class, QueryCommand.class, ExportCommand.class,
                ValidateCommand.class, StatsCommand.class, StatementsCommand.class, EvalCommand.class, ExtractCommand.class, LoadCommand.class, BenchCommand.class,
                LinkCommand.class, TrainCommand.class,
                KbCommand.class,
                CommandLine.HelpCommand.class})
public final class KgCommand implements Runnable {
    /** Exit code when some inputs were skipped. */
    public static final int SOME_FAILED = 1;
    /** Exit code for a usage error. */
    public static final int USAGE = 2;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new KgCommand());
        cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : SOME_FAILED);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            PrintWriter err = cmd.getErr();
            err.println(cmd.getCommandSpec().qualifiedName() + ": " + Failures.describe(ex)); // "kg kb import", not "kg import"
            return SOME_FAILED;
        });
        return cl;
    }

    public static void main(String[] args) {
        org.apache.jena.sys.JenaSystem.init();
        int code;
        try {
            code = commandLine().execute(args);
        } catch (Throwable t) { // an Error from below the command (a write to a mapped file of a full disk): one line too
            System.err.println("kg: " + Failures.describe(t));
            code = SOME_FAILED;
        }
        System.exit(code);
    }
}
