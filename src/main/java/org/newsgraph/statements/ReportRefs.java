package org.newsgraph.statements;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Quote;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.RdfMapper;
import org.newsgraph.store.TdbStore;

/** The reports to group, from extractions in memory or from a store. */
public final class ReportRefs {
    private ReportRefs() {}

    /** The reports of extractions, identified as the store would identify them. */
    public static List<ReportRef> of(List<Extraction> xs, Iris iris) {
        RdfMapper mapper = new RdfMapper(iris);
        List<ReportRef> out = new ArrayList<>();
        for (Extraction x : xs) {
            String src = x.article().source();
            Quote prev = null;
            for (Quote q : x.quotes()) {
                Node speaker = q.speakerKey() == null ? null : mapper.speakerNode(src, q);
                String follows = prev != null && RdfMapper.continues(x.article(), prev, q)
                        ? iris.report(src, prev.start(), prev.end()).getURI() : null;
                out.add(new ReportRef(iris.report(src, q.start(), q.end()).getURI(), src, speaker == null ? null : speaker.getURI(),
                        q.text(), q.occasion() == null ? null : q.occasion().date(), follows));
                prev = q;
            }
        }
        return out;
    }

    static final String REPORTS = """
            PREFIX ng: <https://w3id.org/newsgraph/ontology#>
            PREFIX schema: <https://schema.org/>
            SELECT ?r ?source ?text ?speaker ?date ?follows WHERE {
              ?r a ng:Report ; schema:text ?text ; ng:inArticle ?a .
              ?a ng:sourceFile ?source .
              OPTIONAL { ?r ng:saidBy ?speaker . FILTER NOT EXISTS { ?speaker a ng:UnnamedSource } }
              OPTIONAL { ?r ng:utteranceDate ?date }
              OPTIONAL { ?r ng:follows ?follows }
            }
            """;

    /** Every report in the store. */
    public static List<ReportRef> of(TdbStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            List<ReportRef> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.create(REPORTS, store.dataset())) {
                var rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution s = rs.next();
                    out.add(new ReportRef(s.getResource("r").getURI(), s.getLiteral("source").getString(),
                            s.contains("speaker") ? s.getResource("speaker").getURI() : null, s.getLiteral("text").getString(),
                            s.contains("date") ? java.time.LocalDate.parse(s.getLiteral("date").getLexicalForm()) : null,
                            s.contains("follows") ? s.getResource("follows").getURI() : null));
                }
            }
            return out;
        });
    }
}
