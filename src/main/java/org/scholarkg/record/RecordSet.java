package org.scholarkg.record;

import java.util.List;
import java.util.Optional;

/**
 * Record files held in memory, with lookups by id. Ids are unique per kind across the set, and every
 * reference resolves ({@link RecordReader} guarantees both for what it reads).
 */
public final class RecordSet implements Records {

    private final List<RecordFile> files;
    private final RecordIndex index;

    public RecordSet(List<RecordFile> files) {
        this(files, RecordIndex.of(files));
    }

    RecordSet(List<RecordFile> files, RecordIndex index) {
        this.files = List.copyOf(files);
        this.index = index;
    }

    /** The files in the order they were read. */
    public List<RecordFile> files() {
        return files;
    }

    @Override
    public RecordIndex index() {
        return index;
    }

    @Override
    public RecordFile file(int i) {
        return files.get(i);
    }

    /** Which papers of different sources are the same work. */
    public PaperIdentity paperIdentity() {
        return index.paperIdentity();
    }

    /** The person with a record and this id. */
    public Optional<PersonRecord> person(String id) {
        return index.person(id);
    }

    /** The venue with this id. */
    public Optional<VenueRecord> venue(String id) {
        return index.venue(id);
    }

    /** See {@link RecordIndex#personPrintedAs}. */
    public Optional<PersonRecord> personPrintedAs(String printedName) {
        return index.personPrintedAs(printedName);
    }

    /** The person an author is: the explicit reference, else a unique name or alias match. */
    public Optional<PersonRecord> personOf(AuthorRef author) {
        return index.personOf(author);
    }
}
