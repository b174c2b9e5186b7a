package org.scholarkg.source.orcid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarkg.InputProblem;
import org.scholarkg.KgInputException;
import org.scholarkg.record.AuthorRef;
import org.scholarkg.record.LinkRecord;
import org.scholarkg.record.PaperRecord;
import org.scholarkg.record.PaperType;
import org.scholarkg.record.PartialDate;
import org.scholarkg.record.PersonRecord;
import org.scholarkg.record.VenueRecord;
import org.scholarkg.record.VenueRecord.VenueKind;
import org.scholarkg.source.ImportResult;

/** The ORCID importer on small documents written for these tests, JSON and XML. */
class OrcidImporterTest {

    private static final Path DIR = Path.of("src/test/resources/source/orcid");

    private static ImportResult read(String name) {
        return new OrcidImporter().read(DIR.resolve(name));
    }

    private static Map<String, PaperRecord> papers(ImportResult result) {
        return result.records().papers().stream().collect(Collectors.toMap(PaperRecord::id, Function.identity()));
    }

    @Test
    void theRecordHolderIsAPersonWithOrcidNamesAliasesAndLinks() {
        ImportResult result = read("record.json");
        assertThat(result.records().people()).hasSize(1);
        PersonRecord p = result.records().people().get(0);
        assertThat(p.id()).isEqualTo("josiah-carberry");
        assertThat(p.name()).isEqualTo("Josiah Carberry");
        assertThat(p.givenName()).isEqualTo("Josiah");
        assertThat(p.familyName()).isEqualTo("Carberry");
        assertThat(p.orcid()).isEqualTo("https://orcid.org/0000-0002-1825-0097");
        assertThat(p.aliases()).containsExactly("J. S. Carberry", "Josiah Stinkney Carberry", "J. Carberry");
        assertThat(p.description()).isEqualTo("Studies psychoceramics.");
        assertThat(p.links()).containsExactly(new LinkRecord("website", "Homepage", "https://example.org/carberry"));
        assertThat(result.records().source().url()).isEqualTo("https://orcid.org/0000-0002-1825-0097");
    }

    @Test
    void summariesBecomePapersOfTheHolderOnePerGroup() {
        ImportResult result = read("record.json");
        assertThat(result.records().papers()).extracting(PaperRecord::id).containsExactly(
                "0000-0002-1825-0097-work-1001", "0000-0002-1825-0097-work-1002", "0000-0002-1825-0097-work-1004");
        for (PaperRecord p : result.records().papers()) {
            assertThat(p.authors()).containsExactly(new AuthorRef("J. S. Carberry", "josiah-carberry"));
        }
    }

    @Test
    void aWorkHasTitleSubtitleDateTypeJournalAndItsOwnIdentifiersOnly() {
        ImportResult result = read("record.json");
        Map<String, PaperRecord> p = papers(result);
        PaperRecord article = p.get("0000-0002-1825-0097-work-1001");
        assertThat(article.title()).isEqualTo("Psychoceramics: A Study");
        assertThat(article.type()).isEqualTo(PaperType.JOURNAL_ARTICLE);
        assertThat(article.date()).isEqualTo(PartialDate.parse("2019-05"));
        assertThat(article.ids().doi()).isEqualTo("10.5555/12345678");
        assertThat(article.ids().arxiv()).isEqualTo("1906.01234");
        assertThat(article.links()).containsExactly(new LinkRecord("url", "URL", "https://example.org/psychoceramics"));
        VenueRecord journal = result.records().venues().get(0);
        assertThat(journal.id()).isEqualTo(article.venue());
        assertThat(journal.kind()).isEqualTo(VenueKind.JOURNAL);
        assertThat(journal.name()).isEqualTo("Journal of Psychoceramics");
        PaperRecord talk = p.get("0000-0002-1825-0097-work-1002");
        assertThat(talk.title()).isEqualTo("Cracked Pots");
        assertThat(result.records().venues().get(1).kind()).isEqualTo(VenueKind.CONFERENCE);
        assertThat(p.get("0000-0002-1825-0097-work-1004").type()).isEqualTo(PaperType.THESIS);
        assertThat(p.get("0000-0002-1825-0097-work-1004").ids().handle()).isEqualTo("2345/678");
    }

    @Test
    void aWorkWithoutDateIsReportedAndLeftOut() {
        ImportResult result = read("record.json");
        assertThat(result.unplaced()).extracting(InputProblem::toString).containsExactly(
                DIR.resolve("record.json") + ":53:13: work 1003 'A Work Without Date': no publication date;"
                        + " the work is left out");
    }

