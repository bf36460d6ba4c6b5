package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Random;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.newsgraph.TestPipelines;
import org.newsgraph.extract.Extraction;
import org.newsgraph.ingest.PageLayout;

/**
 * Random and hostile strings, as source names and inside article text, go through extraction and the RDF
 * mapping: every output parses with RIOT as N-Quads and TriG, and no text adds a quad of its own.
 */
class RdfFuzzTest {
    static final String[] HOSTILE = {"<", ">", "\"", "\\", "\n", "\r", "\u0000", "\u0007", "\u001b[31m", "\u2028", "\uFEFF",
            "\uD83D\uDE00", "\u201C", "\u201D", "> . <urn:evil> <urn:p> \"x\" .", "\" ; <urn:p> \"x", "}", "{", "#", "@prefix",
            "_:b0", "<urn:x>", "%00", "\t", "'", "\u00e9", "\u65e5\u672c", "Mr.", "U.S.", "--", "\u0301"};

    @Test
    void hostileTextAlwaysGivesValidRdfAndNoInjectedQuads() throws Exception {
        Random r = new Random(20261122);
        RdfMapper mapper = new RdfMapper(new Iris());
        for (int i = 0; i < 150; i++) {
            String source = noise(r, 1 + r.nextInt(6)) + ".txt";
            String text = "Harbour Talks " + noise(r, 2) + "\n\nMayor Ellen " + noise(r, 1) + " Brandt said \u201C" + noise(r, 8)
                    + " we will " + noise(r, 3) + "\u201D on Monday in " + noise(r, 2) + " Paris.\n" + noise(r, 12) + "\n";
            text = text.replace("\u0000", "");
            Extraction x = TestPipelines.extract(PageLayout.plainText(source, text));
            DatasetGraph dsg = DatasetFactory.create().asDatasetGraph();
            long[] emitted = {0};
            var sink = StreamRDFLib.dataset(dsg);
            mapper.write(x, new org.apache.jena.riot.system.StreamRDFWrapper(sink) {
                @Override
                public void quad(Quad q) {
                    emitted[0]++;
                    super.quad(q);
                }
            });
            for (Lang lang : List.of(Lang.NQUADS, Lang.TRIG)) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                RDFDataMgr.write(out, dsg, lang);
                DatasetGraph back = DatasetFactory.create().asDatasetGraph();
                RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(lang).parse(back);
                assertEquals(dsg.stream().count(), back.stream().count(), "round trip of case " + i + " in " + lang);
            }
            // what the text says stays in literals: one mention node per mention, one report per quote
            long mentions = x.entities().stream().mapToLong(e -> e.mentions().size()).sum();
            assertEquals(mentions, dsg.stream().filter(q -> q.getPredicate().getURI().equals(NG.NS + "surfaceForm")).count(), "case " + i);
            assertEquals(x.quotes().size(), dsg.stream().filter(q -> q.getObject().isURI() && q.getObject().getURI().equals(NG.NS + "Report")).count(), "case " + i);
            assertTrue(dsg.stream().allMatch(q -> iriSafe(q.getSubject()) && iriSafe(q.getObject()) && iriSafe(q.getGraph())), "case " + i);
            assertTrue(dsg.stream().allMatch(q -> q.getGraph().getURI().startsWith(Iris.DEFAULT_BASE)
                    && q.getPredicate().getURI().matches("^(https://w3id\\.org/newsgraph/ontology#|https://schema\\.org/|"
                    + "http://www\\.w3\\.org/(1999/02/22-rdf-syntax-ns#|2002/07/owl#|ns/prov#)).*")), "case " + i);
        }
    }

    /** An IRI node has none of the characters that would end or break an IRI in N-Quads or TriG. */
    private static boolean iriSafe(org.apache.jena.graph.Node n) {
        return !n.isURI() || n.getURI().chars().noneMatch(c -> c <= 0x20 || "<>\"{}|^`\\".indexOf(c) >= 0);
    }

    private static String noise(Random r, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            switch (r.nextInt(3)) {
                case 0 -> b.append(HOSTILE[r.nextInt(HOSTILE.length)]);
                case 1 -> b.appendCodePoint(0x20 + r.nextInt(0x2FFF));
                default -> b.append("word").append(r.nextInt(100));
            }
        }
        return b.toString();
    }
}
