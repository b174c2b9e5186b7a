package org.scholarkg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scholarkg.StandaloneFuseki;

/**
 * The contract on {@link RemoteStore} against a real, separate Fuseki process; every test starts from an
 * emptied dataset.
 */
class RemoteStoreTest extends KnowledgeGraphContractTest {

    private static StandaloneFuseki fuseki;

    @BeforeAll
    static void startFuseki() throws Exception {
        fuseki = StandaloneFuseki.start(Files.createTempDirectory("fuseki-tdb2"));
    }

    @AfterAll
    static void stopFuseki() {
        fuseki.close();
    }

    @Override
    protected KnowledgeGraph newStore() {
        RemoteStore remote = new RemoteStore(fuseki.endpoint(), null, null);
        try (var conn = remote.connect()) {
            conn.update("DROP ALL");
        }
        return remote;
    }

    @Test
    void describesItsEndpoint() {
        assertThat(store.describe()).isEqualTo("SPARQL endpoint " + fuseki.endpoint());
    }
}
