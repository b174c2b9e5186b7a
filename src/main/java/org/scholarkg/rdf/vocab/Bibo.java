package org.scholarkg.rdf.vocab;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Namespace;
import org.eclipse.rdf4j.model.base.InternedIRI;
import org.eclipse.rdf4j.model.impl.SimpleNamespace;

/** The BIBO (Bibliographic Ontology) terms ScholarKG uses. */
public final class Bibo {

    /** The namespace IRI. */
    public static final String NAMESPACE = "http://purl.org/ontology/bibo/";

    /** The recommended prefix. */
    public static final String PREFIX = "bibo";

    /** The namespace as an RDF4J {@link Namespace}. */
    public static final Namespace NS = new SimpleNamespace(PREFIX, NAMESPACE);

    public static final IRI ACADEMIC_ARTICLE = iri("AcademicArticle");
    public static final IRI MANUSCRIPT = iri("Manuscript");
    public static final IRI THESIS = iri("Thesis");
    public static final IRI BOOK = iri("Book");
    public static final IRI CHAPTER = iri("Chapter");
    public static final IRI REPORT = iri("Report");
    public static final IRI PATENT = iri("Patent");
    public static final IRI PRESENTED_AT = iri("presentedAt");
    public static final IRI DOI = iri("doi");
    public static final IRI VOLUME = iri("volume");
    public static final IRI ISSUE = iri("issue");
    public static final IRI PAGES = iri("pages");

    private Bibo() {
    }

    private static IRI iri(String localName) {
        return new InternedIRI(NAMESPACE, localName);
    }
}
