package org.newsgraph.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityKey;
import org.newsgraph.model.EntityType;
import org.newsgraph.extract.Extraction;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Occasion;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Role;
import org.newsgraph.ingest.Article;

/**
 * Writes an extraction as quads to a {@link StreamRDF}: what the article says goes into the article's own
 * named graph; each entity's type, canonical name and Wikidata link go into the graph of canonical entities.
 */
public final class RdfMapper {
    /**
     * Written on every article, so that a store knows which extractor made it; changes whenever extraction does,
     * so that a rebuild re-reads articles extracted by an older version.
     */
    public static final String PIPELINE_VERSION = "newsgraph-0.5";
    /** What the shipped pipeline links with: the bundled knowledge base and the shipped name model. */
    public static final String SHIPPED_MODELS = "kb bundled";

    private final Iris iris;
    private final String models;

    public RdfMapper(Iris iris) {
        this(iris, SHIPPED_MODELS);
    }

    /**
     * @param models what the pipeline recognises and links with ({@code "kb bundled+3f2a…; ner 9c1d…"}): written on
     *               every article as {@code ng:builtWith} and part of its content hash, so that a build after a
     *               knowledge-base import or with another model extracts and links the article again
     */
    public RdfMapper(Iris iris, String models) {
        this.iris = iris;
        this.models = models;
    }

    public Iris iris() {
        return iris;
    }

    public void write(Extraction x, StreamRDF out) {
        Article a = x.article();
        String src = a.source();
        Node g = iris.articleGraph(src);
        Node eg = iris.entitiesGraph();
        Node art = iris.article(src);

        q(out, g, art, NG.type, NG.NewsArticle);
        q(out, g, art, NG.sourceFile, lit(src));
        q(out, g, art, NG.contentHash, lit(contentHash(a)));
        q(out, g, art, NG.builtWith, lit(models));
        q(out, g, art, NG.textHash, lit(textHash(a)));
        q(out, g, art, NG.pipelineVersion, lit(PIPELINE_VERSION));
        q(out, g, art, NG.articleBody, lit(a.text()));
        q(out, g, art, NG.inLanguage, lit(x.language()));
        if (a.title() != null) q(out, g, art, NG.headline, line(a.title()));
        if (a.date() != null) q(out, g, art, NG.datePublished, NodeFactory.createLiteralDT(a.date().toString(), XSDDatatype.XSDdate));
        if (a.url() != null) q(out, g, art, NG.url, lit(a.url()));
        if (a.outlet() != null) {
            Node o = iris.outlet(a.outlet());
            q(out, g, art, NG.publisher, o);
            q(out, eg, o, NG.type, NG.Organization);
            q(out, eg, o, NG.name, line(a.outlet()));
        }

        for (String name : a.authors()) {
            // the person the article itself names so, when it does (linked then), else a person by that name
            Entity known = x.entities().stream().filter(e -> e.type() == EntityType.PERSON
                    && (e.name().equals(name) || e.labels().contains(name))).findFirst().orElse(null);
            Node au = iris.entity(known != null ? known.key() : EntityKey.named(EntityType.PERSON, name).toString());
            if (known == null) {
                q(out, eg, au, NG.type, NG.Person);
                q(out, eg, au, NG.name, line(name));
            }
            q(out, g, art, NG.author, au);
        }

        for (Entity e : x.entities()) {
            Node en = iris.entity(e.key());
            q(out, eg, en, NG.type, classOf(e.type()));
            q(out, eg, en, NG.name, line(e.name()));
            if (e.link() != null) {
                q(out, eg, en, NG.sameAs, NodeFactory.createURI(e.link().iri()));
                q(out, eg, en, NG.wikidataId, lit(e.link().qid()));
                Node l = iris.link(src, e.key());
                q(out, g, l, NG.type, NG.EntityLink);
                q(out, g, l, NG.linkOf, en);
                q(out, g, l, NG.linkTarget, NodeFactory.createURI(e.link().iri()));
                q(out, g, l, NG.confidence, Literals.decimal(e.link().score()));
                q(out, g, l, NG.evidence, lit(e.link().evidence()));
                q(out, g, l, NG.inArticle, art);
            }
            q(out, g, art, NG.mentions, en);
            for (String label : e.labels()) q(out, g, en, NG.alternateName, lit(label));
            for (Role r : e.roles()) {
                Node rn = iris.role(src, e.key(), r.name());
                q(out, g, rn, NG.type, NG.Role);
                q(out, g, rn, NG.roleOf, en);
                q(out, g, rn, NG.roleName, line(r.name()));
                q(out, g, rn, NG.former, NodeFactory.createLiteralDT(Boolean.toString(r.former()), XSDDatatype.XSDboolean));
                q(out, g, rn, NG.inArticle, art);
                if (!r.former()) q(out, g, en, NG.jobTitle, line(r.name()));
            }
            for (Mention m : e.mentions()) {
                Node mn = iris.mention(src, m.start(), m.end());
                q(out, g, mn, NG.type, NG.Mention);
                q(out, g, mn, NG.inArticle, art);
                q(out, g, mn, NG.refersTo, en);
                q(out, g, mn, NG.surfaceForm, lit(m.text()));
                q(out, g, mn, NG.startOffset, Literals.integer(m.start()));
                q(out, g, mn, NG.endOffset, Literals.integer(m.end()));
                q(out, g, mn, NG.method, lit(m.method()));
                q(out, g, mn, NG.confidence, Literals.decimal(m.confidence()));
            }
        }

        Quote previous = null;
        for (Quote qt : x.quotes()) {
            Node rep = iris.report(src, qt.start(), qt.end());
            Node speaker = speakerNode(src, qt);
            if (qt.speakerKey() == null && qt.speakerDescription() != null) {
                q(out, g, speaker, NG.type, NG.UnnamedSource);
                q(out, g, speaker, NG.description, lit(qt.speakerDescription()));
            }
            q(out, g, rep, NG.type, NG.Report);
            q(out, g, rep, NG.inArticle, art);
            q(out, g, rep, NG.wasDerivedFrom, art);
            q(out, g, rep, NG.text, lit(qt.text()));
            q(out, g, rep, NG.kind, lit(qt.kind().label()));
            q(out, g, rep, NG.startOffset, Literals.integer(qt.start()));
            q(out, g, rep, NG.endOffset, Literals.integer(qt.end()));
            q(out, g, rep, NG.method, lit(qt.method()));
            q(out, g, rep, NG.confidence, Literals.decimal(qt.confidence()));
            if (speaker != null) q(out, g, rep, NG.saidBy, speaker);
            if (qt.cue() != null) q(out, g, rep, NG.cue, lit(qt.cue()));
            Occasion o = qt.occasion();
            if (o != null && o.date() != null) {
                q(out, g, rep, NG.utteranceDate, NodeFactory.createLiteralDT(o.date().toString(), XSDDatatype.XSDdate));
                q(out, g, rep, NG.dateEvidence, lit(o.dateEvidence()));
            }
            if (o != null && o.setting() != null) q(out, g, rep, NG.setting, lit(o.setting()));
            if (previous != null && continues(a, previous, qt)) {
                q(out, g, rep, NG.follows, iris.report(src, previous.start(), previous.end()));
            }
            previous = qt;
        }
    }

