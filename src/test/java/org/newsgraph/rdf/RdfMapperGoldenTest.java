package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.InputStream;
import java.io.StringWriter;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestPipelines;
import org.newsgraph.extract.Extraction;
import org.newsgraph.statements.ReportRefs;
import org.newsgraph.statements.StatementClusterer;
import org.newsgraph.statements.StatementWriter;
import org.newsgraph.store.GraphValidator;

/**
 * The graphs of a short article written for the test (its article graph, entities and statements),
 * compared as graphs (isomorphism) with the reviewed expected graphs in {@code golden/article-001.trig}.
 */
class RdfMapperGoldenTest {
    static final String ARTICLE = """
            Port Deal Signed; Mayor Ellen Brandt Hails 'A New Start'
            May 2, 2024
            ROTTERDAM — Mayor Ellen Brandt signed the Port Cooperation Agreement with the Harbour Workers Union on Thursday.
            “This deal protects every job on the docks,” Brandt told reporters. “It is a new start for the city.”
            “We will watch closely how the money is spent,” said a senior union official.
            """;

    static DatasetGraph build() {
        Extraction x = TestPipelines.extract("article-001.txt", ARTICLE);
        Dataset ds = DatasetFactory.create();
        Iris iris = new Iris("https://example.org/kg/");
        new RdfMapper(iris).write(x, StreamRDFLib.dataset(ds.asDatasetGraph()));
        var statements = new StatementClusterer().cluster(ReportRefs.of(java.util.List.of(x), iris));
        new StatementWriter(iris).write(statements, StreamRDFLib.dataset(ds.asDatasetGraph()));
        return ds.asDatasetGraph();
    }

    @Test
    void articleGraphMatchesTheExpectedGraph() throws Exception {
        DatasetGraph got = build();
        DatasetGraph expected = DatasetFactory.create().asDatasetGraph();
        try (InputStream in = getClass().getResourceAsStream("/golden/article-001.trig")) {
            RDFParser.source(in).lang(Lang.TRIG).parse(expected);
        }
        if (!IsoMatcher.isomorphic(expected, got)) {
            StringWriter g = new StringWriter();
            RDFDataMgr.write(g, got, Lang.NQUADS);
            StringWriter e = new StringWriter();
            RDFDataMgr.write(e, expected, Lang.NQUADS);
            fail("graph differs from golden/article-001.trig\n--- expected\n" + e + "\n--- got\n" + g);
        }
    }

    @Test
    void articleGraphPassesTheShapes() {
        ValidationReport r = new GraphValidator().validate(build().getUnionGraph());
        assertTrue(r.conforms(), () -> r.getEntries().toString());
    }

    @Test
    void buildingTwiceGivesTheSameGraph() {
        assertTrue(IsoMatcher.isomorphic(build(), build()));
    }

    /** Writes the golden file anew, for review: run with -Dgolden.write=path. */
    public static void main(String[] args) throws Exception {
        DatasetGraph dsg = build();
        dsg.prefixes().add("ng", NG.NS);
        dsg.prefixes().add("schema", NG.SCHEMA);
        dsg.prefixes().add("prov", NG.PROV);
        dsg.prefixes().add("owl", "http://www.w3.org/2002/07/owl#");
        dsg.prefixes().add("xsd", "http://www.w3.org/2001/XMLSchema#");
        dsg.prefixes().add("kg", "https://example.org/kg/");
        try (var out = new java.io.FileOutputStream(args[0])) {
            RDFDataMgr.write(out, dsg, Lang.TRIG);
        }
    }
}
