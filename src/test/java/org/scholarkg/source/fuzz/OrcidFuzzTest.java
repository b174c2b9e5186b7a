package org.scholarkg.source.fuzz;

import java.nio.file.Path;
import java.util.List;
import org.scholarkg.SharedFixtures;
import org.scholarkg.source.orcid.OrcidImporter;

/**
 * Mutated ORCID documents, XML and JSON, give a person and works or a located input error, within the time
 * bound, and nothing else.
 */
class OrcidFuzzTest extends AbstractFuzzTest {

    private static final Path DIR = Path.of("src/test/resources/source/orcid");

    @Override
    protected String format() {
        return "orcid";
    }

    @Override
    protected Loaded load(Path file) {
        return Loaded.of(new OrcidImporter().read(file));
    }

    @Override
    protected List<Path> unitSeeds() {
        // The documents the importer reads; the refused ones (DOCTYPEs) have tests of their own.
        return List.of(DIR.resolve("record.json"), DIR.resolve("works-bulk.xml"));
    }

    @Override
    protected List<Path> sharedSeeds() {
        return files(SharedFixtures.root().resolve("orcid"), ".xml", ".json");
    }
}
