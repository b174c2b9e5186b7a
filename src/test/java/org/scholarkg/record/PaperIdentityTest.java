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

    @Test
    void aTitleSpeltDifferentlyByAnotherSourceMergesAndADifferentTitleDoesNot() {
        PaperIdentity.Builder builder = new PaperIdentity.Builder();
        SourceInfo page = new SourceInfo("page.yaml", "page", null, null, java.time.Instant.EPOCH);
        SourceInfo bib = new SourceInfo("bib.yaml", "bib", null, null, java.time.Instant.EPOCH);
        // Many papers of the same shape first, so the similar one is found among them.
        for (int i = 0; i < 500; i++) {
            builder.add(paper("filler-" + i, "Learning Graph Structure Number " + i), page, null);
        }
        builder.add(paper("page-paper", "A Canonicalization Perspective on Invariant and Equivariant Learning"), page, null);
        builder.add(paper("bib-paper", "A Canonization Perspective on Invariant and Equivariant Learning"), bib, null);
        builder.add(paper("bib-other", "Invariant Learning from a Perspective of Canonical Forms"), bib, null);
        PaperIdentity identity = builder.build();
        assertThat(identity.canonicalId("bib-paper")).isEqualTo("page-paper");
        assertThat(identity.merges()).extracting(PaperIdentity.Merge::by)
                .containsExactly("authors, year and a similar title");
        assertThat(identity.isMerged("bib-other")).isFalse();
        assertThat(PaperIdentity.alike(PaperIdentity.normalisedTitle("A Canonicalization Perspective on Invariant"),
                PaperIdentity.normalisedTitle("A Canonization Perspective on Invariant"))).isTrue();
    }

    private static PaperRecord paper(String id, String title) {
        return new PaperRecord(id, title, PaperType.CONFERENCE_PAPER,
                List.of(new AuthorRef("G. Ma", null), new AuthorRef("Y. Wang", null)), null, null, null, null,
                PartialDate.parse("2024"), List.of(), null, new PaperIds(null, null, null), List.of());
    }
}
