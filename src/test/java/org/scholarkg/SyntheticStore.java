package org.scholarkg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.scholarkg.bench.SyntheticRecords;
import org.scholarkg.record.RecordReader;
import org.scholarkg.store.GraphLoader;
import org.scholarkg.store.Tdb2Store;

/**
 * A TDB2 store of 1,200 synthetic papers (seed 3: long author lists, people with hundreds of papers), loaded
 * once per test JVM and shared read-only by the tests that need more than the seed group.
 */
public final class SyntheticStore {

    /** Papers in the store. */
    public static final int PAPERS = 1_200;

    private static Tdb2Store store;

    private SyntheticStore() {
    }

    /** The store, loaded on first use; tests must not write to it. */
    public static synchronized Tdb2Store get() {
        if (store == null) {
            try {
                Path records = Files.createTempDirectory("synthetic-records");
                new SyntheticRecords(PAPERS, 3).write(records);
                store = new Tdb2Store(Files.createTempDirectory("synthetic-tdb2"));
                new GraphLoader(SeedGraph.IRIS).load(new RecordReader().read(List.of(records)), store, g -> { });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return store;
    }
}
