package dev.confcal.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest (set by Maven), so it never drifts from the build. */
final class Version implements IVersionProvider {

    static String current() {
        String version = Main.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"confcal " + current(), "Java " + System.getProperty("java.version")};
    }
}
