package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.newsgraph.build.BuildSummary;
import org.newsgraph.build.GraphBuilder;
import org.newsgraph.build.StoreTarget;
import org.newsgraph.ingest.Inputs;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.RdfMapper;
import org.newsgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kg build}: articles into the store. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Reads articles (plain text, HTML, JSON Lines; files, directories, or - for standard input), "
                + "extracts entities and quotes, and writes one named graph per article into the store. "
                + "Unchanged articles are skipped; a changed one replaces its graph.")
public final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Mixin
    LinkingOptions linking;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files or directories to read; - reads standard input.")
    List<String> inputs;

    @Mixin
    BaseOption base;

    @Option(names = "--force", description = "Rebuild articles even when unchanged.")
    boolean force;

    @Option(names = "--prune", description = "Then remove from the store every article the inputs no longer hold (a file "
            + "deleted, a line gone from a feed), so that the store mirrors the inputs; the entities only they mentioned go too.")
    boolean prune;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--commit-quads", paramLabel = "N", defaultValue = "" + GraphBuilder.BATCH_QUADS,
            description = "Quads written per transaction: fewer, larger transactions write faster; smaller ones show "
                    + "articles sooner and lose less to a crash (default: ${DEFAULT-VALUE}).")
    int commitQuads;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BuildSummary s = run(inputs, store.store, base, linking, threads, force, prune, commitQuads, err);
        out.println(s.line());
        out.flush();
        return s.problems().isEmpty() ? 0 : KgCommand.SOME_FAILED;
    }

    /** Builds and prints each problem on {@code err} as one line; shared with {@code kg up}. */
    static BuildSummary run(List<String> inputs, Path storeDir, BaseOption base, LinkingOptions linking, int threads,
                            boolean force, boolean prune, int commitQuads, PrintWriter err) {
        base.iris(); // a bad base is refused before anything is read or created
        boolean fresh = !TdbStore.holdsStore(storeDir);
        boolean dirBefore = java.nio.file.Files.isDirectory(storeDir);
        BuildSummary summary = build(inputs, storeDir, base, linking, threads, force, prune, commitQuads, err);
        if (fresh && summary.written() == 0 && summary.unread() == 0 && summary.unchanged() == 0) {
            // nothing readable: no empty store is left behind (an empty directory given for it stays, empty)
            deleteStore(storeDir, dirBefore);
        }
        return summary;
    }

    private static void deleteStore(Path dir, boolean keepDir) {
        if (!java.nio.file.Files.isDirectory(dir)) return;
        try (java.util.stream.Stream<Path> all = java.nio.file.Files.walk(dir)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (keepDir && p.equals(dir)) continue;
                java.nio.file.Files.deleteIfExists(p);
            }
        } catch (java.io.IOException e) {
            // an empty store left behind is harmless; the summary says nothing was built
        }
    }

    private static BuildSummary build(List<String> inputs, Path storeDir, BaseOption base, LinkingOptions linking, int threads,
                                      boolean force, boolean prune, int commitQuads, PrintWriter err) {
        if (!TdbStore.holdsStore(storeDir)) {
            // nothing to read: say so, and leave no empty store behind
            List<org.newsgraph.ingest.Problem> early = new java.util.ArrayList<>();
            if (new Inputs().files(inputs, early::add).isEmpty()) {
                early.forEach(p -> err.println(p.line()));
                err.flush();
                return new BuildSummary(0, 0, 0, early.stream().filter(p -> !p.warning()).toList(), 0, 0, 0, 0, 0);
            }
        }
        try (TdbStore store = TdbStore.open(storeDir)) {
            Iris iris = base.forStore(store);
            GraphBuilder builder = new GraphBuilder(linking.pipelines(), new RdfMapper(iris, linking.models()), threads, force, commitQuads);
            StoreTarget target = new StoreTarget(store, iris, prune);
            if (System.console() == null) {
                return builder.build(inputs, target, GraphBuilder.Progress.NONE, p -> {
                    err.println(p.line());
                    err.flush();
                });
            }
            int files = new Inputs().files(inputs, p -> { }).size();
            try (ProgressBar bar = new ProgressBarBuilder().setTaskName("build").setInitialMax(files)
                    .setStyle(ProgressBarStyle.ASCII).setUnit(" files", 1).build()) {
                GraphBuilder.Progress progress = new GraphBuilder.Progress() {
                    @Override
                    public void fileDone(Path file) {
                        bar.step();
                    }

                    @Override
                    public void grouped(int done, int total) {
                        // the files are read: the bar now counts the speakers whose statements are regrouped
                        if (done == 0) bar.setExtraMessage(" grouping statements").maxHint(Math.max(1, total)).stepTo(0);
                        else bar.stepTo(done);
                    }
                };
                return builder.build(inputs, target, progress, p -> {
                    err.println(p.line());
                    err.flush();
                });
            }
        }
    }
}
