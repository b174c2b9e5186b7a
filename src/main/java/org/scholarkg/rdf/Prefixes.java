package org.scholarkg.rdf;

import java.util.List;
import org.eclipse.rdf4j.model.Namespace;
import org.eclipse.rdf4j.model.impl.SimpleNamespace;
import org.eclipse.rdf4j.model.vocabulary.DCAT;
import org.eclipse.rdf4j.model.vocabulary.DCTERMS;
import org.eclipse.rdf4j.model.vocabulary.FOAF;
import org.eclipse.rdf4j.model.vocabulary.ORG;
import org.eclipse.rdf4j.model.vocabulary.PROV;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.RDFS;
import org.eclipse.rdf4j.model.vocabulary.SKOS;
import org.eclipse.rdf4j.model.vocabulary.VOID;
import org.eclipse.rdf4j.model.vocabulary.XSD;
import org.scholarkg.rdf.vocab.Bibo;
import org.scholarkg.rdf.vocab.SchemaOrg;
import org.scholarkg.rdf.vocab.Skg;

/** The prefixes ScholarKG's RDF output declares, in one list. */
public final class Prefixes {

    private Prefixes() {
    }

    /** The vocabulary prefixes, in the order output declares them. */
    public static final List<Namespace> VOCABULARIES = List.of(SchemaOrg.NS, FOAF.NS, DCTERMS.NS, Bibo.NS, ORG.NS,
            SKOS.NS, PROV.NS, VOID.NS, DCAT.NS, Skg.NS, RDF.NS, RDFS.NS, XSD.NS);

    /** The vocabulary prefixes as a SPARQL prologue, for queries the project writes. */
    public static final String SPARQL = VOCABULARIES.stream()
            .map(ns -> "PREFIX " + ns.getPrefix() + ": <" + ns.getName() + ">\n")
            .collect(java.util.stream.Collectors.joining());

    /** The vocabulary prefixes, and {@code id:}/{@code graph:} for the resources under a base. */
    public static List<Namespace> forBase(Iris iris) {
        List<Namespace> all = new java.util.ArrayList<>(VOCABULARIES);
        all.addAll(List.of(
                new SimpleNamespace("group", iris.base() + "id/group/"),
                new SimpleNamespace("person", iris.base() + "id/person/"),
                new SimpleNamespace("organization", iris.base() + "id/org/"),
                new SimpleNamespace("paper", iris.base() + "id/paper/"),
                new SimpleNamespace("event", iris.base() + "id/event/"),
                new SimpleNamespace("journal", iris.base() + "id/journal/"),
                new SimpleNamespace("area", iris.base() + "id/area/"),
                new SimpleNamespace("graph", iris.base() + "graph/")));
        return all;
    }
}
