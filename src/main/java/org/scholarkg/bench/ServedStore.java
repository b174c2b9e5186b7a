package org.scholarkg.bench;

import java.nio.file.Path;
import org.scholarkg.rdf.Iris;
import org.scholarkg.store.Tdb2Store;
import org.scholarkg.web.KgServer;

/**
 * A TDB2 store served by ScholarKG's server in this JVM on a free loopback port, for as long as it is
 * open; a second server on the same store keeps no documents, to measure pages made afresh.
 */
public final class ServedStore implements AutoCloseable {

    /** The query timeout of the benchmark's server. */
    static final java.time.Duration QUERY_TIMEOUT = java.time.Duration.ofMinutes(5);

    private final Tdb2Store store;
    private final KgServer server;
    private final KgServer uncached;

    public ServedStore(Path folder, Iris iris) {
        this.store = new Tdb2Store(folder);
        Path dumps = folder.resolveSibling(folder.getFileName() + "-dumps");
        // The aggregates of the query mix scan the whole store: at a million papers they take longer than
        // serve's default timeout, and the benchmark measures them rather than the timeout.
        this.server = KgServer.builder(store.datasetGraph()).port(0).iris(iris).dumpFolder(dumps)
                .queryTimeout(QUERY_TIMEOUT).build().start();
        this.uncached = KgServer.builder(store.datasetGraph()).port(0).iris(iris).dumpFolder(dumps).documentCache(0)
                .build().start();
    }

    /** {@code http://localhost:PORT}. */
    public String baseUrl() {
        return "http://localhost:" + server.port();
    }

    /** The server without a document cache: every page is made for its request. */
    public String uncachedBaseUrl() {
        return "http://localhost:" + uncached.port();
    }

    /** The SPARQL query endpoint. */
    public String sparqlEndpoint() {
        return baseUrl() + KgServer.DATASET + "/sparql";
    }

    @Override
    public void close() {
        server.stop();
        uncached.stop();
        store.close();
    }
}
