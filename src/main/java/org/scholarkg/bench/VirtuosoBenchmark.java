package org.scholarkg.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.scholarkg.rdf.Iris;
import org.scholarkg.record.RecordReader;
import org.scholarkg.record.RecordSet;
import org.scholarkg.store.GraphLoader;
import org.scholarkg.store.RemoteStore;

/**
 * The peer engine: the records loaded into Debian's Virtuoso through ScholarKG's {@link RemoteStore} (one
 * Graph Store Protocol {@code PUT} per source, as {@code load --endpoint} does), then the same
 * {@link QueryMix} against Virtuoso's {@code /sparql}, for comparison with ScholarKG on TDB2.
 */
public final class VirtuosoBenchmark {

    /** The benchmark's name in the load line. */
    public static final String NAME = "virtuoso-load";

    private static final String QUERY_PATH = "sparql";
    private static final String GSP_PATH = "sparql-graph-crud";

    private final Iris iris;
    private final Path work;

    public VirtuosoBenchmark(Iris iris, Path work) {
        this.iris = iris;
        this.work = work;
    }

    /** Starts Virtuoso, loads the records in a folder, runs the query mix, and stops it. */
    public List<BenchFigure> run(Path records, long size) {
        RecordSet set = new RecordReader().read(List.of(records));
        List<BenchFigure> figures = new ArrayList<>();
        try (VirtuosoServer virtuoso = new VirtuosoServer(work.resolve("virtuoso-" + size))) {
            long start = System.nanoTime();
            long triples;
            try (RemoteStore store = new RemoteStore(virtuoso.baseUrl(), QUERY_PATH, QUERY_PATH, GSP_PATH, null,
                    null)) {
                triples = new GraphLoader(iris).load(set, store, g -> { }).triples();
            }
            double loadSeconds = WorkFolders.secondsSince(start);
            start = System.nanoTime();
            virtuoso.sql("checkpoint;");
            double checkpointSeconds = WorkFolders.secondsSince(start);
            figures.add(BenchFigure.of(NAME, size)
                    .with("triples", triples)
                    .with("load_s", loadSeconds)
                    .with("triples_per_s", triples / loadSeconds)
                    .with("checkpoint_s", checkpointSeconds));
            figures.addAll(new QueryBenchmark().run(virtuoso.sparqlEndpoint(), "virtuoso", size));
        }
        return figures;
    }
}
