package org.scholarkg.source.orcid;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scholarkg.InputProblem;
import org.scholarkg.SharedFixtures;
import org.scholarkg.record.AuthorRef;
import org.scholarkg.record.PaperRecord;
import org.scholarkg.record.PaperType;
import org.scholarkg.record.PartialDate;
import org.scholarkg.record.PersonRecord;
import org.scholarkg.record.RecordFile;
import org.scholarkg.source.ImportResult;
import org.scholarkg.source.RecordsRoundTrip;

/**
 * ORCID's official API v3.0 samples in {@code ../shared/fixtures/orcid}: every one imports, with the works it
 * holds (a works group counts once), and its records pass the record reader.
 */
@Tag(SharedFixtures.TAG)
class OrcidSharedFixturesTest {

    private static ImportResult read(String name) {
        return new OrcidImporter().read(SharedFixtures.root().resolve("orcid").resolve(name));
    }

    /** file, papers, people, problems (works left out or identifiers refused). */
    @ParameterizedTest
    @CsvSource({"record-full-3.0.json, 1, 1, 1", "record-3.0.xml, 1, 1, 0", "works-3.0.xml, 3, 1, 1",
        "work-full-3.0.xml, 1, 0, 1", "person-3.0.xml, 0, 1, 0", "work-full-3.0.json, 1, 0, 1",
        "bulk-works-3-works-3.0.json, 1, 0, 2"})
    void everySampleImportsAndPassesTheReader(String file, int papers, int people, int problems, @TempDir Path dir) {
        ImportResult result = read(file);
        assertThat(result.records().papers()).hasSize(papers);
        assertThat(result.records().people()).hasSize(people);
        assertThat(result.unplaced()).hasSize(problems);
        RecordFile back = RecordsRoundTrip.readBack(result.records(), dir);
        assertThat(back.papers()).isEqualTo(result.records().papers());
        assertThat(back.people()).isEqualTo(result.records().people());
    }

    @Test
    void theFullJsonRecordGivesItsHolderAndWork() {
        ImportResult result = read("record-full-3.0.json");
        PersonRecord holder = result.records().people().get(0);
        assertThat(holder.name()).isEqualTo("Three releasecandidate1");
        assertThat(holder.orcid()).isEqualTo("https://orcid.org/0000-0002-7319-2192");
        assertThat(holder.aliases()).contains("Other Name");
        PaperRecord work = result.records().papers().get(0);
        assertThat(work.id()).isEqualTo("0000-0002-7319-2192-work-178602");
        assertThat(work.title()).isEqualTo("Work Title");
        assertThat(work.type()).isEqualTo(PaperType.JOURNAL_ARTICLE);
        assertThat(work.authors()).containsExactly(new AuthorRef("Three releasecandidate1", "three-releasecandidate1"));
        // Its only "self" DOI is the placeholder "work:doi"; the real-looking one is a "version-of".
        assertThat(work.ids().doi()).isNull();
        assertThat(result.unplaced()).extracting(InputProblem::message)
                .containsExactly("doi 'work:doi' is not a valid doi identifier; it is left out");
    }

    @Test
    void theXmlRecordGivesItsHolderWithCreditNameAndOtherNames() {
        ImportResult result = read("record-3.0.xml");
        PersonRecord holder = result.records().people().get(0);
        assertThat(holder.name()).isEqualTo("give-names family-name");
        assertThat(holder.orcid()).isEqualTo("https://orcid.org/8888-8888-8888-8880");
        assertThat(holder.aliases()).containsExactly("credit-name", "other-name-1");
        PaperRecord work = result.records().papers().get(0);
        assertThat(work.date()).isEqualTo(PartialDate.parse("1948-02-02"));
        assertThat(work.authors()).containsExactly(new AuthorRef("credit-name", holder.id()));
        assertThat(result.records().venues().get(0).name()).isEqualTo("Procedia Computer Science");
    }

    @Test
    void theWorksListNamesItsHolderBySourceName() {
        ImportResult result = read("works-3.0.xml");
        PersonRecord holder = result.records().people().get(0);
        assertThat(holder.name()).isEqualTo("User One Credit name");
        assertThat(holder.orcid()).isEqualTo("https://orcid.org/8888-8888-8888-8880");
        assertThat(result.records().papers()).extracting(PaperRecord::title).containsExactly("Work # 0", "Work # 1",
                "Work # 2");
        assertThat(result.records().papers()).extracting(PaperRecord::type).containsExactly(PaperType.CONFERENCE_PAPER,
                PaperType.CONFERENCE_PAPER, PaperType.JOURNAL_ARTICLE);
        assertThat(result.records().papers().get(1).date()).isEqualTo(PartialDate.parse("2017-02-02"));
        assertThat(result.unplaced()).extracting(InputProblem::message)
                .containsExactly("arxiv '123456' is not a valid arxiv identifier; it is left out");
    }

    @Test
    void theFullJsonWorkListsItsContributorsInOrder() {
        PaperRecord work = read("work-full-3.0.json").records().papers().get(0);
        assertThat(work.title()).isEqualTo("Work Title: Work subtitle");
        assertThat(work.authors()).extracting(AuthorRef::printedName).containsExactly("Jordan", "Fran");
        assertThat(work.date()).isEqualTo(PartialDate.parse("2022-05-24"));
        assertThat(work.abstractText()).isEqualTo("This is a short description of the work.");
    }

    @Test
    void bulkWorksWithoutContributorsOrHolderAreReported() {
        ImportResult result = read("bulk-works-3-works-3.0.json");
        assertThat(result.records().papers()).extracting(PaperRecord::title).containsExactly("Work Title 2");
        assertThat(result.records().papers().get(0).ids().doi()).isEqualTo("10.1012/j.crvasa.2015.05.008");
        assertThat(result.unplaced()).extracting(InputProblem::record).containsExactly("work 'Work Title 1'",
                "work 'Work Title 3'");
        assertThat(result.unplaced()).allMatch(p -> p.location().line() > 0);
    }
}
