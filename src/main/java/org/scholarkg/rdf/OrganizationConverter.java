package org.scholarkg.rdf;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.rio.RDFHandler;
import org.scholarkg.rdf.vocab.SchemaOrg;
import org.scholarkg.record.OrganizationRecord;

/** Organization records to statements: a {@code schema:Organization} or subclass, with its ROR IRI. */
public final class OrganizationConverter {

    private final Iris iris;

    public OrganizationConverter(Iris iris) {
        this.iris = iris;
    }

    public void convert(OrganizationRecord org, RDFHandler out) {
        TripleSink sink = new TripleSink(out);
        IRI s = iris.organization(org.id());
        sink.types(s, switch (org.type()) {
            case UNIVERSITY -> SchemaOrg.COLLEGE_OR_UNIVERSITY;
            case RESEARCH_ORGANIZATION -> SchemaOrg.RESEARCH_ORGANIZATION;
            case ORGANIZATION -> SchemaOrg.ORGANIZATION;
        });
        sink.text(s, SchemaOrg.NAME, org.name());
        sink.text(s, SchemaOrg.ALTERNATE_NAME, org.alternateName());
        sink.iri(s, SchemaOrg.SAME_AS, org.ror());
        sink.iri(s, SchemaOrg.URL, org.homepage());
        for (String parent : org.parents()) {
            sink.add(s, SchemaOrg.PARENT_ORGANIZATION, iris.organization(parent));
        }
    }
}
