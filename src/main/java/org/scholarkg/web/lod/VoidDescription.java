package org.scholarkg.web.lod;

import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.scholarkg.rdf.Iris;
import org.scholarkg.record.Slugs;

/**
 * The VoID and DCAT description of the dataset and of each source graph: triples, entities, classes with
 * their instance counts, vocabularies, the SPARQL endpoint, dumps, license and {@code void:uriSpace},
 * generated from {@link DatasetStatistics}.
 */
public final class VoidDescription {

    private static final String VOID = "http://rdfs.org/ns/void#";
    private static final String DCAT = "http://www.w3.org/ns/dcat#";
    private static final Map<String, String> VOCABULARIES = Map.of(
            "http://schema.org/", "http://schema.org/", "http://xmlns.com/foaf/0.1/", "http://xmlns.com/foaf/0.1/",
            "http://purl.org/ontology/bibo/", "http://purl.org/ontology/bibo/",
            "http://www.w3.org/2004/02/skos/core#", "http://www.w3.org/2004/02/skos/core",
            "http://www.w3.org/ns/org#", "http://www.w3.org/ns/org", "http://rdfs.org/ns/void#", "http://rdfs.org/ns/void",
            "http://www.w3.org/ns/prov#", "http://www.w3.org/ns/prov", "https://w3id.org/scholarkg/ns#",
            "https://w3id.org/scholarkg/ns");

    private final Iris iris;
    private final String license;

    public VoidDescription(Iris iris, String license) {
        this.iris = iris;
        this.license = license;
    }

    /** The description for the given counts. */
    public Model describe(DatasetStatistics.Snapshot stats) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("void", VOID).setNsPrefix("dcat", DCAT).setNsPrefix("dcterms", DCTerms.NS)
                .setNsPrefix("xsd", XSDDatatype.XSD + "#");
        String base = iris.base();
        Resource ds = m.createResource(iris.dataset().stringValue())
                .addProperty(RDF.type, m.createResource(VOID + "Dataset"))
                .addProperty(RDF.type, m.createResource(DCAT + "Dataset"))
                .addProperty(DCTerms.title, "ScholarKG knowledge graph")
                .addProperty(DCTerms.description, "Research groups, their members and their papers, as linked data.")
                .addProperty(DCTerms.license, m.createResource(license))
                .addProperty(p(m, VOID, "sparqlEndpoint"), m.createResource(base + "kg/sparql"))
                .addProperty(p(m, VOID, "uriSpace"), base + "id/")
                .addProperty(p(m, VOID, "rootResource"), m.createResource(base))
                .addLiteral(p(m, VOID, "triples"), m.createTypedLiteral(stats.triples(), XSDDatatype.XSDinteger))
                .addLiteral(p(m, VOID, "entities"), m.createTypedLiteral(stats.entities(), XSDDatatype.XSDinteger))
                .addLiteral(p(m, VOID, "classes"), m.createTypedLiteral((long) stats.classes().size(), XSDDatatype.XSDinteger));
        if (stats.modified().values().stream().max(String::compareTo).isPresent()) {
            ds.addLiteral(DCTerms.modified, m.createTypedLiteral(stats.modified().values().stream().max(String::compareTo)
                    .get(), XSDDatatype.XSDdateTime));
        }
        stats.classes().keySet().stream().map(this::vocabularyOf).filter(v -> v != null).distinct()
                .forEach(v -> ds.addProperty(p(m, VOID, "vocabulary"), m.createResource(v)));
        dumps(m, ds, "all");
        stats.classes().forEach((cls, n) -> ds.addProperty(p(m, VOID, "classPartition"),
                m.createResource(iris.dataset().stringValue() + "#class-" + Slugs.of(cls))
                        .addProperty(p(m, VOID, "class"), m.createResource(cls))
                        .addLiteral(p(m, VOID, "entities"), m.createTypedLiteral(n, XSDDatatype.XSDinteger))));
        stats.graphs().forEach((graph, n) -> {
            Resource subset = m.createResource(graph)
                    .addProperty(RDF.type, m.createResource(VOID + "Dataset"))
                    .addLiteral(p(m, VOID, "triples"), m.createTypedLiteral(n, XSDDatatype.XSDinteger));
            String modified = stats.modified().get(graph);
            if (modified != null) {
                subset.addLiteral(DCTerms.modified, m.createTypedLiteral(modified, XSDDatatype.XSDdateTime));
            }
            ds.addProperty(p(m, VOID, "subset"), subset);
            dumps(m, subset, DumpFiles.sourceName(graph, iris));
        });
        return m;
    }

    private void dumps(Model m, Resource dataset, String name) {
        for (DumpFiles.Kind kind : DumpFiles.Kind.values()) {
            Resource file = m.createResource(iris.base() + "dumps/" + name + kind.suffix());
            dataset.addProperty(p(m, VOID, "dataDump"), file);
            dataset.addProperty(p(m, DCAT, "distribution"), m.createResource(file.getURI() + "#distribution")
                    .addProperty(RDF.type, m.createResource(DCAT + "Distribution"))
                    .addProperty(p(m, DCAT, "downloadURL"), file)
                    .addProperty(p(m, DCAT, "mediaType"), m.createResource(
                            "https://www.iana.org/assignments/media-types/" + kind.mediaType())));
        }
    }

    private String vocabularyOf(String term) {
        return VOCABULARIES.entrySet().stream().filter(e -> term.startsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    private static Property p(Model m, String ns, String local) {
        return m.createProperty(ns, local);
    }
}
