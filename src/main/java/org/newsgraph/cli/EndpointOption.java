package org.newsgraph.cli;

import java.net.URI;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --endpoint URL}: ask a running server's SPARQL endpoint instead of opening the store, which it holds. */
public final class EndpointOption {
    @Option(names = "--endpoint", paramLabel = "URL",
            description = "SPARQL endpoint of a running server (kg up / kg serve hold the store) to ask instead of "
                    + "opening the store, e.g. http://127.0.0.1:3030/kg/sparql.")
    URI endpoint;

    /** Whether one was given. */
    boolean given() {
        return endpoint != null;
    }

    /** The endpoint's URL; anything but http(s) is a usage error. */
    String url(CommandSpec spec) {
        if (!"http".equals(endpoint.getScheme()) && !"https".equals(endpoint.getScheme())) {
            throw new ParameterException(spec.commandLine(), "--endpoint must be an http(s) URL: " + endpoint);
        }
        return endpoint.toString();
    }
}
