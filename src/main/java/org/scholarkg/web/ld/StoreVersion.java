package org.scholarkg.web.ld;

import java.util.OptionalLong;
import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The version of the store that the calling thread's read transaction sees: TDB2 counts the write
 * transactions it has committed, and a transaction sees the count of the moment it began, together with the
 * data of that moment (the coordinator hands both out under one lock). Any committed write, a graph replaced
 * by {@code load}, an update through {@code /kg/update} or a Graph Store Protocol {@code PUT}, gives a new
 * version; compaction keeps the count.
 *
 * <p>{@code dcterms:modified} of the source graphs (what {@code DatasetStatistics} keys its counts on) says
 * when the sources changed, not when the store did: an update need not touch it, and two loads of files with
 * the same time and size would look alike. Caches that must never serve what the store no longer says key on
 * this version instead.
 *
 * <pre>{@code
 * OptionalLong v = reader.read(() -> version.inTransaction());
 * }</pre>
 */
public final class StoreVersion {

    private final DatasetGraph dataset;

    public StoreVersion(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /**
     * The version the calling thread's transaction sees; empty when it cannot be known: not a TDB2 store, no
     * transaction, or a transaction on a generation of the database that compaction has since replaced.
     */
    public OptionalLong inTransaction() {
        if (!TDBInternal.isTDB2(dataset) || !dataset.isInTransaction()) {
            return OptionalLong.empty();
        }
        Transaction txn = TDBInternal.getDatasetGraphTDB(dataset).getTxnSystem().getThreadTransaction();
        return txn == null ? OptionalLong.empty() : OptionalLong.of(txn.getDataVersion());
    }
}
