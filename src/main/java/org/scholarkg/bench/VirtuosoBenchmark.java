package org.scholarkg.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.scholarkg.KgException;
import org.scholarkg.rdf.Iris;

/**
 * The peer engine: Debian's Virtuoso on loopback, loaded with its own bulk loader ({@code ld_dir},
 * {@code rdf_loader_run}, {@code checkpoint}) from the N-Quads the convert benchmark left, then the same
 * {@link QueryMix} against Virtuoso's {@code /sparql}, for comparison with ScholarKG on TDB2.
 *
 * <p>Virtuoso 7.2 ignores a request body sent with {@code Transfer-Encoding: chunked}: a Graph Store
 * Protocol {@code PUT} answers 201 and stores nothing. {@link org.scholarkg.store.RemoteStore} streams its
 * {@code PUT}s chunked (no length is known while converting), so it cannot load Virtuoso; the bulk loader
 * reads the same statements instead. Queries over {@code --endpoint} work.
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

    /** Starts Virtuoso, bulk-loads the N-Quads of a size, runs the query mix, and stops it. */
    public List<BenchFigure> run(long size) {
        Path nquads = ConvertBenchmark.nquads(work, size).toAbsolutePath();
        if (!nquads.toFile().isFile()) {
            throw new IllegalStateException(nquads + " is missing: run bench convert for this size first");
        }
        List<BenchFigure> figures = new ArrayList<>();
        try (VirtuosoServer virtuoso = new VirtuosoServer(work.resolve("virtuoso-" + size), nquads.getParent())) {
            long start = System.nanoTime();
            virtuoso.sql("ld_dir('" + nquads.getParent() + "', '" + nquads.getFileName() + "', '"
                    + "urn:scholarkg:bench:default'); rdf_loader_run(); checkpoint;");
            double loadSeconds = WorkFolders.secondsSince(start);
            String errors = virtuoso.sql("SELECT COUNT(*) FROM DB.DBA.LOAD_LIST WHERE ll_error IS NOT NULL;");
            if (!errors.matches("(?s).*\\n\\s*0\\s*\\n.*")) {
                throw new KgException("Virtuoso's bulk loader reported errors:\n" + errors);
            }
            SparqlClient client = new SparqlClient(virtuoso.sparqlEndpoint());
            long triples = Long.parseLong(client.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
                    + "FILTER (STRSTARTS(STR(?g), \"" + iris.base() + "graph/\")) }").get(0).get(0));
            figures.add(BenchFigure.of(NAME, size)
                    .with("triples", triples)
                    .with("load_s", loadSeconds)
                    .with("triples_per_s", triples / loadSeconds));
            figures.addAll(new QueryBenchmark().run(virtuoso.sparqlEndpoint(), "virtuoso", size));
        }
        return figures;
    }
}
