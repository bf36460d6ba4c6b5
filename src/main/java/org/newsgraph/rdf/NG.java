package org.newsgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.XSD;

/** The terms newsgraph writes: its own ontology ({@code ontology/newsgraph.ttl}), schema.org, PROV-O, OWL. */
public final class NG {
    private NG() {}

    public static final String NS = "https://w3id.org/newsgraph/ontology#";
    public static final String SCHEMA = "https://schema.org/";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String WD = "http://www.wikidata.org/entity/";

    /** The prefixes written in Turtle and TriG: the ontology, the vocabularies it builds on, Wikidata, and the base of the IRIs minted. */
    public static org.apache.jena.shared.PrefixMapping prefixes(String base) {
        org.apache.jena.shared.PrefixMapping pm = org.apache.jena.shared.PrefixMapping.Factory.create()
                .setNsPrefix("ng", NS).setNsPrefix("schema", SCHEMA).setNsPrefix("prov", PROV).setNsPrefix("wd", WD)
                .setNsPrefix("owl", "http://www.w3.org/2002/07/owl#").setNsPrefix("rdf", org.apache.jena.vocabulary.RDF.getURI())
                .setNsPrefix("xsd", org.apache.jena.vocabulary.XSD.NS);
        if (base != null) pm.setNsPrefix("id", base);
        return pm;
    }

    private static Node ng(String local) {
        return NodeFactory.createURI(NS + local);
    }

    private static Node schema(String local) {
        return NodeFactory.createURI(SCHEMA + local);
    }

    // classes
    public static final Node Treaty = ng("Treaty");
    public static final Node Mention = ng("Mention");
    public static final Node Statement = ng("Statement");
    public static final Node Report = ng("Report");
    public static final Node UnnamedSource = ng("UnnamedSource");
    public static final Node Role = ng("Role");
    public static final Node EntityLink = ng("EntityLink");
    public static final Node NewsArticle = schema("NewsArticle");
    public static final Node Person = schema("Person");
    public static final Node Organization = schema("Organization");
    public static final Node Place = schema("Place");

    // article
    public static final Node sourceFile = ng("sourceFile");
    public static final Node contentHash = ng("contentHash");
    public static final Node textHash = ng("textHash");
    public static final Node pipelineVersion = ng("pipelineVersion");
    public static final Node builtWith = ng("builtWith");
    public static final Node headline = schema("headline");
    public static final Node datePublished = schema("datePublished");
    public static final Node publisher = schema("publisher");
    public static final Node author = schema("author");
    public static final Node url = schema("url");
    public static final Node articleBody = schema("articleBody");
    public static final Node inLanguage = schema("inLanguage");
    public static final Node mentions = schema("mentions");

    // entities
    public static final Node name = schema("name");
    public static final Node alternateName = schema("alternateName");
    public static final Node description = schema("description");
    public static final Node jobTitle = schema("jobTitle");
    public static final Node wikidataId = ng("wikidataId");
    public static final Node sameAs = OWL.sameAs.asNode();

    // mentions, roles, links
    public static final Node inArticle = ng("inArticle");
    public static final Node refersTo = ng("refersTo");
    public static final Node surfaceForm = ng("surfaceForm");
    public static final Node startOffset = ng("startOffset");
    public static final Node endOffset = ng("endOffset");
    public static final Node method = ng("method");
    public static final Node confidence = ng("confidence");
    public static final Node roleOf = ng("roleOf");
    public static final Node roleName = schema("roleName");
    public static final Node former = ng("former");
    public static final Node linkOf = ng("linkOf");
    public static final Node linkTarget = ng("linkTarget");
    public static final Node evidence = ng("evidence");

    // statements and reports
    public static final Node speaker = ng("speaker");
    public static final Node reportOf = ng("reportOf");
    public static final Node text = schema("text");
    public static final Node kind = ng("kind");
    public static final Node cue = ng("cue");
    public static final Node saidBy = ng("saidBy");
    public static final Node utteranceDate = ng("utteranceDate");
    public static final Node dateEvidence = ng("dateEvidence");
    public static final Node setting = ng("setting");
    public static final Node follows = ng("follows");
    public static final Node similarity = ng("similarity");
    public static final Node adds = ng("adds");
    public static final Node lacks = ng("lacks");
    public static final Node reportCount = ng("reportCount");
    public static final Node articleCount = ng("articleCount");
    public static final Node divergence = ng("divergence");
    public static final Node divergent = ng("divergent");
    public static final Node wasDerivedFrom = NodeFactory.createURI(PROV + "wasDerivedFrom");

    public static final Node type = RDF.type.asNode();
    public static final String xsdDate = XSD.date.getURI();
}
