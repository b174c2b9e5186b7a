package org.scholarkg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scholarkg.SeedGraph;

/**
 * What every {@link KnowledgeGraph} must do, run against each implementation by a subclass (as RDF4J's
 * abstract parser tests are): named graphs replaced whole and atomically, a failed replace that leaves the
 * old graph, idempotent reloads, the union default graph.
 */
abstract class KnowledgeGraphContractTest {

    private static final String G = "http://localhost:3030/graph/test";
    protected KnowledgeGraph store;

    /** A new, empty store. */
    protected abstract KnowledgeGraph newStore() throws Exception;

    @BeforeEach
    void open() throws Exception {
        store = newStore();
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** {@code n} triples {@code <s_i> <p> "o_i"}. */
    static GraphContent triples(int n) {
        return out -> {
            for (int i = 0; i < n; i++) {
                out.triple(Triple.create(NodeFactory.createURI("http://example.org/s" + i),
                        NodeFactory.createURI("http://example.org/p"), NodeFactory.createLiteralString("o" + i)));
            }
        };
    }

    private Model graph(String g) {
        try (RDFConnection conn = store.connect()) {
            return conn.queryConstruct("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <" + g + "> { ?s ?p ?o } }");
        }
    }

    @Test
    void aNewStoreIsEmpty() {
        assertThat(store.isEmpty()).isTrue();
        assertThat(store.graphSizes()).isEmpty();
    }

    @Test
    void replacingAGraphReplacesItWhole() {
        assertThat(store.replaceGraph(G, triples(3))).isEqualTo(3);
        assertThat(store.graphSizes()).containsEntry(G, 3L);
        store.replaceGraph(G, triples(2));
        assertThat(store.graphSizes()).isEqualTo(Map.of(G, 2L));
        assertThat(store.isEmpty()).isFalse();
    }

    @Test
    void aReplaceThatFailsHalfWayLeavesTheOldGraph() {
        store.replaceGraph(G, triples(3));
        Model before = graph(G);
        assertThatThrownBy(() -> store.replaceGraph(G, out -> {
            triples(1).writeTo(out);
            throw new IllegalStateException("the source broke half-way");
        })).hasMessageContaining("the source broke half-way");
        assertThat(graph(G).isIsomorphicWith(before)).isTrue();
        assertThat(store.graphSizes()).isEqualTo(Map.of(G, 3L));
    }

    @Test
    void aFirstLoadThatFailsLeavesTheStoreEmpty() {
        assertThatThrownBy(() -> store.replaceGraph(G, out -> {
            triples(10).writeTo(out);
            throw new IllegalStateException("broke during the first load");
        })).hasMessageContaining("broke during the first load");
        assertThat(store.isEmpty()).isTrue();
    }

    @Test
    void otherGraphsAreLeftAlone() {
        store.replaceGraph(G, triples(3));
        store.replaceGraph(G + "2", triples(5));
        store.replaceGraph(G, triples(1));
        assertThat(store.graphSizes()).isEqualTo(Map.of(G, 1L, G + "2", 5L));
    }

    @Test
    void theSeedLoadsWithItsCountAndTheUnionDefaultGraphAnswers() {
        GraphLoader.LoadReport report = new GraphLoader(SeedGraph.IRIS).load(SeedGraph.records(), store, g -> { });
        String graph = SeedGraph.IRIS.graph("mcml-jegelka").stringValue();
        long size = store.graphSizes().get(graph);
        assertThat(report.triples()).isEqualTo(size);
        try (RDFConnection conn = store.connect()) {
            long[] papers = new long[1];
            conn.querySelect("SELECT (COUNT(?p) AS ?n) { ?p a <http://schema.org/ScholarlyArticle> }",
                    row -> papers[0] = row.getLiteral("n").getLong());
            assertThat(papers[0]).isEqualTo(9);
            long[] counted = new long[1];
            conn.querySelect("SELECT ?n { GRAPH <" + graph + "> { <" + graph + "> <http://rdfs.org/ns/void#triples> ?n } }",
                    row -> counted[0] = row.getLiteral("n").getLong());
            assertThat(counted[0]).isEqualTo(size);
        }
    }

    @Test
    void reloadingAnUnchangedSourceLeavesTheSameTriples() {
        GraphLoader loader = new GraphLoader(SeedGraph.IRIS);
        loader.load(SeedGraph.records(), store, g -> { });
        String graph = SeedGraph.IRIS.graph("mcml-jegelka").stringValue();
        Model first = graph(graph);
        loader.load(SeedGraph.records(), store, g -> { });
        Model second = graph(graph);
        assertThat(second.size()).isEqualTo(first.size());
        assertThat(second.isIsomorphicWith(first)).isTrue();
        assertThat(store.graphSizes()).hasSize(1);
    }
}
