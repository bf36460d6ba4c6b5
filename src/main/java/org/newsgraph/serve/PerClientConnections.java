package org.newsgraph.serve;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.io.Connection;

/**
 * At most {@code max} open connections per client address: one client opening hundreds of idle connections would
 * use up the server's file handles and lock every other client out. A connection over the limit is closed as soon
 * as it opens.
 */
final class PerClientConnections implements Connection.Listener {
    private final int max;
    private final Map<String, AtomicInteger> open = new ConcurrentHashMap<>();

    PerClientConnections(int max) {
        this.max = max;
    }

    @Override
    public void onOpened(Connection c) {
        AtomicInteger n = open.computeIfAbsent(client(c), k -> new AtomicInteger());
        if (n.incrementAndGet() > max) c.getEndPoint().close();
    }

    @Override
    public void onClosed(Connection c) {
        String client = client(c);
        AtomicInteger n = open.get(client);
        if (n != null && n.decrementAndGet() <= 0) open.remove(client, n);
    }

    private static String client(Connection c) {
        SocketAddress a = c.getEndPoint().getRemoteSocketAddress();
        return a instanceof InetSocketAddress i && i.getAddress() != null ? i.getAddress().getHostAddress() : String.valueOf(a);
    }
}
