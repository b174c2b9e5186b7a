package org.scholarkg.source.fuzz;

import java.nio.file.Path;
import java.util.List;
import org.scholarkg.SharedFixtures;
import org.scholarkg.source.csljson.CslJsonImporter;

/** Mutated CSL-JSON files give papers or a located input error, within the time bound, and nothing else. */
class CslJsonFuzzTest extends AbstractFuzzTest {

    @Override
    protected String format() {
        return "csl-json";
    }

    @Override
    protected Loaded load(Path file) {
        return Loaded.of(new CslJsonImporter().read(file));
    }

    @Override
    protected List<Path> unitSeeds() {
        return files(Path.of("src/test/resources/source/csljson"), ".json");
    }

    @Override
    protected List<Path> sharedSeeds() {
        return files(SharedFixtures.root().resolve("csl-datacite"), ".json");
    }
}
