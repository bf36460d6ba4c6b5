package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.newsgraph.build.GraphBuilder;
import org.newsgraph.build.SettledFiles;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.RdfMapper;
import org.newsgraph.serve.SparqlServer;
import org.newsgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kg serve}: the store over SPARQL. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the store over SPARQL at http://HOST:PORT/kg/sparql until Ctrl-C: read-only, on this machine "
                + "only, unless told otherwise. With --watch DIR it also builds articles added to DIR while it serves.")
public final class ServeCommand implements Callable<Integer> {
    /** Environment variables that give the update user's name and password. */
    static final String USER_ENV = "KG_UPDATE_USER";
    static final String PASSWORD_ENV = "KG_UPDATE_PASSWORD";

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Mixin
    ServerOptions server;

    @Mixin
    BaseOption base;

    @Mixin
    LinkingOptions linking;

    @Override
    public Integer call() throws InterruptedException {
        server.config(spec); // refuse bad options before the store is opened
        TdbStore s = TdbStore.open(store.existing());
        Iris iris;
        try {
            iris = base.forStore(s);
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
        serve(s, iris, server, linking, spec);
        return 0;
    }

    /** Starts the server, prints how to reach it and waits until the process is stopped. */
    static void serve(TdbStore store, Iris iris, ServerOptions opts, LinkingOptions linking, CommandSpec spec) throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SparqlServer.Config config = opts.config(spec).withBase(iris.base());
        if (!config.loopback()) {
            err.println("warning: listening on " + config.host() + ": other machines can reach this endpoint");
            err.flush();
        }
        SparqlServer s = SparqlServer.start(store.datasetGraph(), config);
        ScheduledExecutorService watcher = null;
        if (opts.watch != null) {
            watcher = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "kg-watch");
                t.setDaemon(true);
                return t;
            });
            GraphBuilder builder = new GraphBuilder(linking.pipelines(), new RdfMapper(iris, linking.models()), 1, false);
            String dir = opts.watch.toString();
            // a file still being copied in, or that stalled, waits until it has stayed untouched long enough
            SettledFiles settled = new SettledFiles(opts.watchSettleSeconds * 1000L, System::currentTimeMillis);
            var once = new org.newsgraph.build.OncePerChange(opts.watch, p -> err.println(p.line())); // a bad file is named once per change
            watcher.scheduleWithFixedDelay(() -> {
                try {
                    var summary = builder.build(List.of(dir), store, once, settled);
                    if (summary.written() > 0) out.println("watch: " + summary.line());
                    out.flush();
                    err.flush();
                } catch (RuntimeException e) {
                    err.println("watch: build failed: " + e.getMessage());
                    err.flush();
                }
            }, 0, opts.watchSeconds, TimeUnit.SECONDS);
        }
        ScheduledExecutorService w = watcher;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (w != null) w.shutdownNow();
            s.close();
            store.close();
        }, "kg-stop"));
        out.println("Browse: " + s.homeUrl());
        out.println("SPARQL endpoint: " + s.sparqlUrl() + (config.updateUser() != null ? " (updates: " + s.baseUrl() + "/kg/update, user " + config.updateUser() + ")" : " (read-only)"));
        out.println("Try: curl -s " + s.sparqlUrl() + " --data-urlencode 'query=SELECT ?name ?wikidata WHERE { ?e <https://schema.org/name> ?name ; "
                + "<https://w3id.org/newsgraph/ontology#wikidataId> ?wikidata } LIMIT 10' -H 'Accept: text/csv'");
        out.println("Stop with Ctrl-C.");
        out.flush();
        s.join();
    }

    /** Where and how the endpoint listens, and who may change it. */
    static final class ServerOptions {
        @Option(names = "--port", paramLabel = "N", defaultValue = "3030", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
        int port;

        @Option(names = "--host", paramLabel = "ADDR", defaultValue = "127.0.0.1",
                description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; another address is warned about).")
        String host;

        @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30", description = "Query time limit (default: ${DEFAULT-VALUE}).")
        int timeoutSeconds;

        @Option(names = "--max-rows", paramLabel = "N", defaultValue = "100000", description = "Most rows a SELECT returns (default: ${DEFAULT-VALUE}).")
        long maxRows;

        @Option(names = "--allow-update", description = "Accept SPARQL Update and graph-store writes from one user, whose name and "
                + "password come from --password-file or the environment variables " + USER_ENV + " and " + PASSWORD_ENV + ".")
        boolean allowUpdate;

        @Option(names = "--password-file", paramLabel = "FILE", description = "File whose first line is user:password, for --allow-update.")
        Path passwordFile;

        @Option(names = "--watch", paramLabel = "DIR", description = "Build articles added or changed in DIR while serving.")
        Path watch;

        @Option(names = "--watch-interval", paramLabel = "SECONDS", defaultValue = "5", description = "How often --watch looks (default: ${DEFAULT-VALUE}).")
        int watchSeconds;

        @Option(names = "--watch-settle", paramLabel = "SECONDS", defaultValue = "30", description = "How long a file must stay "
                + "untouched before --watch builds it, so that a copy that stalls is not built half; a file moved in whole is "
                + "older and is built at once (default: ${DEFAULT-VALUE}).")
        int watchSettleSeconds;

        @Option(names = "--allow-service", description = "Let queries call other endpoints with SERVICE (off: a read-only endpoint "
                + "would fetch any URL for any client).")
        boolean allowService;

        @Option(names = "--allow-load", description = "Let SPARQL Update LOAD from URLs and local files (off: it reads any file the "
                + "server can).")
        boolean allowLoad;

        @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "4194304",
                description = "Longest request body; longer ones are refused with 413 (default: ${DEFAULT-VALUE}, 4 MB).")
        long maxBody;

        private SparqlServer.Config config;

        SparqlServer.Config config(CommandSpec spec) {
            if (maxBody <= 0) throw new ParameterException(spec.commandLine(), "--max-body must be a positive number of bytes");
            if (config == null) config = makeConfig(spec).withMaxBody(maxBody);
            return config;
        }

        private SparqlServer.Config makeConfig(CommandSpec spec) {
            if (!allowUpdate) return new SparqlServer.Config(host, port, timeoutSeconds * 1000L, maxRows, null, null, Iris.DEFAULT_BASE, allowService, allowLoad);
            String user;
            String password;
            try {
                if (passwordFile != null) {
                    String line = Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream().findFirst().orElse("");
                    int colon = line.indexOf(':');
                    if (colon <= 0) throw new ParameterException(spec.commandLine(), passwordFile + ": first line must be user:password");
                    user = line.substring(0, colon).strip();
                    password = line.substring(colon + 1); // literally: commas, backslashes, "MD5:" and spaces are part of it
                } else {
                    user = System.getenv(USER_ENV);
                    password = System.getenv(PASSWORD_ENV);
                }
                if (user == null || user.isBlank() || password == null || password.isBlank()) {
                    throw new ParameterException(spec.commandLine(), "--allow-update needs a user and password: --password-file FILE or "
                            + USER_ENV + " and " + PASSWORD_ENV);
                }
            } catch (IOException e) {
                throw new ParameterException(spec.commandLine(), "cannot read credentials: " + e.getMessage());
            }
            return new SparqlServer.Config(host, port, timeoutSeconds * 1000L, maxRows, user, password, Iris.DEFAULT_BASE, allowService, allowLoad);
        }
    }
}
