package org.scholarkg.rdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.scholarkg.record.RecordReader;
import org.scholarkg.record.RecordSet;

/**
 * One in-memory Jena graph from a mix of record files (converted) and RDF files (parsed), for
 * validation. Folders are read as record folders.
 */
public final class InputGraphs {

    private final Iris iris;
    private final RecordReader reader;

    public InputGraphs(Iris iris, RecordReader reader) {
        this.iris = iris;
        this.reader = reader;
    }

    /** The union of every input's statements. */
    public Graph read(List<Path> inputs) {
        Graph graph = GraphFactory.createDefaultGraph();
        StreamRDF stream = StreamRDFLib.graph(graph);
        List<Path> records = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.isDirectory(input) && RdfFiles.isRdf(input)) {
                RdfFiles.readInto(input, stream);
            } else {
                records.add(input);
            }
        }
        if (!records.isEmpty()) {
            RecordSet set = reader.read(records);
            RioToJena adapter = new RioToJena(stream);
            // Named graphs are dropped: the quads' triples all go into the one graph.
            new RecordSetConverter(iris).convert(set, new TriplesOnly(adapter));
        }
        return graph;
    }

    /** Drops contexts, so quads reach a triple stream as triples. */
    private static final class TriplesOnly extends org.eclipse.rdf4j.rio.helpers.AbstractRDFHandler {
        private static final org.eclipse.rdf4j.model.ValueFactory VALUES =
                org.eclipse.rdf4j.model.impl.SimpleValueFactory.getInstance();
        private final org.eclipse.rdf4j.rio.RDFHandler out;

        TriplesOnly(org.eclipse.rdf4j.rio.RDFHandler out) {
            this.out = out;
        }

        @Override
        public void handleStatement(org.eclipse.rdf4j.model.Statement st) {
            out.handleStatement(VALUES.createStatement(st.getSubject(), st.getPredicate(), st.getObject()));
        }
    }
}
