package org.scholarkg.cli;

import org.scholarkg.ScholarKg;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the version from the Maven build. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {ScholarKg.NAME + " " + ScholarKg.VERSION,
            "Java " + System.getProperty("java.version")};
    }
}
