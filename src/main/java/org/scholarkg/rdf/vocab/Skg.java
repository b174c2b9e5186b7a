package org.scholarkg.rdf.vocab;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Namespace;
import org.eclipse.rdf4j.model.base.InternedIRI;
import org.eclipse.rdf4j.model.impl.SimpleNamespace;

/** ScholarKG's own terms, declared in {@code ontology/scholarkg.ttl}. */
public final class Skg {

    /** The namespace IRI. */
    public static final String NAMESPACE = "https://w3id.org/scholarkg/ns#";

    /** The recommended prefix. */
    public static final String PREFIX = "skg";

    /** The namespace as an RDF4J {@link Namespace}. */
    public static final Namespace NS = new SimpleNamespace(PREFIX, NAMESPACE);

    /** The class of nodes that give one author of one paper: position, printed name, person. */
    public static final IRI AUTHORSHIP = iri("Authorship");
    /** Property from a paper to its {@link #AUTHORSHIP} nodes, one per author position. */
    public static final IRI HAS_AUTHORSHIP = iri("authorship");
    public static final IRI POSITION = iri("position");
    public static final IRI PRINTED_NAME = iri("printedName");
    public static final IRI PERSON = iri("person");
    /** The class of links a source shows, with kind, label and (when known) URL. */
    public static final IRI LINK = iri("Link");
    /** Property from a resource to a {@link #LINK} its source shows. */
    public static final IRI HAS_LINK = iri("link");
    public static final IRI LINK_KIND = iri("linkKind");
    public static final IRI EDITION_NUMBER = iri("editionNumber");

    private Skg() {
    }

    private static IRI iri(String localName) {
        return new InternedIRI(NAMESPACE, localName);
    }
}
