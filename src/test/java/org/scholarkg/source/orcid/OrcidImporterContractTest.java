package org.scholarkg.source.orcid;

import java.nio.file.Path;
import org.scholarkg.source.AbstractImporterTest;
import org.scholarkg.source.Importer;

/** The checks every importer passes, for ORCID documents. */
class OrcidImporterContractTest extends AbstractImporterTest {

    @Override
    protected String formatName() {
        return "orcid";
    }

    @Override
    protected Importer importer() {
        return new OrcidImporter();
    }

    @Override
    protected Path sample() {
        return Path.of("src/test/resources/source/orcid/record.json");
    }

    @Override
    protected Path sampleWithProblems() {
        return Path.of("src/test/resources/source/orcid/works-bulk.xml");
    }
}
