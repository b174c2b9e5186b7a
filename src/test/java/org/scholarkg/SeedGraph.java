package org.scholarkg;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.scholarkg.rdf.Iris;
import org.scholarkg.rdf.RecordSetConverter;
import org.scholarkg.rdf.RioToJena;
import org.scholarkg.record.RecordReader;
import org.scholarkg.record.RecordSet;

/** The graph of the project's {@code data/} folder, converted in memory, for tests that query it. */
public final class SeedGraph {

    /** The default base. */
    public static final Iris IRIS = new Iris(Iris.DEFAULT_BASE);

    private SeedGraph() {
    }

    /** The records of {@code data/}. */
    public static RecordSet records() {
        return new RecordReader().read(List.of(Path.of("data")));
    }

    /** A dataset with one named graph per source and the union as default graph. */
    public static Dataset dataset() {
        Dataset dataset = DatasetFactory.createTxnMem();
        RioToJena adapter = new RioToJena(StreamRDFLib.dataset(dataset.asDatasetGraph()));
        adapter.startRDF();
        new RecordSetConverter(IRIS).convert(records(), adapter);
        adapter.endRDF();
        return dataset;
    }

    /** The union of the seed's named graphs. */
    public static org.apache.jena.rdf.model.Model union() {
        return dataset().getUnionModel();
    }
}
