package org.newsgraph.serve;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.sparql.modify.request.UpdateLoad;

/**
 * SPARQL Update that refuses LOAD unless it is allowed: LOAD reads any URL the server can reach, and any file
 * it can read ({@code LOAD <file:///etc/passwd>}), and its errors tell what it found. The request is read once,
 * up to {@link #MAX_BYTES}, parsed to look for LOAD, and handed on.
 */
final class GuardedUpdate extends SPARQL_Update {
    static final int MAX_BYTES = 64 * 1024 * 1024;
    private final boolean allowLoad;

    GuardedUpdate(boolean allowLoad) {
        this.allowLoad = allowLoad;
    }

    @Override
    protected void execute(HttpAction action, InputStream input) {
        if (allowLoad) {
            super.execute(action, input);
            return;
        }
        byte[] body;
        try {
            body = input.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            ServletOps.errorBadRequest("cannot read the update: " + e.getMessage());
            return;
        }
        if (body.length > MAX_BYTES) ServletOps.error(413, "update larger than " + MAX_BYTES / (1024 * 1024) + " MB");
        UpdateRequest req;
        try {
            req = UpdateFactory.create(new String(body, StandardCharsets.UTF_8), "http://localhost/");
        } catch (QueryParseException e) {
            ServletOps.errorBadRequest("cannot parse the update: " + e.getMessage());
            return;
        }
        if (req.getOperations().stream().anyMatch(u -> u instanceof UpdateLoad)) {
            ServletOps.errorForbidden("LOAD is turned off on this endpoint (kg serve --allow-load turns it on)");
        }
        super.execute(action, new ByteArrayInputStream(body));
    }
}
