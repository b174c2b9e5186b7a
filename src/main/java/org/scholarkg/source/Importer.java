package org.scholarkg.source;

import java.nio.file.Path;

/** Turns one input file of an outside format into records. */
public interface Importer {

    /**
     * Reads a file.
     *
     * @throws org.scholarkg.KgInputException when the input cannot be read as this format at all
     */
    ImportResult read(Path file);
}
