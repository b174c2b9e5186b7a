package org.scholarkg.store;

import java.io.OutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;

/**
 * The content of one named graph written as N-Triples to a byte stream, the body of a Graph Store Protocol
 * {@code PUT}: quads must be in that graph and are written as triples; statements are counted.
 */
final class GraphNTriples {

    private GraphNTriples() {
    }

    /**
     * Writes the content and flushes it, also when the content throws (then its exception propagates, after
     * what was written before it), so a caller may append to the stream either way.
     *
     * @return the number of statements written
     */
    static long write(GraphContent content, Node graph, OutputStream out) {
        StreamRDF writer = StreamRDFWriter.getWriterStream(out, Lang.NTRIPLES);
        long[] count = new long[1];
        writer.start();
        try {
            content.writeTo(new StreamRDFBase() {
                @Override
                public void triple(Triple triple) {
                    writer.triple(triple);
                    count[0]++;
                }

                @Override
                public void quad(Quad quad) {
                    if (!quad.getGraph().equals(graph)) {
                        throw new IllegalArgumentException("a statement for graph " + quad.getGraph()
                                + " while loading " + graph);
                    }
                    writer.triple(quad.asTriple());
                    count[0]++;
                }
            });
        } finally {
            writer.finish();
        }
        return count[0];
    }
}
