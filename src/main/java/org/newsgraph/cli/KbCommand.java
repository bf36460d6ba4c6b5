package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.model.EntityType;
import org.newsgraph.link.KbImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kg kb}: the knowledge base used for linking. */
@Command(name = "kb", mixinStandardHelpOptions = true, description = "Manages the knowledge base used for linking.",
        subcommands = {KbCommand.Import.class})
public final class KbCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code kg kb import}. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Adds entities from Wikidata JSON dumps (array or one entity per line; .gz and .bz2 too; "
                    + "only persons, organisations, places and treaties are kept) and from Wikidata Query Service "
                    + "results (JSON, CSV or TSV with ?item ?itemLabel and optional ?altLabel ?description ?type). "
                    + "Later builds link against them.")
    public static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files to import.")
        List<Path> files;

        @Option(names = "--into", paramLabel = "FILE", description = "Knowledge-base file to add to (default: data/kb/imported.jsonl.gz).")
        Path into = LinkingOptions.IMPORTED;

        @Option(names = "--type", paramLabel = "TYPE", description = "Type of query-result rows without ?type: person, organization, place or treaty.")
        String type;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            EntityType t = type == null ? null : EntityType.valueOf(type.toUpperCase(Locale.ROOT).replace("ORGANISATION", "ORGANIZATION"));
            KbImporter.Result r = new KbImporter(t).importInto(files, into);
            r.problems().forEach(p -> spec.commandLine().getErr().println(p.line()));
            r.dropped().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(d ->
                    spec.commandLine().getErr().printf("dropped %d record%s %s: %s%s%n", d.getValue().count(), d.getValue().count() == 1 ? "" : "s",
                            d.getKey(), String.join(", ", d.getValue().examples()), d.getValue().count() > d.getValue().examples().size() ? ", …" : ""));
            out.printf("%d records read, %d entities kept; %s now holds %d entities%n", r.read(), r.kept(), into, r.total());
            out.flush();
            return r.problems().isEmpty() ? 0 : KgCommand.SOME_FAILED;
        }
    }
}
