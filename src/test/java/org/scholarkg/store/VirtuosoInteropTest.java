package org.scholarkg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scholarkg.store.KnowledgeGraphContractTest.triples;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarkg.ExternalTool;
import org.scholarkg.SeedGraph;
import org.scholarkg.bench.VirtuosoServer;
import org.scholarkg.cli.Main;
import picocli.CommandLine;

/**
 * {@link RemoteStore} against a real Virtuoso (Debian's {@code virtuoso-opensource}, started on loopback in a
 * temporary folder): {@code load --endpoint} stores what it stores in TDB2, and a replace replaces.
 */
class VirtuosoInteropTest {

    private static final String SOURCES = SeedGraph.IRIS.base() + "graph/";
    private static final String TESTS = "http://example.org/graph/";
    private static final String G = TESTS + "replaced";

    @TempDir
    static Path dir;
    private static VirtuosoServer virtuoso;

    @BeforeAll
    static void startVirtuoso() {
        ExternalTool.require("/usr/bin/virtuoso-t", "virtuoso-opensource");
        ExternalTool.require("/usr/bin/isql-vt", "virtuoso-opensource");
        virtuoso = new VirtuosoServer(dir.resolve("virtuoso"), dir, VirtuosoServer.SMALL_BUFFERS);
    }

    @AfterAll
    static void stopVirtuoso() {
        if (virtuoso != null) {
            virtuoso.close();
        }
    }

    /** The sizes of the graphs under a prefix: Virtuoso keeps graphs of its own. */
    private static Map<String, Long> sizes(KnowledgeGraph kg, String prefix) {
        Map<String, Long> sizes = new TreeMap<>(kg.graphSizes());
        sizes.keySet().removeIf(g -> !g.startsWith(prefix));
        return sizes;
    }

    private static Model graph(KnowledgeGraph kg, String g) {
        try (RDFConnection conn = kg.connect()) {
            return conn.queryConstruct("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <" + g + "> { ?s ?p ?o } }");
        }
    }

    @Test
    void loadingTheDataFolderStoresWhatTdb2Stores(@TempDir Path tdb) {
        StringWriter out = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(new StringWriter()));
        int exit = cli.execute("load", "data", "--endpoint", virtuoso.baseUrl(), "--gsp-path", VirtuosoServer.GSP_PATH);
        assertThat(exit).as(out.toString()).isZero();

        try (Tdb2Store local = new Tdb2Store(tdb.resolve("tdb2"));
                RemoteStore remote = virtuoso.remoteStore().build()) {
            GraphLoader.LoadReport report = new GraphLoader(SeedGraph.IRIS).load(SeedGraph.records(), local, g -> { });
            Map<String, Long> expected = sizes(local, SOURCES);
            assertThat(expected).isNotEmpty();
            assertThat(sizes(remote, SOURCES)).isEqualTo(expected);
            assertThat(out.toString()).contains(String.format("%,d triples", report.triples()));
            for (String g : expected.keySet()) {
                assertThat(graph(remote, g).isIsomorphicWith(graph(local, g))).as(g).isTrue();
            }
        }
    }

    @Test
    void aReplaceReplacesTheGraphAndAFailedOneLeavesIt() {
        try (RemoteStore remote = virtuoso.remoteStore().build()) {
            remote.replaceGraph(G, triples(3));
            remote.replaceGraph(G, triples(2));
            assertThat(sizes(remote, TESTS)).containsEntry(G, 2L);

            assertThatThrownBy(() -> remote.replaceGraph(G, out -> {
                triples(1).writeTo(out);
                throw new IllegalStateException("the source broke half-way");
            })).hasMessage("the source broke half-way");
            assertThat(sizes(remote, TESTS)).containsEntry(G, 2L);
        }
    }

    @Test
    void aStreamedPutIsWhatVirtuosoIgnores() {
        // Why spooling is the default: Virtuoso 7.2 answers a chunked body with success and an empty graph.
        try (RemoteStore streamed = virtuoso.remoteStore().bodyMode(RemoteStore.BodyMode.STREAMED).build()) {
            String g = TESTS + "streamed";
            assertThat(streamed.replaceGraph(g, triples(3))).isEqualTo(3);
            assertThat(sizes(streamed, TESTS)).doesNotContainKey(g);
        }
    }
}
