package org.scholarkg.rdf;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.vocabulary.FOAF;
import org.eclipse.rdf4j.rio.RDFHandler;
import org.scholarkg.rdf.vocab.SchemaOrg;
import org.scholarkg.record.PersonRecord;

/**
 * People with records to statements: {@code foaf:Person, schema:Person} with names, title, affiliations,
 * areas and {@code schema:sameAs} to ORCID, DBLP and Wikidata. Group membership is the
 * {@link GroupConverter}'s.
 */
public final class PersonConverter {

    private final Iris iris;

    public PersonConverter(Iris iris) {
        this.iris = iris;
    }

    public void convert(PersonRecord person, RDFHandler out) {
        TripleSink sink = new TripleSink(out);
        IRI s = iris.person(person.id());
        sink.types(s, FOAF.PERSON, SchemaOrg.PERSON);
        sink.text(s, SchemaOrg.NAME, person.name());
        sink.text(s, FOAF.NAME, person.name());
        sink.text(s, SchemaOrg.GIVEN_NAME, person.givenName());
        sink.text(s, SchemaOrg.FAMILY_NAME, person.familyName());
        sink.text(s, SchemaOrg.HONORIFIC_PREFIX, person.honorificPrefix());
        sink.text(s, SchemaOrg.JOB_TITLE, person.jobTitle());
        for (String alias : person.aliases()) {
            sink.text(s, SchemaOrg.ALTERNATE_NAME, alias);
        }
        for (String org : person.affiliation()) {
            sink.add(s, SchemaOrg.AFFILIATION, iris.organization(org));
        }
        for (String area : person.areas()) {
            sink.add(s, SchemaOrg.KNOWS_ABOUT, iris.area(area));
        }
        sink.iri(s, SchemaOrg.SAME_AS, person.orcid());
        sink.iri(s, SchemaOrg.SAME_AS, person.dblp());
        sink.iri(s, SchemaOrg.SAME_AS, person.wikidata());
        sink.iri(s, SchemaOrg.URL, person.homepage());
        sink.text(s, SchemaOrg.DESCRIPTION, person.description());
        LinkStatements.emit(sink, iris, s, person.links());
    }
}
