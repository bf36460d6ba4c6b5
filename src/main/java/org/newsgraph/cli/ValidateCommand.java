package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.system.Txn;
import org.newsgraph.store.GraphValidator;
import org.newsgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kg validate}: SHACL report of the store. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks the whole graph against ontology/shapes.ttl (SHACL) and prints the report; exit 1 if it does not conform.")
public final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        GraphValidator v = new GraphValidator();
        try (TdbStore s = TdbStore.open(store.existing())) {
            ValidationReport r = Txn.calculateRead(s.dataset(), () -> v.validate(s.datasetGraph().getUnionGraph()));
            if (r.conforms()) {
                out.println("conforms: the graph passes every shape of ontology/shapes.ttl");
                out.flush();
                return 0;
            }
            out.println("does not conform: " + r.getEntries().size() + " violations");
            var buf = new java.io.ByteArrayOutputStream();
            ShLib.printReport(buf, r);
            out.print(buf.toString(java.nio.charset.StandardCharsets.UTF_8));
            out.flush();
            return KgCommand.SOME_FAILED;
        }
    }

}
