package org.scholarkg.record;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.scholarkg.InputLocation;
import org.scholarkg.InputProblem;
import org.scholarkg.KgInputException;

/**
 * Record files that were read and checked once ({@link RecordReader#open}) and are read again, one at a
 * time, when converted: only the {@link RecordIndex} and one file's records are in memory. A file changed
 * between the check and the conversion is refused (its modification time is compared), so what is converted
 * is always what was checked.
 */
public final class StreamedRecords implements Records {

    private final List<Path> paths;
    private final RecordIndex index;
    private final ExecutorService background = ReadAhead.idleEndingPool(1);
    private Future<RecordFile> next;
    private int nextIndex = -1;

    StreamedRecords(List<Path> paths, RecordIndex index) {
        this.paths = List.copyOf(paths);
        this.index = index;
    }

    @Override
    public RecordIndex index() {
        return index;
    }

    /**
     * The records of a file. While the caller converts them, the next file is read on another thread, so
     * reading and converting overlap when the files are asked for in order (as every converter does).
     */
    @Override
    public synchronized RecordFile file(int i) {
        Future<RecordFile> ahead = next;
        int aheadIndex = nextIndex;
        next = null;
        if (i + 1 < paths.size()) {
            nextIndex = i + 1;
            next = background.submit(() -> read(i + 1));
        }
        if (ahead != null && aheadIndex == i) {
            return ReadAhead.take(ahead);
        }
        if (ahead != null) {
            ahead.cancel(true);
        }
        return read(i);
    }

    private RecordFile read(int i) {
        Path path = paths.get(i);
        SourceInfo source = index.sources().get(i);
        try {
            if (!Files.getLastModifiedTime(path).toInstant().equals(source.lastModified())) {
                throw changed(source);
            }
        } catch (IOException e) {
            throw changed(source);
        }
        return RecordReader.reread(path, source);
    }

    private static KgInputException changed(SourceInfo source) {
        return new KgInputException(new InputProblem(InputLocation.of(source.file()), "",
                "the file changed (or went away) after it was checked; run the command again"));
    }
}
