package org.scholarkg.source.csljson;

import java.nio.file.Path;
import org.scholarkg.source.AbstractImporterTest;
import org.scholarkg.source.Importer;

/** The checks every importer passes, for CSL-JSON. */
class CslJsonImporterContractTest extends AbstractImporterTest {

    @Override
    protected String formatName() {
        return "csl-json";
    }

    @Override
    protected Importer importer() {
        return new CslJsonImporter();
    }

    @Override
    protected Path sample() {
        return Path.of("src/test/resources/source/csljson/items.json");
    }

    @Override
    protected Path sampleWithProblems() {
        return Path.of("src/test/resources/source/csljson/broken-items.json");
    }
}