    /** The node of a quote's speaker: its entity, or the article's unnamed source; null when unattributed. */
    public Node speakerNode(String source, Quote qt) {
        if (qt.speakerKey() != null) return iris.entity(qt.speakerKey());
        if (qt.speakerDescription() != null) return iris.unnamedSource(source, qt.speakerDescription());
        return null;
    }

    /** Whether {@code q} goes on from {@code previous}: the same named speaker, in the same paragraph. */
    public static boolean continues(Article a, Quote previous, Quote q) {
        if (previous.speakerKey() == null || !previous.speakerKey().equals(q.speakerKey())) return false;
        return a.blocks().stream().anyMatch(b -> b.start() <= previous.start() && q.end() <= b.end());
    }

    /**
     * The hash of what an article was built from (the extractor, its knowledge base and model, the source and the
     * text), so an unchanged article can be skipped on rebuild.
     */
    public String contentHash(Article a) {
        return Iris.hash(PIPELINE_VERSION + "\n" + models + "\n" + a.source() + "\n" + a.text());
    }

    /** The hash of an article's text alone, to find the same article under two names. */
    public static String textHash(Article a) {
        return Iris.hash(a.text());
    }

    static Node classOf(EntityType t) {
        return switch (t) {
            case PERSON -> NG.Person;
            case ORGANIZATION -> NG.Organization;
            case PLACE -> NG.Place;
            case TREATY -> NG.Treaty;
        };
    }

    private static void q(StreamRDF out, Node g, Node s, Node p, Node o) {
        out.quad(Quad.create(g, s, p, o));
    }

    /** A plain string literal with the characters RDF cannot carry removed (controls other than tab and newline). */
    static Node lit(String s) {
        return NodeFactory.createLiteralString(s.replaceAll("[\\p{Cc}&&[^\\n\\t]]", ""));
    }

    /**
     * A one-line value (a headline, a name, an outlet, a role) as a literal: every run of white space or
     * control characters, a tab or a line break among them, becomes one space, and none leads or trails.
     */
    static Node line(String s) {
        return NodeFactory.createLiteralString(s.replaceAll("[\\p{Cc}\\s\\u2028\\u2029]+", " ").strip());
    }


}
