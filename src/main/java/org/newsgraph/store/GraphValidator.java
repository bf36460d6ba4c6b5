package org.newsgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;

/** Checks graphs against newsgraph's SHACL shapes ({@code ontology/shapes.ttl}). */
public final class GraphValidator {
    private final Shapes shapes;

    public GraphValidator() {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = GraphValidator.class.getClassLoader().getResourceAsStream("ontology/shapes.ttl")) {
            if (in == null) throw new IOException("ontology/shapes.ttl is not on the class path");
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        shapes = Shapes.parse(g);
    }

    public ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(shapes, data);
    }
}
