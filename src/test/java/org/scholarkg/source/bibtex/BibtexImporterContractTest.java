package org.scholarkg.source.bibtex;

import java.nio.file.Path;
import org.scholarkg.source.AbstractImporterTest;
import org.scholarkg.source.Importer;

/** The checks every importer passes, for BibTeX. */
class BibtexImporterContractTest extends AbstractImporterTest {

    @Override
    protected String formatName() {
        return "bibtex";
    }

    @Override
    protected Importer importer() {
        return new BibtexImporter();
    }

    @Override
    protected Path sample() {
        return Path.of("src/test/resources/source/bibtex/types.bib");
    }

    @Override
    protected Path sampleWithProblems() {
        return Path.of("src/test/resources/source/bibtex/broken.bib");
    }
}
