package org.scholarkg.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.scholarkg.record.RecordFile;
import org.scholarkg.record.RecordReader;
import org.scholarkg.record.RecordYamlWriter;

/**
 * Writes imported records as YAML with {@link RecordYamlWriter} and reads them back with {@link RecordReader},
 * which checks them against the JSON Schema and their references: what an importer makes must pass.
 */
public final class RecordsRoundTrip {

    private RecordsRoundTrip() {
    }

    /** The records as the reader reads them back from a YAML file in {@code dir}. */
    public static RecordFile readBack(RecordFile records, Path dir) {
        Path yaml = dir.resolve(records.source().name() + ".yaml");
        try {
            Files.writeString(yaml, new RecordYamlWriter().write(records));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RecordReader().read(List.of(yaml)).files().get(0);
    }
}
