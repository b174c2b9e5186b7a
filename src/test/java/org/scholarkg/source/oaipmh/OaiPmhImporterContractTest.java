package org.scholarkg.source.oaipmh;

import java.nio.file.Path;
import org.scholarkg.source.AbstractImporterTest;
import org.scholarkg.source.Importer;

/** The checks every importer passes, for OAI-PMH responses. */
class OaiPmhImporterContractTest extends AbstractImporterTest {

    @Override
    protected String formatName() {
        return "oai-pmh";
    }

    @Override
    protected Importer importer() {
        return new OaiPmhImporter();
    }

    @Override
    protected Path sample() {
        return Path.of("src/test/resources/source/oaipmh/ListRecords.xml");
    }

    @Override
    protected Path sampleWithProblems() {
        return Path.of("src/test/resources/source/oaipmh/problems.xml");
    }
}
