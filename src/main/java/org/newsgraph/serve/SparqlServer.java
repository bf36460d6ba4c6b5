package org.newsgraph.serve;

import java.util.Objects;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.eclipse.jetty.security.UserStore;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.security.Password;
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

    /** Queries run at once, at most; each client address may hold half of them. */
    static final int QUERY_PLACES = Math.max(8, 4 * Runtime.getRuntime().availableProcessors());
    /** A request whose body arrives slower than this many bytes a second is cut off. */
    static final long MIN_REQUEST_BYTES_PER_SECOND = 1024;
    /** Threads serving requests: a client holding some (a slow upload holds one) leaves the others plenty. */
    static final int SERVER_THREADS = 256;
    /** The largest request body by default: a SPARQL query or update is far smaller; uploads of data go through kg build. */
    public static final long DEFAULT_MAX_BODY = 4L * 1024 * 1024;
    /** Open connections one client address may hold; more are closed as they open. */
    static final int CONNECTIONS_PER_CLIENT = 32;
    /** A connection silent this long is closed. */
    static final long IDLE_MILLIS = 30_000;

    /**
     * How the endpoint runs.
     *
     * @param host          address to listen on, and only on it
     * @param port          port, 0 for a free one
     * @param timeoutMillis queries running longer are stopped, whatever their form
     * @param maxRows       results are cut at this many solutions, whatever their form
     * @param updateUser    the one user allowed to update, or null for a read-only endpoint
     * @param password      that user's password, taken literally, with {@code updateUser}; kept in memory only
     * @param allowService  whether SERVICE may call other endpoints (federated queries)
     * @param allowLoad     whether SPARQL Update may LOAD from URLs and files
     * @param maxBodyBytes  a request whose body is longer is refused with 413 before anything reads it whole
     */
    public record Config(String host, int port, long timeoutMillis, long maxRows, String updateUser, String password, String base,
                         boolean allowService, boolean allowLoad, long maxBodyBytes) {
        public Config {
            Objects.requireNonNull(host);
            Objects.requireNonNull(base);
            if ((updateUser == null) != (password == null)) throw new IllegalArgumentException("updates need a user and a password");
            if (maxBodyBytes <= 0) throw new IllegalArgumentException("the largest request body is a positive number of bytes");
        }

        public Config(String host, int port, long timeoutMillis, long maxRows, String updateUser, String password, String base,
                      boolean allowService, boolean allowLoad) {
            this(host, port, timeoutMillis, maxRows, updateUser, password, base, allowService, allowLoad, DEFAULT_MAX_BODY);
        }

        /** The same configuration with another limit on request bodies. */
        public Config withMaxBody(long bytes) {
            return new Config(host, port, timeoutMillis, maxRows, updateUser, password, base, allowService, allowLoad, bytes);
        }

        public Config(String host, int port, long timeoutMillis, long maxRows, String updateUser, String password, String base) {
            this(host, port, timeoutMillis, maxRows, updateUser, password, base, false, false);
        }

        public Config(String host, int port, long timeoutMillis, long maxRows, String updateUser, String password) {
            this(host, port, timeoutMillis, maxRows, updateUser, password, Iris.DEFAULT_BASE);
        }

        public static Config readOnly(String host, int port) {
            return new Config(host, port, 30_000, 100_000, null, null);
        }

        /** The same configuration serving IRIs minted with {@code b}. */
        public Config withBase(String b) {
            return new Config(host, port, timeoutMillis, maxRows, updateUser, password, b, allowService, allowLoad, maxBodyBytes);
        }

        public boolean loopback() {
            return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
        }

        @Override
        public String toString() {
            return "Config[" + host + ":" + port + ", update user " + updateUser + "]"; // never the password
        }
    }

    private SparqlServer(FusekiServer server, String host) {
        this.server = server;
        this.host = host;
    }

    public static SparqlServer start(DatasetGraph dsg, Config c) {
        Objects.requireNonNull(dsg);
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(c.timeoutMillis()));
        dsg.getContext().set(ARQ.httpServiceAllowed, c.allowService());
        DataService.Builder service = DataService.newBuilder(dsg)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.Query)
                .addEndpoint(Operation.GSP_R, "get");
        QueryPlaces places = new QueryPlaces(QUERY_PLACES); // the endpoint's and the pages' queries take the same places
        FusekiServer.Builder b = FusekiServer.create()
                .port(c.port())
                .enablePing(true)
                .numServerThreads(8, SERVER_THREADS)
                .registerOperation(Operation.Query, new LimitedQuery(c.maxRows(), c.timeoutMillis(), places))
                .registerOperation(Operation.Update, new GuardedUpdate(c.allowLoad()));
        if (c.updateUser() != null) {
            AuthPolicy writer = Auth.policyAllowSpecific(c.updateUser());
            service.addEndpoint(Operation.Update, "update", writer).addEndpoint(Operation.GSP_RW, "data", writer);
            // the password as given, held in memory: Jetty's realm files cut it at a comma and read "MD5:" as a hash
            UserStore users = new UserStore();
            users.addUser(c.updateUser(), new Password(c.password()), new String[] {"**"});
            b.securityHandler(JettySecurityLib.makeSecurityHandler("newsgraph", users));
        }
        b.add(DATASET, service);
        GraphSite site = new GraphSite(dsg, c.base(), places);
        for (String path : GraphSite.PATHS) b.addServlet(path, site);
        if (c.loopback()) b.loopback(true);
        FusekiServer s = b.build();
        // a body over the limit is refused with 413 by its Content-Length, or as it streams past the limit
        org.eclipse.jetty.server.Server jetty = s.getJettyServer();
        org.eclipse.jetty.server.handler.SizeLimitHandler limit = new org.eclipse.jetty.server.handler.SizeLimitHandler(c.maxBodyBytes(), -1);
        limit.setHandler(jetty.getHandler());
        jetty.setHandler(limit);
        for (Connector connector : s.getJettyServer().getConnectors()) {
            if (connector instanceof ServerConnector sc) {
                sc.setHost(c.host()); // exactly the address asked for, never all interfaces
                sc.setIdleTimeout(IDLE_MILLIS);
                sc.addBean(new PerClientConnections(CONNECTIONS_PER_CLIENT));
            }
            HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                http.getHttpConfiguration().setOutputBufferSize(OUTPUT_BUFFER_BYTES);
                http.getHttpConfiguration().setMinRequestDataRate(MIN_REQUEST_BYTES_PER_SECOND);
            }
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
}
