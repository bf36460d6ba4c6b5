package org.newsgraph.statements;

import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.TdbStore;

/**
 * Rebuilds the statements graph from every report in the store, in one transaction: the corpus-wide step
 * that follows the per-article writes of a build.
 */
public final class StatementConsolidator {
    private final Iris iris;
    private final StatementClusterer clusterer = new StatementClusterer();

    public StatementConsolidator(Iris iris) {
        this.iris = iris;
    }

    /** Whether some report in the store has no statement yet (a build was interrupted, or articles changed). */
    public static boolean needed(TdbStore store) {
        String ask = "PREFIX ng: <https://w3id.org/newsgraph/ontology#> ASK { ?r a ng:Report FILTER NOT EXISTS { ?r ng:reportOf ?s } }";
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.create(ask, store.dataset())) {
                return qe.execAsk();
            }
        });
    }

    /** Regroups all reports; returns the number of statements. */
    public int rebuild(TdbStore store) {
        List<Statement> statements = clusterer.cluster(ReportRefs.of(store));
        StatementWriter w = new StatementWriter(iris);
        store.replace(iris.statementsGraph(), out -> w.write(statements, out));
        return statements.size();
    }
}
