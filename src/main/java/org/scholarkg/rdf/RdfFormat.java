package org.scholarkg.rdf;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.eclipse.rdf4j.rio.RDFFormat;

/** The RDF formats ScholarKG writes, by the names the command line uses. */
public enum RdfFormat {
    TURTLE("turtle", RDFFormat.TURTLE),
    TRIG("trig", RDFFormat.TRIG),
    NTRIPLES("ntriples", RDFFormat.NTRIPLES),
    NQUADS("nquads", RDFFormat.NQUADS),
    JSONLD("jsonld", RDFFormat.JSONLD),
    RDFXML("rdfxml", RDFFormat.RDFXML);

    private final String label;
    private final RDFFormat rio;

    RdfFormat(String label, RDFFormat rio) {
        this.label = label;
        this.rio = rio;
    }

    /** The command-line name, e.g. {@code ntriples}. */
    public String label() {
        return label;
    }

    /** The Rio format. */
    public RDFFormat rio() {
        return rio;
    }

    /** True when the format keeps named graphs. */
    public boolean keepsGraphs() {
        return rio.supportsContexts();
    }

    /** The format with this command-line name (case-insensitive). */
    public static RdfFormat fromLabel(String label) {
        for (RdfFormat f : values()) {
            if (f.label.equals(label.toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + label + "'; expected one of "
                + Arrays.stream(values()).map(RdfFormat::label).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return label;
    }
}
