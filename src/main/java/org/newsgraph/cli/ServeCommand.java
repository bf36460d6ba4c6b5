package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.newsgraph.serve.SparqlServer;
import org.newsgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kg serve}: the store over SPARQL, read-only. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the store read-only over SPARQL at http://HOST:PORT/kg/sparql until Ctrl-C.")
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Mixin
    ServerOptions server;

    @Override
    public Integer call() throws InterruptedException {
        serve(TdbStore.open(store.existing()), server, spec.commandLine().getOut());
        return 0;
    }

    /** Starts the server, prints how to reach it and waits until the process is stopped. */
    static void serve(TdbStore store, ServerOptions opts, PrintWriter out) throws InterruptedException {
        SparqlServer s = SparqlServer.start(store.datasetGraph(), opts.host, opts.port, opts.timeoutSeconds * 1000L);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            s.close();
            store.close();
        }, "kg-stop"));
        out.println("SPARQL endpoint: " + s.sparqlUrl());
        out.println("Try: curl -s " + s.sparqlUrl() + " --data-urlencode 'query=SELECT ?name ?wikidata WHERE { ?e <https://schema.org/name> ?name ; "
                + "<https://w3id.org/newsgraph/ontology#wikidataId> ?wikidata } LIMIT 10' -H 'Accept: text/csv'");
        out.println("Stop with Ctrl-C.");
        out.flush();
        s.join();
    }

    /** Where and how the endpoint listens. */
    static final class ServerOptions {
        @Option(names = "--port", paramLabel = "N", defaultValue = "3030", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
        int port;

        @Option(names = "--host", paramLabel = "ADDR", defaultValue = "127.0.0.1",
                description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
        String host;

        @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30", description = "Query time limit (default: ${DEFAULT-VALUE}).")
        int timeoutSeconds;
    }
}
