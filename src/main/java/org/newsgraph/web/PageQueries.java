package org.newsgraph.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * The pages' queries: SPARQL files in {@code web/queries/} of the jar, their variables bound with Jena's
 * {@link ParameterizedSparqlString} (never pasted into the text), run in a read transaction, their rows mapped
 * to small records.
 */
final class PageQueries {
    private static final Map<String, String> TEXTS = new ConcurrentHashMap<>();
    private final DatasetGraph dsg;

    PageQueries(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** The text of {@code web/queries/NAME.rq}. */
    static String text(String name) {
        return TEXTS.computeIfAbsent(name, n -> {
            try (InputStream in = PageQueries.class.getClassLoader().getResourceAsStream("web/queries/" + n + ".rq")) {
                if (in == null) throw new IllegalArgumentException("no page query " + n);
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The rows of a query, all of them (the query bounds itself). */
    <T> List<T> rows(String name, Map<String, Node> params, Function<QuerySolution, T> row) {
        return rows(name, params, 0, Query.NOLIMIT, row);
    }

    /** The rows {@code offset} to {@code offset + limit} of a query. */
    <T> List<T> rows(String name, Map<String, Node> params, long offset, long limit, Function<QuerySolution, T> row) {
        ParameterizedSparqlString ps = new ParameterizedSparqlString(text(name));
        params.forEach(ps::setParam);
        Query q = ps.asQuery();
        if (offset > 0) q.setOffset(offset);
        if (limit != Query.NOLIMIT) q.setLimit(limit);
        return Txn.calculateRead(dsg, () -> {
            List<T> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.create(q, DatasetFactory.wrap(dsg))) {
                var rs = qe.execSelect();
                while (rs.hasNext()) out.add(row.apply(rs.next()));
            }
            return out;
        });
    }

    /** The first row of a query, or null. */
    <T> T one(String name, Map<String, Node> params, Function<QuerySolution, T> row) {
        List<T> r = rows(name, params, 0, 1, row);
        return r.isEmpty() ? null : r.get(0);
    }

    /** A literal's lexical form, or {@code otherwise} when the variable is unbound. */
    static String str(QuerySolution s, String var, String otherwise) {
        if (!s.contains(var)) return otherwise;
        var n = s.get(var);
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.asResource().getURI();
    }
}
