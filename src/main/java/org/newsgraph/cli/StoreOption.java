package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code --store DIR}: the TDB2 store, shared by the commands that read or write it. */
public final class StoreOption {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "data/store",
            description = "TDB2 store directory (default: ${DEFAULT-VALUE}).")
    Path store;

    /** The store directory, which must already hold a store. */
    Path existing() {
        if (!Files.isDirectory(store)) {
            throw new ParameterException(spec.commandLine(), "no store at " + store + " (build one with: kg build INPUT... --store " + store + ")");
        }
        if (!org.newsgraph.store.TdbStore.holdsStore(store)) {
            throw new ParameterException(spec.commandLine(), store + " is a directory, but not a store: nothing is written in it "
                    + "(build one with: kg build INPUT... --store DIR)");
        }
        return store;
    }
}
