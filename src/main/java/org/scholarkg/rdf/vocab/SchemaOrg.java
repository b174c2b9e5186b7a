package org.scholarkg.rdf.vocab;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Namespace;
import org.eclipse.rdf4j.model.base.InternedIRI;
import org.eclipse.rdf4j.model.impl.SimpleNamespace;

/** The schema.org terms ScholarKG uses, in the {@code http://schema.org/} namespace of schema.org's JSON-LD context. */
public final class SchemaOrg {

    /** The namespace IRI. */
    public static final String NAMESPACE = "http://schema.org/";

    /** The recommended prefix. */
    public static final String PREFIX = "schema";

    /** The namespace as an RDF4J {@link Namespace}. */
    public static final Namespace NS = new SimpleNamespace(PREFIX, NAMESPACE);

    public static final IRI SCHOLARLY_ARTICLE = iri("ScholarlyArticle");
    public static final IRI THESIS = iri("Thesis");
    public static final IRI BOOK = iri("Book");
    public static final IRI CHAPTER = iri("Chapter");
    public static final IRI PERSON = iri("Person");
    public static final IRI ORGANIZATION = iri("Organization");
    public static final IRI RESEARCH_ORGANIZATION = iri("ResearchOrganization");
    public static final IRI COLLEGE_OR_UNIVERSITY = iri("CollegeOrUniversity");
    public static final IRI EVENT = iri("Event");
    public static final IRI EVENT_SERIES = iri("EventSeries");
    public static final IRI PERIODICAL = iri("Periodical");
    public static final IRI ORGANIZATION_ROLE = iri("OrganizationRole");
    public static final IRI NAME = iri("name");
    public static final IRI ALTERNATE_NAME = iri("alternateName");
    public static final IRI GIVEN_NAME = iri("givenName");
    public static final IRI FAMILY_NAME = iri("familyName");
    public static final IRI HONORIFIC_PREFIX = iri("honorificPrefix");
    public static final IRI JOB_TITLE = iri("jobTitle");
    public static final IRI DESCRIPTION = iri("description");
    public static final IRI URL = iri("url");
    public static final IRI SAME_AS = iri("sameAs");
    public static final IRI IDENTIFIER = iri("identifier");
    public static final IRI MEMBER_OF = iri("memberOf");
    public static final IRI MEMBER = iri("member");
    public static final IRI AFFILIATION = iri("affiliation");
    public static final IRI PARENT_ORGANIZATION = iri("parentOrganization");
    public static final IRI KNOWS_ABOUT = iri("knowsAbout");
    public static final IRI ROLE_NAME = iri("roleName");
    public static final IRI AUTHOR = iri("author");
    public static final IRI ABSTRACT = iri("abstract");
    public static final IRI DATE_PUBLISHED = iri("datePublished");
    public static final IRI CREATIVE_WORK_STATUS = iri("creativeWorkStatus");
    public static final IRI IS_PART_OF = iri("isPartOf");
    public static final IRI LOCATION = iri("location");
    public static final IRI START_DATE = iri("startDate");
    public static final IRI END_DATE = iri("endDate");
    public static final IRI SUPER_EVENT = iri("superEvent");
    public static final IRI ISSN = iri("issn");
    public static final IRI SOURCE_ORGANIZATION = iri("sourceOrganization");

    private SchemaOrg() {
    }

    private static IRI iri(String localName) {
        return new InternedIRI(NAMESPACE, localName);
    }
}
