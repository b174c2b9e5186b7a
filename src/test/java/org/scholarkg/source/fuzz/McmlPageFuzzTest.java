package org.scholarkg.source.fuzz;

import java.nio.file.Path;
import java.util.List;
import org.scholarkg.SharedFixtures;
import org.scholarkg.source.mcml.McmlPageImporter;

/** Mutated MCML group pages give records or a located input error, within the time bound, and nothing else. */
class McmlPageFuzzTest extends AbstractFuzzTest {

    @Override
    protected String format() {
        return "mcml-page";
    }

    @Override
    protected Loaded load(Path file) {
        return Loaded.of(new McmlPageImporter().read(file));
    }

    @Override
    protected List<Path> unitSeeds() {
        return files(Path.of("src/test/resources/source/mcml"), ".txt");
    }

    @Override
    protected List<Path> sharedSeeds() {
        return List.of(SharedFixtures.seedPage());
    }
}
