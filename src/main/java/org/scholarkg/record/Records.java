package org.scholarkg.record;

import java.util.List;

/**
 * Record files read and checked together: the sources in reading order, each file's records, and the
 * {@link RecordIndex} that resolves what one file says of another. A {@link RecordSet} holds every file in
 * memory; {@link StreamedRecords} reads a file again each time it is asked for, so only one file's records
 * are in memory at a time.
 */
public interface Records {

    /** Lookups across files. */
    RecordIndex index();

    /** The sources of the files, in reading order; {@link #file(int)} takes an index into this list. */
    default List<SourceInfo> sources() {
        return index().sources();
    }

    /** The records of the file with this index in {@link #sources()}. */
    RecordFile file(int index);
}
