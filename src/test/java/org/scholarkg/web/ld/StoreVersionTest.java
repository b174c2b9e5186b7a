package org.scholarkg.web.ld;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarkg.store.GraphContent;
import org.scholarkg.store.KnowledgeGraph;
import org.scholarkg.store.Tdb2Store;

/** Every way a TDB2 store changes gives a new version; compaction and reads do not. */
class StoreVersionTest {

    private static final GraphContent ONE = out -> out.triple(Triple.create(NodeFactory.createURI("urn:a"),
            NodeFactory.createURI("urn:p"), NodeFactory.createURI("urn:b")));

    private static long version(Tdb2Store store) {
        StoreVersion version = new StoreVersion(store.datasetGraph());
        OptionalLong v = Txn.calculateRead(store.datasetGraph(), version::inTransaction);
        assertThat(v).isPresent();
        return v.getAsLong();
    }

    @Test
    void bulkLoadReplaceAndUpdateEachGiveANewVersion(@TempDir Path folder) {
        try (Tdb2Store store = new Tdb2Store(folder.resolve("tdb2"))) {
            long empty = version(store);
            store.replaceGraphs(List.of(new KnowledgeGraph.GraphUpdate("urn:g1", ONE),
                    new KnowledgeGraph.GraphUpdate("urn:g2", ONE)), (u, n) -> { });
            long bulk = version(store);
            assertThat(bulk).isGreaterThan(empty);
            assertThat(version(store)).as("reading changes nothing").isEqualTo(bulk);
            store.replaceGraph("urn:g1", ONE);
            long replaced = version(store);
            assertThat(replaced).isGreaterThan(bulk);
            DatasetGraph dsg = store.datasetGraph();
            Txn.executeWrite(dsg, () -> dsg.add(NodeFactory.createURI("urn:g3"), NodeFactory.createURI("urn:c"),
                    NodeFactory.createURI("urn:p"), NodeFactory.createURI("urn:d")));
            long updated = version(store);
            assertThat(updated).isGreaterThan(replaced);
            store.compact();
            assertThat(version(store)).isEqualTo(updated);
        }
    }

    @Test
    void aFirstSingleGraphBulkLoadGivesANewVersionToo(@TempDir Path folder) {
        try (Tdb2Store store = new Tdb2Store(folder.resolve("tdb2"))) {
            long empty = version(store);
            store.replaceGraph("urn:g1", ONE);
            assertThat(version(store)).isGreaterThan(empty);
        }
    }

    @Test
    void unknownOutsideATransactionOrTdb2() {
        DatasetGraph memory = DatasetGraphFactory.createTxnMem();
        assertThat(Txn.calculateRead(memory, new StoreVersion(memory)::inTransaction)).isEmpty();
    }

    @Test
    void unknownOutsideATransaction(@TempDir Path folder) {
        try (Tdb2Store store = new Tdb2Store(folder.resolve("tdb2"))) {
            assertThat(new StoreVersion(store.datasetGraph()).inTransaction()).isEmpty();
        }
    }
}
