package org.newsgraph.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * SPARQL query processing with limits that hold for every query form: results are cut at a number of rows (the
 * solutions of SELECT and JSON, the solutions CONSTRUCT and DESCRIBE are made from); REGEX is bounded by the time
 * limit ({@link BoundedRegex}); results are made in full before the first byte is sent, so a query that runs out of
 * time gets an error status, not a 200 with a cut-off body; and queries run a few at a time, each client address
 * holding at most half of the places, so that runaway queries of one client do not starve the others.
 */
final class LimitedQuery extends SPARQL_QueryDataset {
    private final long maxRows;
    private final long timeoutMillis;
    private final QueryPlaces places;

    LimitedQuery(long maxRows, long timeoutMillis, QueryPlaces places) {
        this.maxRows = maxRows;
        this.timeoutMillis = timeoutMillis;
        this.places = places;
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        String client = action.getRequest().getRemoteAddr();
        QueryPlaces.Place place;
        try {
            place = places.take(client, Math.min(timeoutMillis, QueryPlaces.WAIT_MILLIS));
        } catch (QueryPlaces.Busy e) {
            ServletOps.error(503, e.getMessage());
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ServletOps.error(503, "interrupted");
            return;
        }
        try (place) {
            super.execute(queryString, action);
        }
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> p = super.decideDataset(action, query, queryStringLog);
        Query q = QueryTransformOps.transform(p.getRight(), new ElementTransformCopyBase(), new BoundedRegex.Rewrite());
        if (!q.isAskType() && (!q.hasLimit() || q.getLimit() > maxRows)) {
            if (q == p.getRight()) q = q.cloneQuery();
            q.setLimit(maxRows);
        }
        return Pair.create(p.getLeft(), q);
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec qExec, Query query, String queryStringLog) {
        return BoundedRegex.within(timeoutMillis, () -> {
            QueryExecResult r = super.executeQuery(action, qExec, query, queryStringLog);
            if (r.isRowSet()) return new QueryExecResult(r.rowSet().materialize());
            if (r.isJson()) {
                List<JsonObject> items = new ArrayList<>();
                r.jsonItems().forEachRemaining(items::add);
                return new QueryExecResult(items.iterator());
            }
            return r; // graphs and datasets are made in full already, booleans are one value
        });
    }
}
