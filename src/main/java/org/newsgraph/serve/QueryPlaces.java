package org.newsgraph.serve;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The places where queries run, shared by the SPARQL endpoint and the pages (whose search, lists and CSV downloads
 * are queries too): at most {@code places} at once, each client address holding at most half of them, a request
 * waiting a few seconds for a place before it is refused. So no client, by SPARQL or by pages, starves the others.
 */
public final class QueryPlaces {
    /** How long a request waits for a place before it is refused. */
    public static final long WAIT_MILLIS = 5_000;

    private final int places;
    private final Semaphore running;
    private final Map<String, Semaphore> byClient = new ConcurrentHashMap<>();

    public QueryPlaces(int places) {
        this.places = Math.max(2, places);
        this.running = new Semaphore(this.places, true);
    }

    public int places() {
        return places;
    }

    /** A place taken, given back on close. */
    public interface Place extends AutoCloseable {
        @Override
        void close();
    }

    /** Why no place was given: the words for a 503. */
    public static final class Busy extends Exception {
        Busy(String message) {
            super(message);
        }
    }

    /** Takes a place for a request of {@code client}, waiting up to {@code waitMillis}; {@link Busy} when none is free. */
    public Place take(String client, long waitMillis) throws Busy, InterruptedException {
        Semaphore mine = byClient.computeIfAbsent(client, k -> new Semaphore(places / 2, true));
        if (!mine.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
            throw new Busy("too many queries running from " + client + " (at most " + places / 2 + " at once); try again");
        }
        try {
            if (!running.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
                mine.release();
                throw new Busy("the endpoint is busy: " + places + " queries are running; try again");
            }
        } catch (InterruptedException e) {
            mine.release();
            throw e;
        }
        return () -> {
            running.release();
            mine.release();
        };
    }
}
