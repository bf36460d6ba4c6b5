package org.newsgraph.statements;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.extract.Extraction;
import org.newsgraph.model.Quote;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.RdfMapper;

/** The reports to group, from extractions in memory or from a store. */
public final class ReportRefs {
    private ReportRefs() {}

    /** The reports of extractions, identified as the store would identify them. */
    public static List<ReportRef> of(List<Extraction> xs, Iris iris) {
        List<ReportRef> out = new ArrayList<>();
        for (Extraction x : xs) {
            String src = x.article().source();
            Quote prev = null;
            for (Quote q : x.quotes()) {
                String speaker = q.speakerKey() == null ? null : iris.entity(q.speakerKey()).getURI();
                String follows = prev != null && RdfMapper.continues(x.article(), prev, q)
                        ? iris.report(src, prev.start(), prev.end()).getURI() : null;
                out.add(new ReportRef(iris.report(src, q.start(), q.end()).getURI(), src, speaker,
                        q.text(), q.occasion() == null ? null : q.occasion().date(), follows));
                prev = q;
            }
        }
        return out;
    }

    /** These reports, read from the indexes of a dataset inside a transaction. */
    public static List<ReportRef> of(DatasetGraph dsg, List<Node> reports) {
        List<ReportRef> out = new ArrayList<>();
        Map<Node, String> sources = new HashMap<>();
        Map<Node, Boolean> unnamed = new HashMap<>();
        for (Node r : reports) {
            var at = dsg.find(Node.ANY, r, NG.type, NG.Report);
            if (!at.hasNext()) continue;
            Node g = at.next().getGraph();
            String text = literal(dsg, g, r, NG.text);
            Node article = object(dsg, g, r, NG.inArticle);
            if (text == null || article == null) continue;
            String source = sources.computeIfAbsent(article, a -> literal(dsg, g, a, NG.sourceFile));
            Node speaker = object(dsg, g, r, NG.saidBy);
            if (speaker != null && unnamed.computeIfAbsent(speaker, sp -> dsg.contains(g, sp, NG.type, NG.UnnamedSource))) speaker = null;
            String date = literal(dsg, g, r, NG.utteranceDate);
            Node follows = object(dsg, g, r, NG.follows);
            out.add(new ReportRef(r.getURI(), source == null ? "" : source, speaker == null ? null : speaker.getURI(), text,
                    date == null ? null : LocalDate.parse(date), follows == null ? null : follows.getURI()));
        }
        return out;
    }

    private static Node object(DatasetGraph dsg, Node g, Node s, Node p) {
        var it = dsg.find(g, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    private static String literal(DatasetGraph dsg, Node g, Node s, Node p) {
        Node o = object(dsg, g, s, p);
        return o != null && o.isLiteral() ? o.getLiteralLexicalForm() : null;
    }
}
