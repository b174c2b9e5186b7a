package org.scholarkg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scholarkg.store.KnowledgeGraphContractTest.triples;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.scholarkg.KgConfigException;
import org.scholarkg.StandaloneFuseki;
import org.scholarkg.web.KgServer;

/**
 * The contract on {@link RemoteStore} against a real, separate Fuseki process, once per body mode; every
 * test starts from an emptied dataset.
 */
class RemoteStoreTest {

    private static final String G = "http://localhost:3030/graph/test";
    private static StandaloneFuseki fuseki;

    @BeforeAll
    static void startFuseki() throws Exception {
        fuseki = StandaloneFuseki.start(Files.createTempDirectory("fuseki-tdb2"));
    }

    @AfterAll
    static void stopFuseki() {
        fuseki.close();
    }

    private static RemoteStore emptied(RemoteStore remote) {
        try (var conn = remote.connect()) {
            conn.update("DROP ALL");
        }
        return remote;
    }

    private static long filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    /** The default: each graph spooled to a temporary file, sent with a Content-Length. */
    @Nested
    class Spooled extends KnowledgeGraphContractTest {

        @TempDir
        Path spool;

        @Override
        protected KnowledgeGraph newStore() {
            return emptied(RemoteStore.builder(fuseki.endpoint()).spoolFolder(spool).build());
        }

        @Test
        void describesItsEndpoint() {
            assertThat(store.describe()).isEqualTo("SPARQL endpoint " + fuseki.endpoint());
        }

        @Test
        void theTemporaryFileIsGoneAfterALoadAFailedContentAndARefusal() throws Exception {
            store.replaceGraph(G, triples(1));
            assertThat(filesIn(spool)).isZero();
            assertThatThrownBy(() -> store.replaceGraph(G, out -> {
                triples(1).writeTo(out);
                throw new IllegalStateException("broke");
            })).hasMessage("broke");
            assertThat(filesIn(spool)).isZero();
            RemoteStore noSuchService = RemoteStore.builder(fuseki.endpoint()).gspPath("no-such-service")
                    .spoolFolder(spool).build();
            assertThatThrownBy(() -> noSuchService.replaceGraph(G, triples(1)))
                    .hasMessageMatching("(?s)PUT .*/no-such-service\\?.* answered 4\\d\\d:.*");
            assertThat(filesIn(spool)).isZero();
            assertThat(store.graphSizes()).isEqualTo(Map.of(G, 1L));
        }
    }

    /** The opt-in: each graph streamed chunked while it is converted. */
    @Nested
    class Streamed extends KnowledgeGraphContractTest {

        @Override
        protected KnowledgeGraph newStore() {
            return emptied(RemoteStore.builder(fuseki.endpoint()).bodyMode(RemoteStore.BodyMode.STREAMED).build());
        }

        @Test
        void anUnreachableStoreIsNamedNotABrokenPipe() throws Exception {
            int closed = StandaloneFuseki.freePort();
            RemoteStore nowhere = RemoteStore.builder("http://localhost:" + closed + "/kg")
                    .bodyMode(RemoteStore.BodyMode.STREAMED).build();
            assertThatThrownBy(() -> nowhere.replaceGraph(G, triples(1))).hasMessageContaining("cannot reach");
        }
    }

    @Test
    void aSpooledContentThatFailsSendsNothing(@TempDir Path spool) throws Exception {
        try (ServerSocket listener = new ServerSocket(0)) {
            listener.setSoTimeout(300);
            RemoteStore remote = RemoteStore.builder("http://localhost:" + listener.getLocalPort() + "/kg")
                    .spoolFolder(spool).build();
            assertThatThrownBy(() -> remote.replaceGraph(G, out -> {
                triples(1).writeTo(out);
                throw new IllegalStateException("the source broke half-way");
            })).isInstanceOf(IllegalStateException.class).hasMessage("the source broke half-way");
            assertThatThrownBy(listener::accept).as("no connection was opened").isInstanceOf(SocketTimeoutException.class);
            assertThat(filesIn(spool)).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(RemoteStore.BodyMode.class)
    void aPutCarriesItsCredentialsFromTheStart(RemoteStore.BodyMode mode, @TempDir Path dir) {
        // ScholarKG's own server with an admin password: its Graph Store Protocol service asks for them.
        try (Tdb2Store local = new Tdb2Store(dir.resolve("tdb2"))) {
            KgServer server = KgServer.builder(local.datasetGraph()).port(0).adminPassword("s3cret").build().start();
            try {
                String endpoint = "http://localhost:" + server.port() + KgServer.DATASET;
                RemoteStore admin = RemoteStore.builder(endpoint).credentials(KgServer.ADMIN_USER, "s3cret")
                        .bodyMode(mode).build();
                assertThat(admin.replaceGraph(G, triples(20_000))).isEqualTo(20_000);
                RemoteStore wrong = RemoteStore.builder(endpoint).credentials(KgServer.ADMIN_USER, "wrong")
                        .bodyMode(mode).build();
                assertThatThrownBy(() -> wrong.replaceGraph(G, triples(1))).hasMessageContaining("answered 401");
                assertThat(local.graphSizes()).isEqualTo(Map.of(G, 20_000L));
            } finally {
                server.stop();
            }
        }
    }

    @Test
    void pathsMustBeRelativeToTheEndpoint() {
        assertThatThrownBy(() -> RemoteStore.builder("http://localhost:8890").gspPath("/sparql-graph-crud").build())
                .isInstanceOf(KgConfigException.class)
                .hasMessage("Graph Store Protocol path '/sparql-graph-crud' must be a path relative to the endpoint, "
                        + "e.g. sparql");
        assertThatThrownBy(() -> RemoteStore.builder("localhost:8890").build())
                .isInstanceOf(KgConfigException.class).hasMessageContaining("must be an http(s) URL");
    }
}