    @Test
    void contributorsAreAuthorsInOrderWithTheHolderLinkedByIdOrName() {
        ImportResult result = read("works-bulk.xml");
        Map<String, PaperRecord> p = papers(result);
        assertThat(result.records().people()).extracting(PersonRecord::name).containsExactly("Josiah Carberry");
        assertThat(p.get("0000-0002-1825-0097-work-2001").authors()).containsExactly(new AuthorRef("Alice Smith", null),
                new AuthorRef("J. S. Carberry", "josiah-carberry"));
        assertThat(p.get("0000-0002-1825-0097-work-2002").authors()).containsExactly(new AuthorRef("Bob Jones", null),
                new AuthorRef("josiah  carberry", "josiah-carberry"));
        assertThat(p.get("0000-0002-1825-0097-work-2003").authors()).containsExactly(new AuthorRef("Bob Jones", null));
    }

    @Test
    void fullWorksKeepDayDescriptionAndDoiUrl() {
        PaperRecord p = papers(read("works-bulk.xml")).get("0000-0002-1825-0097-work-2001");
        assertThat(p.date()).isEqualTo(PartialDate.parse("2021-03-09"));
        assertThat(p.abstractText()).isEqualTo("We study cracks.");
        assertThat(p.ids().doi()).isEqualTo("10.5555/87654321");
        assertThat(papers(read("works-bulk.xml")).get("0000-0002-1825-0097-work-2002").type()).isEqualTo(PaperType.CHAPTER);
    }

    @Test
    void aWorkWhoseContributorsLackTheHolderIsReported() {
        ImportResult result = read("works-bulk.xml");
        assertThat(result.unplaced()).hasSize(1);
        assertThat(result.unplaced().get(0).toString()).startsWith(DIR.resolve("works-bulk.xml") + ":45:")
                .endsWith("work 2003 'Someone Else's Pots': the record holder is not among the contributors by ORCID iD"
                        + " or name; the authors are kept as listed");
    }

    @Test
    void anExternalEntityIsRefusedAtItsLine() {
        KgInputException e = catchThrowableOfType(KgInputException.class, () -> read("xxe-record.xml"));
        assertThat(e.problems()).hasSize(1);
        assertThat(e.problems().get(0).location().file()).isEqualTo(DIR.resolve("xxe-record.xml").toString());
        assertThat(e.problems().get(0).location().line()).isEqualTo(4);
        assertThat(e.getMessage()).contains("refused XML: a DOCTYPE declaration is not allowed").doesNotContain("root:");
    }

    @Test
    void billionLaughsIsRefusedBeforeAnyExpansion() {
        long start = System.nanoTime();
        KgInputException e = catchThrowableOfType(KgInputException.class, () -> read("billion-laughs.xml"));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.location().file()).isEqualTo(DIR.resolve("billion-laughs.xml").toString());
            assertThat(p.location().line()).isEqualTo(13);
        });
        assertThat(e.getMessage()).contains("refused XML: a DOCTYPE declaration is not allowed").doesNotContain("lol");
        assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
    }

    @Test
    void aDoctypeAloneIsRefusedToo() {
        KgInputException e = catchThrowableOfType(KgInputException.class, () -> read("doctype-work.xml"));
        assertThat(e.getMessage()).startsWith(DIR.resolve("doctype-work.xml") + ":2:")
                .contains("refused XML: a DOCTYPE declaration is not allowed");
    }

    @Test
    void xmlThatIsNotOrcidIsAnInputError(@TempDir Path dir) throws Exception {
        Path other = dir.resolve("other.xml");
        Files.writeString(other, "<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"/>\n");
        KgInputException e = catchThrowableOfType(KgInputException.class, () -> new OrcidImporter().read(other));
        assertThat(e.getMessage()).startsWith(other + ":2:")
                .endsWith("not an ORCID document: the root element is {http://www.w3.org/2005/Atom}feed");
    }

    @Test
    void workTypesMapToPaperTypes() {
        assertThat(OrcidRecords.type("journal-article")).isEqualTo(PaperType.JOURNAL_ARTICLE);
        assertThat(OrcidRecords.type("conference-paper")).isEqualTo(PaperType.CONFERENCE_PAPER);
        assertThat(OrcidRecords.type("book")).isEqualTo(PaperType.BOOK);
        assertThat(OrcidRecords.type("edited-book")).isEqualTo(PaperType.BOOK);
        assertThat(OrcidRecords.type("book-chapter")).isEqualTo(PaperType.CHAPTER);
        assertThat(OrcidRecords.type("dissertation-thesis")).isEqualTo(PaperType.THESIS);
        assertThat(OrcidRecords.type("preprint")).isEqualTo(PaperType.PREPRINT);
        assertThat(OrcidRecords.type("working-paper")).isEqualTo(PaperType.REPORT);
        assertThat(OrcidRecords.type("report")).isEqualTo(PaperType.REPORT);
        assertThat(OrcidRecords.type("patent")).isEqualTo(PaperType.PATENT);
        assertThat(OrcidRecords.type("artistic-performance")).isEqualTo(PaperType.OTHER);
        assertThat(OrcidRecords.type("JOURNAL_ARTICLE")).isEqualTo(PaperType.JOURNAL_ARTICLE);
        assertThat(OrcidRecords.type(null)).isEqualTo(PaperType.OTHER);
    }
}
