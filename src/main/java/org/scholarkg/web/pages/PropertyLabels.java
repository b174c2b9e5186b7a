package org.scholarkg.web.pages;

import java.util.Map;

/** Readable names of the properties pages show, forwards ("author") and backwards ("author of"). */
final class PropertyLabels {

    private static final Map<String, String> FORWARD = Map.ofEntries(
            Map.entry("http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "type"),
            Map.entry("http://schema.org/name", "name"),
            Map.entry("http://schema.org/alternateName", "also known as"),
            Map.entry("http://schema.org/author", "author"),
            Map.entry("http://schema.org/member", "member"),
            Map.entry("http://schema.org/memberOf", "member of"),
            Map.entry("http://schema.org/affiliation", "affiliation"),
            Map.entry("http://schema.org/parentOrganization", "part of"),
            Map.entry("http://schema.org/knowsAbout", "research area"),
            Map.entry("http://schema.org/sameAs", "same as"),
            Map.entry("http://schema.org/datePublished", "published"),
            Map.entry("http://schema.org/creativeWorkStatus", "status"),
            Map.entry("http://schema.org/sourceOrganization", "listed by"),
            Map.entry("http://schema.org/location", "place"),
            Map.entry("http://schema.org/startDate", "starts"),
            Map.entry("http://schema.org/endDate", "ends"),
            Map.entry("http://schema.org/superEvent", "series"),
            Map.entry("http://schema.org/isPartOf", "in"),
            Map.entry("http://schema.org/honorificPrefix", "title"),
            Map.entry("http://schema.org/jobTitle", "position"),
            Map.entry("http://schema.org/givenName", "given name"),
            Map.entry("http://schema.org/familyName", "family name"),
            Map.entry("http://schema.org/description", "about"),
            Map.entry("http://schema.org/identifier", "identifier"),
            Map.entry("http://purl.org/ontology/bibo/presentedAt", "presented at"),
            Map.entry("http://purl.org/ontology/bibo/doi", "DOI"),
            Map.entry("http://www.w3.org/ns/org#headOf", "head of"),
            Map.entry("http://www.w3.org/2004/02/skos/core#prefLabel", "name"),
            Map.entry("http://www.w3.org/2004/02/skos/core#inScheme", "in scheme"),
            Map.entry("https://w3id.org/scholarkg/ns#link", "link shown"),
            Map.entry("https://w3id.org/scholarkg/ns#editionNumber", "edition"));

    private static final Map<String, String> BACKWARD = Map.ofEntries(
            Map.entry("http://schema.org/author", "Author of"),
            Map.entry("https://w3id.org/scholarkg/ns#person", "Authorships"),
            Map.entry("http://schema.org/member", "Member of"),
            Map.entry("http://schema.org/memberOf", "Members"),
            Map.entry("http://schema.org/affiliation", "People affiliated"),
            Map.entry("http://schema.org/parentOrganization", "Parts"),
            Map.entry("http://schema.org/knowsAbout", "Working on this area"),
            Map.entry("http://schema.org/sourceOrganization", "Publications listed"),
            Map.entry("http://purl.org/ontology/bibo/presentedAt", "Papers presented"),
            Map.entry("http://schema.org/isPartOf", "Papers"),
            Map.entry("http://schema.org/superEvent", "Editions"),
            Map.entry("http://www.w3.org/ns/org#headOf", "Headed by"),
            Map.entry("http://www.w3.org/ns/org#member", "Memberships"),
            Map.entry("http://www.w3.org/2004/02/skos/core#inScheme", "Concepts"));

    private PropertyLabels() {
    }

    static String of(String property) {
        return FORWARD.getOrDefault(property, localName(property));
    }

    static String inverse(String property) {
        return BACKWARD.getOrDefault(property, "Is " + localName(property) + " of");
    }

    private static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return iri.substring(cut + 1);
    }
}
