package org.scholarkg.store;

import org.apache.jena.riot.system.StreamRDF;

/**
 * The content of one named graph, written on demand into a stream (as quads in that graph, or triples).
 * The stream is started and finished by the store.
 */
@FunctionalInterface
public interface GraphContent {

    /** Writes every statement of the graph; throwing leaves the store's previous graph in place. */
    void writeTo(StreamRDF out);
}
