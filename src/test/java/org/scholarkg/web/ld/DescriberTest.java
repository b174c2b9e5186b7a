package org.scholarkg.web.ld;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scholarkg.SeedGraph;
import org.scholarkg.SyntheticStore;
import org.scholarkg.record.RecordReader;
import org.scholarkg.store.GraphLoader;
import org.scholarkg.store.Tdb2Store;

/**
 * The description of a resource is the same set of triples as the single CONSTRUCT it replaced gave, on the
 * seed group and on synthetic records (long author lists, people with hundreds of papers), in real TDB2
 * stores.
 */
class DescriberTest {

    private static final String SKG = "https://w3id.org/scholarkg/ns#";
    private static Tdb2Store seed;
    private static Tdb2Store synthetic;

    @BeforeAll
    static void load() throws Exception {
        seed = new Tdb2Store(Files.createTempDirectory("describer-seed"));
        new GraphLoader(SeedGraph.IRIS).load(new RecordReader().read(List.of(Path.of("data"),
                Path.of("src/test/resources/web/xss.yaml"))), seed, g -> { });
        synthetic = SyntheticStore.get();
    }

    @AfterAll
    static void close() {
        seed.close();
    }

    @Test
    void everySeedResourceIsDescribedAsBefore() {
        GraphReader reader = new GraphReader(seed.datasetGraph(), SeedGraph.IRIS);
        List<String> resources = resources(reader, Integer.MAX_VALUE);
        assertThat(resources).hasSizeGreaterThanOrEqualTo(20);
        assertSameDescriptions(reader, resources);
    }

    @Test
    void syntheticResourcesAreDescribedAsBefore() {
        GraphReader reader = new GraphReader(synthetic.datasetGraph(), SeedGraph.IRIS);
        List<String> resources = new ArrayList<>(resources(reader, 25));
        // The longest author list and the most prolific author: the descriptions that reach furthest.
        resources.add(reader.select("""
                SELECT ?p (COUNT(?a) AS ?n) { ?p skg:authorship ?a } GROUP BY ?p ORDER BY DESC(?n) LIMIT 1""",
                Map.of()).get(0).getResource("p").getURI());
        resources.add(reader.select("""
                SELECT ?x (COUNT(?a) AS ?n) { ?a skg:person ?x } GROUP BY ?x ORDER BY DESC(?n) LIMIT 1""",
                Map.of()).get(0).getResource("x").getURI());
        assertSameDescriptions(reader, resources);
    }

    @Test
    void anUnknownResourceHasAnEmptyDescription() {
        Describer describer = new Describer(new GraphReader(seed.datasetGraph(), SeedGraph.IRIS));
        assertThat(describer.describe(SeedGraph.IRIS.base() + "id/person/nobody").isEmpty()).isTrue();
        assertThat(describer.exists(SeedGraph.IRIS.base() + "id/person/nobody")).isFalse();
        assertThat(describer.exists(SeedGraph.IRIS.base() + "id/person/stefanie-jegelka")).isTrue();
    }

    @Test
    void aTripleInTwoGraphsIsOneTripleAndPointersAreBounded() throws Exception {
        try (Tdb2Store store = new Tdb2Store(Files.createTempDirectory("describer-bounded"))) {
            String r = SeedGraph.IRIS.base() + "id/area/crowded";
            Node area = NodeFactory.createURI(r);
            Node name = NodeFactory.createURI("http://schema.org/name");
            Node about = NodeFactory.createURI("http://schema.org/knowsAbout");
            DatasetGraph dsg = store.datasetGraph();
            Txn.executeWrite(dsg, () -> {
                for (String g : List.of("urn:g1", "urn:g2")) {
                    dsg.add(NodeFactory.createURI(g), area, name, NodeFactory.createLiteralString("Crowded"));
                }
                for (int i = 0; i < Describer.MAX_INVERSE + 10; i++) {
                    dsg.add(NodeFactory.createURI("urn:g1"), NodeFactory.createURI(SeedGraph.IRIS.base() + "id/person/p" + i),
                            about, area);
                }
            });
            GraphReader reader = new GraphReader(dsg, SeedGraph.IRIS);
            Model description = new Describer(reader).describe(r);
            assertThat(description.listStatements(null, null, description.getResource(r)).toList())
                    .hasSize(Describer.MAX_INVERSE);
            assertThat(description.listStatements(description.getResource(r), null, (RDFNode) null).toList()).hasSize(1);
            assertThat(description.size()).isEqualTo(new Reference(reader).describe(r).size());
        }
    }

    private static void assertSameDescriptions(GraphReader reader, List<String> resources) {
        Describer describer = new Describer(reader);
        Reference reference = new Reference(reader);
        for (String iri : resources) {
            Model expected = reference.describe(iri);
            Model actual = describer.describe(iri);
            assertThat(actual.isIsomorphicWith(expected)).as("%s: %d triples, before %d", iri, actual.size(),
                    expected.size()).isTrue();
        }
        assertThat(resources.stream().anyMatch(iri -> reference.describe(iri).listStatements(null,
                reference.describe(iri).createProperty(SKG, "printedName"), (RDFNode) null).hasNext())).isTrue();
    }

    /** Up to {@code perKind} resources of each kind with pages. */
    private static List<String> resources(GraphReader reader, int perKind) {
        List<String> all = new ArrayList<>();
        for (String kind : ResourcePath.KINDS) {
            String prefix = reader.iris().base() + "id/" + kind + "/";
            List<QuerySolution> rows = reader.select("""
                    SELECT DISTINCT ?s { ?s ?p ?o FILTER (isIRI(?s) && STRSTARTS(STR(?s), ?prefix) && !CONTAINS(STR(?s), "#")) }
                    ORDER BY ?s""", Map.of("prefix", prefix));
            rows.stream().limit(perKind).forEach(row -> all.add(row.getResource("s").getURI()));
        }
        return all;
    }

    /** The description as the one CONSTRUCT of the earlier version built it: the reference. */
    private static final class Reference {
        private final GraphReader reader;

        Reference(GraphReader reader) {
            this.reader = reader;
        }

        Model describe(String iri) {
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
                model.add(reader.construct("CONSTRUCT { ?s ?p ?r } WHERE { ?s ?p ?r } LIMIT " + Describer.MAX_INVERSE,
                        Map.of("r", GraphReader.iri(iri))));
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
                if (!others.isEmpty()) {
                    ParameterizedSparqlString q = new ParameterizedSparqlString(GraphReader.PREFIXES + """
                            CONSTRUCT { ?o ?lp ?l } WHERE {
                              VALUES (?o) { ?labelled }
                              VALUES ?lp { schema:name skos:prefLabel rdfs:label }
                              ?o ?lp ?l
                            }""");
                    q.setValues("labelled", others);
                    model.add(reader.construct(q));
                }
                return model;
            });
        }
    }
}
