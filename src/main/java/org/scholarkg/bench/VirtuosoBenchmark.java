package org.scholarkg.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.scholarkg.KgException;
import org.scholarkg.rdf.Iris;
import org.scholarkg.record.RecordReader;
import org.scholarkg.record.Records;
import org.scholarkg.store.GraphLoader;
import org.scholarkg.store.RemoteStore;

/**
 * The peer engine: Debian's Virtuoso on loopback, loaded as {@code load --endpoint} loads it ({@link
 * GraphLoader} into a {@link RemoteStore}: one Graph Store Protocol {@code PUT} per source graph, spooled and
 * sent with a {@code Content-Length}), beside Virtuoso's own bulk loader ({@code ld_dir}, {@code
 * rdf_loader_run}, {@code checkpoint}) on the N-Quads the convert benchmark left, each into a new server;
 * then the same {@link QueryMix} against the store ScholarKG loaded, for comparison with ScholarKG on TDB2.
 * Reading the records is timed apart.
 *
 * <p>The load through {@link RemoteStore} checks that Virtuoso then holds at least what its bulk loader stored
 * from the same statements: Virtuoso 7.2 answers a {@code PUT} whose body comes chunked with 201 and stores
 * nothing, which is why {@link RemoteStore.BodyMode#SPOOLED} is the default. Rates count the triples stored
 * (a statement sent twice is stored once), on both sides.
 */
public final class VirtuosoBenchmark {

    /** The benchmark's name in the load line. */
    public static final String NAME = "virtuoso-load";

    private final Iris iris;
    private final Path work;

    public VirtuosoBenchmark(Iris iris, Path work) {
        this.iris = iris;
        this.work = work;
    }

    /** Loads the records in a folder (generated for {@code size} papers), runs the query mix, stops. */
    public List<BenchFigure> run(Path records, long size) {
        Path nquads = ConvertBenchmark.nquads(work, size).toAbsolutePath();
        if (!nquads.toFile().isFile()) {
            throw new IllegalStateException(nquads + " is missing: run bench convert for this size first");
        }
        long start = System.nanoTime();
        Records set = new RecordReader().open(List.of(records));
        double readSeconds = WorkFolders.secondsSince(start);

        BulkLoad bulk = bulkLoad(nquads, size);

        List<BenchFigure> figures = new ArrayList<>();
        try (VirtuosoServer virtuoso = new VirtuosoServer(folder(size), nquads.getParent(),
                VirtuosoServer.BENCHMARK_BUFFERS);
                RemoteStore store = virtuoso.remoteStore().build()) {
            start = System.nanoTime();
            long sent = new GraphLoader(iris).load(set, store, g -> { }).triples();
            double loadSeconds = WorkFolders.secondsSince(start);
            set = null; // the index is not needed any more: let the query mix have the heap
            long triples = storedTriples(virtuoso);
            // The graphs hold every statement the bulk loader read, and each its void:triples; fewer means the
            // server dropped a body.
            if (triples < bulk.triples()) {
                throw new KgException("Virtuoso holds " + triples + " triples after load --endpoint sent " + sent
                        + " statements, fewer than the " + bulk.triples() + " its bulk loader stored from the same ones");
            }
            double rate = triples / loadSeconds;
            double bulkRate = bulk.triples() / bulk.seconds();
            figures.add(BenchFigure.of(NAME, size)
                    .with("statements_sent", sent)
                    .with("triples", triples)
                    .with("read_s", readSeconds)
                    .with("load_s", loadSeconds)
                    .with("triples_per_s", rate)
                    .with("triples_per_s_with_read", triples / (readSeconds + loadSeconds))
                    .with("bulk_triples", bulk.triples())
                    .with("bulk_s", bulk.seconds())
                    .with("bulk_triples_per_s", bulkRate)
                    .with("ratio", rate / bulkRate));
            figures.addAll(new QueryBenchmark().run(virtuoso.sparqlEndpoint(), "virtuoso", size));
        }
        return figures;
    }

    /** What Virtuoso's own bulk loader did on a new server. */
    private record BulkLoad(long triples, double seconds) {
    }

    private BulkLoad bulkLoad(Path nquads, long size) {
        try (VirtuosoServer virtuoso = new VirtuosoServer(folder(size), nquads.getParent(),
                VirtuosoServer.BENCHMARK_BUFFERS)) {
            long start = System.nanoTime();
            virtuoso.sql("ld_dir('" + nquads.getParent() + "', '" + nquads.getFileName() + "', '"
                    + "urn:scholarkg:bench:default'); rdf_loader_run(); checkpoint;");
            double seconds = WorkFolders.secondsSince(start);
            String errors = virtuoso.sql("SELECT COUNT(*) FROM DB.DBA.LOAD_LIST WHERE ll_error IS NOT NULL;");
            if (!errors.matches("(?s).*\\n\\s*0\\s*\\n.*")) {
                throw new KgException("Virtuoso's bulk loader reported errors:\n" + errors);
            }
            return new BulkLoad(storedTriples(virtuoso), seconds);
        }
    }

    private Path folder(long size) {
        return work.resolve("virtuoso-" + size);
    }

    /** The triples in ScholarKG's source graphs, counted by the server. */
    private long storedTriples(VirtuosoServer virtuoso) {
        SparqlClient client = new SparqlClient(virtuoso.sparqlEndpoint());
        return Long.parseLong(client.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
                + "FILTER (STRSTARTS(STR(?g), \"" + iris.base() + "graph/\")) }").get(0).get(0));
    }
}
