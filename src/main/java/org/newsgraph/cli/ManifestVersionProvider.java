package org.newsgraph.cli;

import picocli.CommandLine.IVersionProvider;

/** The version written into the jar's manifest by the build. */
public final class ManifestVersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = KgCommand.class.getPackage().getImplementationVersion();
        return new String[] {"newsgraph " + (v == null ? "(development build)" : v),
                "Java " + System.getProperty("java.version")};
    }
}
