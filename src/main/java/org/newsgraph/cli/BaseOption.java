package org.newsgraph.cli;

import org.newsgraph.rdf.Iris;
import org.newsgraph.store.TdbStore;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --base IRI}: the base of the IRIs minted for articles, entities and statements, shared by every command
 * that mints or serves them. A store remembers the base it was built with, so only the first build needs it.
 */
public final class BaseOption {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--base", paramLabel = "IRI", description = "Base of the IRIs minted for articles, entities and statements; "
            + "<base>X is served at /id/X (default: the base the store was built with, else " + Iris.DEFAULT_BASE + ").")
    String base;

    /** The base asked for, or the default: for commands without a store. */
    Iris iris() {
        return make(base == null ? Iris.DEFAULT_BASE : base);
    }

    /**
     * The base for a store: the one it was built with, which an explicit {@code --base} must match (one store, one
     * base, or its IRIs would not resolve); the asked-for or default base for a store without articles.
     */
    Iris forStore(TdbStore store) {
        String built = store.base();
        if (built == null) return iris();
        if (base != null && !base.equals(built)) {
            throw new ParameterException(spec.commandLine(), "the store in " + store.dir() + " was built with --base " + built
                    + ", not " + base + ": leave --base out, or use another --store");
        }
        return make(built);
    }

    private Iris make(String b) {
        try {
            return new Iris(b);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--base: " + e.getMessage());
        }
    }
}
