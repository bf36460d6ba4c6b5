package org.newsgraph.serve;

import java.util.Objects;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.newsgraph.rdf.Iris;
import org.newsgraph.web.GraphSite;

/**
 * The SPARQL endpoint and the site: embedded Fuseki serving a dataset at {@code /kg} ({@code /kg/sparql},
 * {@code /kg/query}, {@code /kg/get}) and the pages of {@link GraphSite}, bound to the loopback interface
 * unless told otherwise, with a query time limit and a limit on result rows. Read-only unless updates are allowed, and then only to one authenticated user
 * ({@code /kg/update}, {@code /kg/data}).
 */
public final class SparqlServer implements AutoCloseable {
    public static final String DATASET = "/kg";
    /**
     * Response buffer per request. Fuseki asks Jetty for 5 MB, more than Jetty's buffer pool keeps, so every request
     * allocated and zeroed a fresh 5 MB direct buffer: about 7 ms of CPU even for {@code ASK {}}. 64 KB is the largest
     * size the default pool reuses; longer results stream in chunks.
     */
    static final int OUTPUT_BUFFER_BYTES = 64 * 1024;
    private final FusekiServer server;
    private final String host;

    /**
     * How the endpoint runs.
     *
     * @param host          address to listen on; 127.0.0.1 or localhost bind to loopback only
     * @param port          port, 0 for a free one
     * @param timeoutMillis queries running longer are stopped
     * @param maxRows       SELECT results are cut at this many rows
     * @param updateUser    the one user allowed to update, or null for a read-only endpoint
     * @param passwordFile  Jetty password file holding that user's password, with {@code updateUser}
     */
    public record Config(String host, int port, long timeoutMillis, long maxRows, String updateUser, String passwordFile, String base) {
        public Config {
            Objects.requireNonNull(host);
            Objects.requireNonNull(base);
            if ((updateUser == null) != (passwordFile == null)) throw new IllegalArgumentException("updates need a user and a password");
        }

        public Config(String host, int port, long timeoutMillis, long maxRows, String updateUser, String passwordFile) {
            this(host, port, timeoutMillis, maxRows, updateUser, passwordFile, Iris.DEFAULT_BASE);
        }

        public static Config readOnly(String host, int port) {
            return new Config(host, port, 30_000, 100_000, null, null);
        }

        public boolean loopback() {
            return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
        }
    }

    private SparqlServer(FusekiServer server, String host) {
        this.server = server;
        this.host = host;
    }

    public static SparqlServer start(DatasetGraph dsg, Config c) {
        Objects.requireNonNull(dsg);
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(c.timeoutMillis()));
        DataService.Builder service = DataService.newBuilder(dsg)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.Query)
                .addEndpoint(Operation.GSP_R, "get");
        FusekiServer.Builder b = FusekiServer.create()
                .port(c.port())
                .enablePing(true)
                .registerOperation(Operation.Query, new LimitedQuery(c.maxRows()));
        if (c.updateUser() != null) {
            AuthPolicy writer = Auth.policyAllowSpecific(c.updateUser());
            service.addEndpoint(Operation.Update, "update", writer).addEndpoint(Operation.GSP_RW, "data", writer);
            b.passwordFile(c.passwordFile());
        }
        b.add(DATASET, service);
        GraphSite site = new GraphSite(dsg, c.base());
        for (String path : GraphSite.PATHS) b.addServlet(path, site);
        if (c.loopback()) b.loopback(true);
        FusekiServer s = b.build();
        for (Connector connector : s.getJettyServer().getConnectors()) {
            HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) http.getHttpConfiguration().setOutputBufferSize(OUTPUT_BUFFER_BYTES);
        }
        s.start();
        return new SparqlServer(s, c.host().contains(":") ? "[" + c.host() + "]" : c.host());
    }

    public int port() {
        return server.getHttpPort();
    }

    /** The home page's URL. */
    public String homeUrl() {
        return baseUrl() + "/";
    }

    /** The query endpoint's URL. */
    public String sparqlUrl() {
        return "http://" + host + ":" + port() + DATASET + "/sparql";
    }

    public String baseUrl() {
        return "http://" + host + ":" + port();
    }

    public void join() {
        server.join();
    }

    @Override
    public void close() {
        server.stop();
    }

    /** SPARQL query processing that cuts SELECT results at a number of rows. */
    static final class LimitedQuery extends SPARQL_QueryDataset {
        private final long maxRows;

        LimitedQuery(long maxRows) {
            this.maxRows = maxRows;
        }

        @Override
        protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
            Pair<DatasetGraph, Query> p = super.decideDataset(action, query, queryStringLog);
            Query q = p.getRight();
            if (q.isSelectType() && (!q.hasLimit() || q.getLimit() > maxRows)) {
                q = q.cloneQuery();
                q.setLimit(maxRows);
            }
            return Pair.create(p.getLeft(), q);
        }
    }
}
