package org.scholarkg.store;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** The contract on the embedded TDB2 store, in a fresh folder per test. */
class Tdb2StoreTest extends KnowledgeGraphContractTest {

    @Override
    protected KnowledgeGraph newStore() throws Exception {
        return new Tdb2Store(Files.createTempDirectory("tdb2"));
    }

    @Test
    void describesItsFolder() {
        assertThat(store.describe()).startsWith("TDB2 store ");
    }
}
