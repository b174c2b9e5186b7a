package org.scholarkg.source.fuzz;

import java.nio.file.Path;
import java.util.List;
import org.scholarkg.SharedFixtures;
import org.scholarkg.source.oaipmh.OaiPmhImporter;

/** Mutated OAI-PMH responses give papers or a located input error, within the time bound, and nothing else. */
class OaiPmhFuzzTest extends AbstractFuzzTest {

    private static final Path DIR = Path.of("src/test/resources/source/oaipmh");

    @Override
    protected String format() {
        return "oai-pmh";
    }

    @Override
    protected Loaded load(Path file) {
        return Loaded.of(new OaiPmhImporter().read(file));
    }

    @Override
    protected List<Path> unitSeeds() {
        // The responses the importer reads or reports; the refused ones (DOCTYPEs) have tests of their own.
        return List.of(DIR.resolve("ListRecords.xml"), DIR.resolve("ListRecords-last-page.xml"),
                DIR.resolve("problems.xml"), DIR.resolve("error-badArgument.xml"));
    }

    @Override
    protected List<Path> sharedSeeds() {
        return files(SharedFixtures.root().resolve("oai-pmh"), ".xml");
    }
}
