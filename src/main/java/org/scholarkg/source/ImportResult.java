package org.scholarkg.source;

import java.util.List;
import org.scholarkg.InputProblem;
import org.scholarkg.record.RecordFile;

/**
 * What an importer made of an input: the records, and the lines it could not place (reported, never
 * silently dropped; {@code import --strict} makes them an error).
 */
public record ImportResult(RecordFile records, List<InputProblem> unplaced) {

    public ImportResult {
        unplaced = List.copyOf(unplaced);
    }
}
