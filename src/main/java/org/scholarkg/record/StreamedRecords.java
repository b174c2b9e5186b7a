package org.scholarkg.record;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    private final RecordReader reader = new RecordReader();

    StreamedRecords(List<Path> paths, RecordIndex index) {
        this.paths = List.copyOf(paths);
        this.index = index;
    }

    @Override
    public RecordIndex index() {
        return index;
    }

    @Override
    public RecordFile file(int i) {
        Path path = paths.get(i);
        SourceInfo source = index.sources().get(i);
        try {
            if (!Files.getLastModifiedTime(path).toInstant().equals(source.lastModified())) {
                throw changed(source);
            }
        } catch (IOException e) {
            throw changed(source);
        }
        return reader.reread(path, source);
    }

    private static KgInputException changed(SourceInfo source) {
        return new KgInputException(new InputProblem(InputLocation.of(source.file()), "",
                "the file changed (or went away) after it was checked; run the command again"));
    }
}
