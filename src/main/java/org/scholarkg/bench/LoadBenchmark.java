package org.scholarkg.bench;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.scholarkg.rdf.Iris;
import org.scholarkg.record.RecordReader;
import org.scholarkg.record.Records;
import org.scholarkg.store.GraphLoader;
import org.scholarkg.store.Tdb2Store;

/**
 * Records into an empty TDB2 store, as {@code load --store} does it, beside Jena's own TDB2 bulk loader
 * (the default of {@link LoaderFactory}, as {@code tdb2.tdbloader} uses) loading the same statements from
 * the N-Quads file the convert benchmark left. Reading the records is timed apart.
 *
 * <p>The store ScholarKG loaded stays for the query, pages and start benchmarks; the reference store is
 * deleted.
 */
public final class LoadBenchmark {

    /** The benchmark's name in result lines. */
    public static final String NAME = "load";

    private final Iris iris;
    private final Path work;

    public LoadBenchmark(Iris iris, Path work) {
        this.iris = iris;
        this.work = work;
    }

    /** The TDB2 folder this benchmark leaves for a size. */
    public static Path store(Path work, long size) {
        return work.resolve("tdb2-" + size);
    }

    /** Loads the records in a folder (generated for {@code size} papers). */
    public List<BenchFigure> run(Path records, long size) {
        Path nquads = ConvertBenchmark.nquads(work, size);
        if (!nquads.toFile().isFile()) {
            throw new IllegalStateException(nquads + " is missing: run bench convert for this size first");
        }
        long start = System.nanoTime();
        Records set = new RecordReader().open(List.of(records));
        double readSeconds = WorkFolders.secondsSince(start);

        Path store = store(work, size);
        WorkFolders.delete(store);
        start = System.nanoTime();
        long triples;
        try (Tdb2Store kg = new Tdb2Store(store)) {
            triples = new GraphLoader(iris).load(set, kg, g -> { }).triples();
        }
        double loadSeconds = WorkFolders.secondsSince(start);
        set = null; // the records are not needed any more: let the reference run have the heap

        Path reference = work.resolve("tdb2-jena-" + size);
        WorkFolders.delete(reference);
        start = System.nanoTime();
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(reference.toString());
        DataLoader loader = LoaderFactory.createLoader(dsg, (fmt, args) -> { });
        loader.startBulk();
        loader.load(nquads.toString());
        loader.finishBulk();
        long referenceTriples = loader.countQuads() + loader.countTriples();
        TDBInternal.expel(dsg);
        double referenceSeconds = WorkFolders.secondsSince(start);
        WorkFolders.delete(reference);

        double rate = triples / loadSeconds;
        double referenceRate = referenceTriples / referenceSeconds;
        return List.of(BenchFigure.of(NAME, size)
                .with("triples", triples)
                .with("read_s", readSeconds)
                .with("load_s", loadSeconds)
                .with("triples_per_s", rate)
                .with("triples_per_s_with_read", triples / (readSeconds + loadSeconds))
                .with("jena_bulk_s", referenceSeconds)
                .with("jena_bulk_triples_per_s", referenceRate)
                .with("ratio", rate / referenceRate)
                .with("ratio_with_read", triples / (readSeconds + loadSeconds) / referenceRate)
                .with("store_mib", WorkFolders.sizeMib(store)));
    }
}
