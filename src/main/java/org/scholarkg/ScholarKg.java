package org.scholarkg;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Facts about this build of ScholarKG. */
public final class ScholarKg {

    /** The version from the Maven build, e.g. {@code 0.1.0}. */
    public static final String VERSION = readVersion();

    /** The name tools and provenance records use for this software. */
    public static final String NAME = "ScholarKG";

    private ScholarKg() {
    }

    private static String readVersion() {
        try (InputStream in = ScholarKg.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
