package org.scholarkg.web.ld;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;

/**
 * The RDF description of a resource, as its documents serve it: the resource's own triples, the triples of
 * the nodes inside it ({@code <iri>#author-N}, {@code #person-N}, {@code #link-N}, {@code #membership-...}),
 * the triples that point at it (at most {@value #MAX_INVERSE}), and the labels of everything it links to, so
 * a client can show it without a second request.
 */
public final class Describer {

    static final int MAX_INVERSE = 5000;

    private final GraphReader reader;

    public Describer(GraphReader reader) {
        this.reader = reader;
    }

    /** True when the store says anything about the resource. */
    public boolean exists(String iri) {
        return reader.ask("ASK { ?r ?p ?o }", Map.of("r", GraphReader.iri(iri)));
    }

    /** The description; empty when the store knows nothing of the resource. */
    public Model describe(String iri) {
        return reader.read(() -> {
            Map<String, Object> b = Map.of("r", GraphReader.iri(iri), "hash", iri + "#");
            Model model = reader.construct("""
                    CONSTRUCT { ?r ?p ?o . ?c ?cp ?co }
                    WHERE {
                      { ?r ?p ?o }
                      UNION
                      { { ?r ?x ?c } UNION { ?c ?x ?r } UNION { ?r ?x ?m . ?m ?y ?c }
                        FILTER (isIRI(?c) && STRSTARTS(STR(?c), ?hash))
                        ?c ?cp ?co }
                    }""", b);
            model.add(reader.construct("CONSTRUCT { ?s ?p ?r } WHERE { ?s ?p ?r } LIMIT " + MAX_INVERSE,
                    Map.of("r", GraphReader.iri(iri))));
            addLabels(model);
            model.setNsPrefixes(org.apache.jena.shared.PrefixMapping.Factory.create()
                    .setNsPrefix("schema", "http://schema.org/").setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/")
                    .setNsPrefix("skg", "https://w3id.org/scholarkg/ns#").setNsPrefix("bibo", "http://purl.org/ontology/bibo/")
                    .setNsPrefix("org", "http://www.w3.org/ns/org#").setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
                    .setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#").setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#"));
            return model;
        });
    }

    private void addLabels(Model model) {
        Set<String> described = new TreeSet<>();
        model.listSubjects().forEach(s -> described.add(s.toString()));
        List<RDFNode> others = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (Statement st : model.listStatements().toList()) {
            for (RDFNode n : List.of(st.getSubject(), st.getObject())) {
                if (n.isURIResource() && !described.contains(n.toString()) && seen.add(n.toString())) {
                    others.add(n);
                }
            }
        }
        if (others.isEmpty()) {
            return;
        }
        ParameterizedSparqlString q = new ParameterizedSparqlString(GraphReader.PREFIXES + """
                CONSTRUCT { ?o ?lp ?l } WHERE {
                  VALUES (?o) { ?labelled }
                  VALUES ?lp { schema:name skos:prefLabel rdfs:label }
                  ?o ?lp ?l
                }""");
        // setValues fills a "VALUES (?x) { ?name }" placeholder; without one it binds nothing and the query
        // would fetch every label in the store.
        q.setValues("labelled", others);
        // The IRIs come from the store, and VALUES binds them as terms; still no text splicing.
        model.add(reader.construct(q));
    }
}
