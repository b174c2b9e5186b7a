package org.scholarkg.rdf;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.rio.RDFHandler;

/**
 * The converters' way of emitting statements to an {@link RDFHandler}: skips absent (null) values so
 * converters need no null checks for optional fields.
 */
final class TripleSink {

    private static final ValueFactory VALUES = SimpleValueFactory.getInstance();
    private final RDFHandler out;

    TripleSink(RDFHandler out) {
        this.out = out;
    }

    /** Emits {@code s p o}. */
    void add(Resource s, IRI p, Value o) {
        if (o != null) {
            out.handleStatement(VALUES.createStatement(s, p, o));
        }
    }

    /** Emits {@code s rdf:type t} for each type. */
    void types(Resource s, IRI... types) {
        for (IRI t : types) {
            add(s, org.eclipse.rdf4j.model.vocabulary.RDF.TYPE, t);
        }
    }

    /** Emits {@code s p "text"} when text is present. */
    void text(Resource s, IRI p, String text) {
        if (text != null) {
            add(s, p, Values.literal(text));
        }
    }

    /** Emits {@code s p <iri>} when the IRI string is present. */
    void iri(Resource s, IRI p, String iri) {
        if (iri != null) {
            add(s, p, Values.iri(iri));
        }
    }
}
