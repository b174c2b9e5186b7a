/**
 * Vocabulary constants for the namespaces RDF4J does not ship: schema.org (as {@code http://schema.org/}),
 * BIBO and ScholarKG's own {@code skg:} terms. FOAF, ORG, PROV, VoID, DCAT, DCTERMS and SKOS come from
 * {@code org.eclipse.rdf4j.model.vocabulary}. No other code spells a vocabulary IRI.
 */
package org.scholarkg.rdf.vocab;
