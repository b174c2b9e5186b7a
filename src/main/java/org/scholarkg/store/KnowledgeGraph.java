package org.scholarkg.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ObjLongConsumer;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdfconnection.RDFConnection;

/**
 * A store of named graphs, one per source, queried with SPARQL; the default graph is the union of the
 * named graphs.
 *
 * <pre>{@code
 * try (KnowledgeGraph kg = new Tdb2Store(Path.of("var/tdb2"))) {
 *     kg.replaceGraph("http://localhost:3030/graph/mcml-jegelka", out -> ...);
 *     try (RDFConnection conn = kg.connect()) { conn.querySelect("SELECT ...", row -> ...); }
 * }
 * }</pre>
 */
public interface KnowledgeGraph extends AutoCloseable {

    /**
     * Replaces a named graph with new content in one transaction: readers see the old graph or the new
     * one, never a part; if the content throws, the old graph stays.
     *
     * @return the number of statements written
     */
    long replaceGraph(String graph, GraphContent content);

    /** A named graph and its new content, for {@link #replaceGraphs}. */
    record GraphUpdate(String graph, GraphContent content) {
    }

    /**
     * Replaces several named graphs, each as {@link #replaceGraph} does, in order. A store may do them
     * together faster: TDB2 bulk-loads them all into an empty store in one transaction.
     *
     * @param done told of each graph and its statement count when the graph is written
     */
    default void replaceGraphs(List<GraphUpdate> updates, ObjLongConsumer<GraphUpdate> done) {
        for (GraphUpdate update : updates) {
            done.accept(update, replaceGraph(update.graph(), update.content()));
        }
    }

    /** A connection for SPARQL queries (and, where the store allows, updates); the caller closes it. */
    RDFConnection connect();

    /** The number of triples in each named graph, by graph IRI. */
    default Map<String, Long> graphSizes() {
        Map<String, Long> sizes = new LinkedHashMap<>();
        try (RDFConnection conn = connect()) {
            conn.querySelect("SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g",
                    (QuerySolution row) -> sizes.put(row.getResource("g").getURI(), row.getLiteral("n").getLong()));
        }
        return sizes;
    }

    /** True when no named graph holds a triple. */
    default boolean isEmpty() {
        try (RDFConnection conn = connect()) {
            return !conn.queryAsk("ASK { GRAPH ?g { ?s ?p ?o } }");
        }
    }

    /** A human-readable name for messages, e.g. the store's folder or endpoint. */
    String describe();

    @Override
    void close();
}
