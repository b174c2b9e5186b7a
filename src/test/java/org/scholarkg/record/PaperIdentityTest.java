package org.scholarkg.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The same work from two sources is one paper: by DOI, then arXiv id, then title and year. */
class PaperIdentityTest {

    private final RecordSet records = new RecordReader().read(List.of(Path.of("src/test/resources/record/merge")));

    @Test
    void mergesByTitleAndYearAndByDoiButNotByNameAlone() {
        PaperIdentity identity = records.paperIdentity();
        assertThat(identity.canonicalId("lovelace1843notes")).isEqualTo("engine-notes");
        assertThat(identity.canonicalId("lovelace1844")).isEqualTo("other-work");
        assertThat(identity.canonicalId("unrelated")).isEqualTo("unrelated");
        assertThat(identity.merges()).extracting(Object::toString).containsExactly(
                "paper 'lovelace1843notes' (b-bibtex) is paper 'engine-notes' (a-page): same title and year",
                "paper 'lovelace1844' (b-bibtex) is paper 'other-work' (a-page): same DOI");
    }

    @Test
    void titlesAreComparedWithoutCasePunctuationOrAccents() {
        assertThat(PaperIdentity.normalisedTitle("Notes on the Analytical Engine."))
                .isEqualTo(PaperIdentity.normalisedTitle("notes on the analytical engine"));
        assertThat(PaperIdentity.normalisedTitle("Akyürek's Test")).isEqualTo(PaperIdentity.normalisedTitle("Akyurek's test"));
    }
}
