package org.scholarkg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdfconnection.RDFConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A TDB2 store while its graphs are replaced: readers see the old graph or the new one, never a mix; and the
 * space of 50 replaces comes back with compaction.
 */
class StoreUnderChangeTest {

    private static final String G = "http://localhost:3030/graph/changing";

    @TempDir
    Path dir;

    private static GraphContent triples(int n, String tag) {
        return out -> {
            for (int i = 0; i < n; i++) {
                out.triple(Triple.create(NodeFactory.createURI("http://example.org/" + tag + "/s" + i),
                        NodeFactory.createURI("http://example.org/p"), NodeFactory.createLiteralString("value " + i)));
            }
        };
    }

    @Test
    void readersDuringAReplaceSeeTheOldGraphOrTheNewOne() throws Exception {
        try (Tdb2Store store = new Tdb2Store(dir.resolve("tdb2"))) {
            store.replaceGraph(G, triples(1000, "a"));
            AtomicBoolean done = new AtomicBoolean();
            Set<Long> seen = new ConcurrentSkipListSet<>();
            Thread reader = new Thread(() -> {
                try (RDFConnection conn = store.connect()) {
                    while (!done.get()) {
                        conn.querySelect("SELECT (COUNT(*) AS ?n) { GRAPH <" + G + "> { ?s ?p ?o } }",
                                r -> seen.add(r.getLiteral("n").getLong()));
                    }
                }
            });
            reader.start();
            for (int i = 0; i < 30; i++) {
                store.replaceGraph(G, i % 2 == 0 ? triples(2000, "b" + i) : triples(1000, "a" + i));
            }
            done.set(true);
            reader.join();
            assertThat(seen).isSubsetOf(1000L, 2000L).contains(1000L);
        }
    }

    /** Blocks the folder takes on disk (TDB2's files are sparse, so their lengths say little). */
    private static long diskKilobytes(Path folder) throws Exception {
        org.scholarkg.ExternalTool.Result du = org.scholarkg.ExternalTool.run(java.util.List.of("du", "-sk", folder.toString()));
        return Long.parseLong(du.stdout().split("\\s+")[0]);
    }

    @Test
    void compactionReclaimsTheSpaceOfFiftyReplaces() throws Exception {
        Path folder = dir.resolve("tdb2");
        try (Tdb2Store store = new Tdb2Store(folder)) {
            store.replaceGraph(G, triples(5000, "first"));
            store.replaceGraph(G, triples(5000, "second"));
            long once = diskKilobytes(folder);
            for (int i = 0; i < 50; i++) {
                store.replaceGraph(G, triples(5000, "round" + i));
            }
            long grown = diskKilobytes(folder);
            store.compact();
            long compacted = diskKilobytes(folder);
            assertThat(grown).as("50 replaces grow the store").isGreaterThan(once * 3);
            assertThat(compacted).as("compaction brings it back near one graph's size").isLessThan(once * 2);
            assertThat(store.graphSizes()).containsEntry(G, 5000L);
        }
    }
}
