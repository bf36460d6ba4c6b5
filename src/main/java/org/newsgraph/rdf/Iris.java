package org.newsgraph.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.newsgraph.model.EntityKey;
import org.newsgraph.model.Names;

/**
 * Mints every IRI newsgraph writes, from stable inputs only (source names, entity keys, offsets, quoted
 * text), so that the same input always gives the same graph.
 */
public final class Iris {
    /** The default base of minted IRIs. */
    public static final String DEFAULT_BASE = "https://w3id.org/newsgraph/id/";

    private final String base;

    public Iris(String base) {
        Objects.requireNonNull(base);
        if (!base.matches("(?i)(https?|urn):[^\\s<>\"{}|\\\\^`]*[/#:]")) {
            throw new IllegalArgumentException("base IRI must be http(s) or urn and end in '/', '#' or ':': " + base);
        }
        this.base = base;
    }

    public Iris() {
        this(DEFAULT_BASE);
    }

    public String base() {
        return base;
    }

    /** The local id of an article: a readable slug of its source and a hash that keeps distinct sources apart. */
    public static String articleId(String source) {
        return Names.slug(source) + "-" + hash(source).substring(0, 8);
    }

    public Node article(String source) {
        return uri("article/" + articleId(source));
    }

    /** The named graph that holds what one article says. */
    public Node articleGraph(String source) {
        return uri("graph/article/" + articleId(source));
    }

    /** The named graph of canonical entities. */
    public Node entitiesGraph() {
        return uri("graph/entities");
    }

    /** The named graph of statements, rebuilt from all reports after each build. */
    public Node statementsGraph() {
        return uri("graph/statements");
    }

    public Node entity(String key) {
        EntityKey k = EntityKey.parse(key);
        String type = Names.slug(k.type().label());
        if (k.scheme() == EntityKey.Scheme.WIKIDATA) return uri("entity/" + type + "/" + k.id());
        return uri("entity/" + type + "/" + Names.slug(k.id()) + "-" + hash(key).substring(0, 6));
    }

    public Node outlet(String name) {
        return uri("outlet/" + Names.slug(name));
    }

    public Node mention(String source, int start, int end) {
        return uri("article/" + articleId(source) + "/mention/" + start + "-" + end);
    }

    public Node report(String source, int start, int end) {
        return uri("article/" + articleId(source) + "/quote/" + start + "-" + end);
    }

    public Node role(String source, String entityKey, String roleName) {
        return uri("article/" + articleId(source) + "/role/" + hash(entityKey + "\n" + roleName).substring(0, 12));
    }

    public Node link(String source, String entityKey) {
        return uri("article/" + articleId(source) + "/link/" + hash(entityKey).substring(0, 12));
    }

    public Node unnamedSource(String source, String description) {
        return uri("article/" + articleId(source) + "/source/" + Names.slug(description));
    }

    /** A statement: one utterance, identified by its speaker and its first report. */
    public Node statement(String key) {
        return uri("statement/" + hash(key).substring(0, 16));
    }

    private Node uri(String local) {
        return NodeFactory.createURI(base + local);
    }

    public static String hash(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
