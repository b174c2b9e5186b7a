package org.scholarkg.source.fuzz;

import java.nio.file.Path;
import java.util.List;
import org.scholarkg.SharedFixtures;
import org.scholarkg.source.bibtex.BibtexImporter;

/** Mutated BibTeX files give papers or a located input error, within the time bound, and nothing else. */
class BibtexFuzzTest extends AbstractFuzzTest {

    @Override
    protected String format() {
        return "bibtex";
    }

    @Override
    protected Loaded load(Path file) {
        return Loaded.of(new BibtexImporter().read(file));
    }

    @Override
    protected List<Path> unitSeeds() {
        return files(Path.of("src/test/resources/source/bibtex"), ".bib");
    }

    @Override
    protected List<Path> sharedSeeds() {
        return files(SharedFixtures.root().resolve("bibtex"), ".bib");
    }
}
