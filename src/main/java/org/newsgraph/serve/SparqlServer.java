package org.newsgraph.serve;

import java.util.Objects;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The read-only SPARQL endpoint: embedded Fuseki serving a dataset at {@code /kg} ({@code /kg/sparql},
 * {@code /kg/query}, {@code /kg/get}), bound to the loopback interface unless told otherwise.
 */
public final class SparqlServer implements AutoCloseable {
    public static final String DATASET = "/kg";
    private final FusekiServer server;
    private final String host;

    private SparqlServer(FusekiServer server, String host) {
        this.server = server;
        this.host = host;
    }

    /**
     * Starts a server. Port 0 picks a free port.
     *
     * @param timeoutMillis queries running longer are stopped
     */
    public static SparqlServer start(DatasetGraph dsg, String host, int port, long timeoutMillis) {
        Objects.requireNonNull(dsg);
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(timeoutMillis));
        FusekiServer.Builder b = FusekiServer.create()
                .port(port)
                .add(DATASET, dsg, false)
                .enablePing(true);
        if ("127.0.0.1".equals(host) || "localhost".equals(host)) {
            b.loopback(true);
        }
        FusekiServer s = b.build();
        s.start();
        return new SparqlServer(s, host);
    }

    public int port() {
        return server.getHttpPort();
    }

    /** The query endpoint's URL. */
    public String sparqlUrl() {
        return "http://" + host + ":" + port() + DATASET + "/sparql";
    }

    public void join() {
        server.join();
    }

    @Override
    public void close() {
        server.stop();
    }
}
