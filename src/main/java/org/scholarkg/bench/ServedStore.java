package org.scholarkg.bench;

import java.nio.file.Path;
import org.scholarkg.rdf.Iris;
import org.scholarkg.store.Tdb2Store;
import org.scholarkg.web.KgServer;

/**
 * A TDB2 store served by ScholarKG's server in this JVM on a free loopback port, for as long as it is
 * open.
 */
public final class ServedStore implements AutoCloseable {

    private final Tdb2Store store;
    private final KgServer server;

    public ServedStore(Path folder, Iris iris) {
        this.store = new Tdb2Store(folder);
        this.server = KgServer.builder(store.datasetGraph()).port(0).iris(iris)
                .dumpFolder(folder.resolveSibling(folder.getFileName() + "-dumps")).build().start();
    }

    /** {@code http://localhost:PORT}. */
    public String baseUrl() {
        return "http://localhost:" + server.port();
    }

    /** The SPARQL query endpoint. */
    public String sparqlEndpoint() {
        return baseUrl() + KgServer.DATASET + "/sparql";
    }

    @Override
    public void close() {
        server.stop();
        store.close();
    }
}
