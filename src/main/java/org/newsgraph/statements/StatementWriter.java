package org.newsgraph.statements;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.Literals;
import org.newsgraph.rdf.NG;

/** Writes statements, and which reports they gather, into the statements graph. */
public final class StatementWriter {
    private final Iris iris;

    public StatementWriter(Iris iris) {
        this.iris = iris;
    }

    /** The statement node of a statement. */
    public Node node(Statement s) {
        return iris.statement(s.key());
    }

    public void write(Iterable<Statement> statements, StreamRDF out) {
        Node g = iris.statementsGraph();
        for (Statement s : statements) {
            Node st = node(s);
            q(out, g, st, NG.type, NG.Statement);
            if (s.speaker() != null) q(out, g, st, NG.speaker, NodeFactory.createURI(s.speaker()));
            if (s.date() != null) q(out, g, st, NG.utteranceDate, NodeFactory.createLiteralDT(s.date().toString(), XSDDatatype.XSDdate));
            Set<String> articles = new HashSet<>();
            for (Statement.Difference d : s.reports()) articles.add(d.report().source());
            q(out, g, st, NG.reportCount, Literals.integer(s.reports().size()));
            q(out, g, st, NG.articleCount, Literals.integer(articles.size()));
            q(out, g, st, NG.divergence, Literals.decimal(s.divergence()));
            q(out, g, st, NG.divergent, NodeFactory.createLiteralDT(Boolean.toString(s.divergent()), XSDDatatype.XSDboolean));
            for (Statement.Difference d : s.reports()) {
                Node r = NodeFactory.createURI(d.report().id());
                q(out, g, r, NG.reportOf, st);
                q(out, g, r, NG.similarity, Literals.decimal(d.similarity()));
                if (!d.adds().isEmpty()) q(out, g, r, NG.adds, NodeFactory.createLiteralString(String.join(" ", d.adds())));
                if (!d.lacks().isEmpty()) q(out, g, r, NG.lacks, NodeFactory.createLiteralString(String.join(" ", d.lacks())));
            }
        }
    }

    private static void q(StreamRDF out, Node g, Node s, Node p, Node o) {
        out.quad(Quad.create(g, s, p, o));
    }


}
