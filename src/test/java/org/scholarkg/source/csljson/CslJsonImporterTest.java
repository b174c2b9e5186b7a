package org.scholarkg.source.csljson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarkg.InputProblem;
import org.scholarkg.KgInputException;
import org.scholarkg.record.AuthorRef;
import org.scholarkg.record.LinkRecord;
import org.scholarkg.record.PaperRecord;
import org.scholarkg.record.PaperType;
import org.scholarkg.record.PartialDate;
import org.scholarkg.record.VenueRecord;
import org.scholarkg.record.VenueRecord.VenueKind;
import org.scholarkg.source.ImportResult;

/** The CSL-JSON importer on small files written for these tests. */
class CslJsonImporterTest {

    private static final Path DIR = Path.of("src/test/resources/source/csljson");
    private static ImportResult items;
    private static Map<String, PaperRecord> papers;

    @BeforeAll
    static void read() {
        items = new CslJsonImporter().read(DIR.resolve("items.json"));
        papers = items.records().papers().stream().collect(Collectors.toMap(PaperRecord::id, Function.identity()));
    }

    private static VenueRecord venue(String id) {
        return items.records().venues().stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> printed(PaperRecord p) {
        return p.authors().stream().map(AuthorRef::printedName).toList();
    }

    @Test
    void itemTypesBecomePaperTypes() {
        assertThat(items.records().papers()).extracting(PaperRecord::id).containsExactly("journal-item",
                "conference-item", "chapter-item", "book-item", "thesis-item", "report-item", "arxiv-item",
                "arxiv-publisher-item", "plain-article", "10-5438-4k3m-nyvg");
        assertThat(items.records().papers()).extracting(PaperRecord::type).containsExactly(PaperType.JOURNAL_ARTICLE,
                PaperType.CONFERENCE_PAPER, PaperType.CHAPTER, PaperType.BOOK, PaperType.THESIS, PaperType.REPORT,
                PaperType.PREPRINT, PaperType.PREPRINT, PaperType.OTHER, PaperType.OTHER);
        assertThat(items.unplaced()).isEmpty();
    }

    @Test
    void namesArePrintedGivenFamilyWithParticlesSuffixAndLiterals() {
        assertThat(printed(papers.get("journal-item"))).containsExactly("Stefanie Jegelka", "Rob van der Goot",
                "Martin Luther King, Jr.", "The ABC Consortium");
        assertThat(printed(papers.get("10-5438-4k3m-nyvg"))).containsExactly("Martin Fenner");
        assertThat(printed(papers.get("book-item"))).containsExactly("Richard Roe");
        assertThat(items.records().people()).isEmpty();
    }

    @Test
    void aJournalArticleHasItsJournalIssnVolumeIssuePagesAndStatus() {
        PaperRecord p = papers.get("journal-item");
        assertThat(p.title()).isEqualTo("A Journal Article");
        assertThat(p.volume()).isEqualTo("25");
        assertThat(p.issue()).isEqualTo("3");
        assertThat(p.pages()).isEqualTo("101-130");
        assertThat(p.date()).isEqualTo(PartialDate.parse("2024-03"));
        assertThat(p.statuses()).containsExactly("in press");
        VenueRecord journal = venue(p.venue());
        assertThat(journal.kind()).isEqualTo(VenueKind.JOURNAL);
        assertThat(journal.name()).isEqualTo("Journal of Machine Learning Research");
        assertThat(journal.issn()).isEqualTo("1532-4435");
    }

    @Test
    void containersAreVenuesOnlyForPeriodicalsAndConferences() {
        assertThat(venue(papers.get("conference-item").venue()).kind()).isEqualTo(VenueKind.CONFERENCE);
        assertThat(papers.get("chapter-item").venue()).isNull();
        assertThat(papers.get("10-5438-4k3m-nyvg").venue()).isNull();
        assertThat(items.records().venues()).hasSize(2);
    }

    @Test
    void datesAreAsPreciseAsTheirPartsOrRawText() {
        assertThat(papers.get("conference-item").date()).isEqualTo(PartialDate.parse("2024-07-21"));
        assertThat(papers.get("chapter-item").date()).isEqualTo(PartialDate.parse("2023"));
        assertThat(papers.get("book-item").date()).isEqualTo(PartialDate.parse("2022-05"));
    }

    @Test
    void doiUrlAndArxivIdsAreNormalised() {
        PaperRecord p = papers.get("journal-item");
        assertThat(p.ids().doi()).isEqualTo("10.5555/12345678");
        assertThat(p.links()).containsExactly(new LinkRecord("url", "URL", "https://jmlr.org/papers/v25/example.html"));
        assertThat(papers.get("arxiv-item").ids().arxiv()).isEqualTo("2301.01234");
        assertThat(papers.get("arxiv-item").ids().doi()).isEqualTo("10.48550/arXiv.2301.01234");
        assertThat(papers.get("arxiv-publisher-item").ids().arxiv()).isEqualTo("2302.05678");
    }

    @Test
    void jatsMarkupIsStrippedAndParagraphsKept() {
        assertThat(papers.get("journal-item").abstractText()).isEqualTo("First paragraph & more.\n\nSecond paragraph.");
    }

    @Test
    void aSingleItemIsReadToo() {
        ImportResult single = new CslJsonImporter().read(DIR.resolve("single-item.json"));
        assertThat(single.records().papers()).hasSize(1);
        PaperRecord p = single.records().papers().get(0);
        assertThat(p.type()).isEqualTo(PaperType.PATENT);
        assertThat(p.id()).isEqualTo("a-method-for-doing-things-2022");
        assertThat(p.date()).isEqualTo(PartialDate.parse("2022-11-24"));
    }

    @Test
    void itemsWithoutTitleOrDateAreReportedWithPositionAndLineAndLeftOut() {
        ImportResult broken = new CslJsonImporter().read(DIR.resolve("broken-items.json"));
        String file = DIR.resolve("broken-items.json").toString();
        assertThat(broken.records().papers()).extracting(PaperRecord::id).containsExactly("fine", "bad-doi", "fine-2");
        assertThat(broken.unplaced()).extracting(InputProblem::toString).containsExactly(
                file + ":10:3: item 2 'no-title': no title; the item is left out",
                file + ":16:3: item 3 'no-date': no issued date; the item is left out",
                file + ":22:3: item 4 'bad-date': issued 'sometime' is not a date; the item is left out",
                file + ":29:3: item 5 'bad-doi': DOI 'doi:not-a-doi' is not a DOI; it is left out",
                file + ":37:3: item 6 'bad-month': issued date-parts [2024,13] are not a date; the item is left out",
                file + ":51:3: item 8: not an object; the item is left out");
        assertThat(broken.records().papers().get(1).title()).isEqualTo("A Bad DOI");
        assertThat(broken.records().papers().get(1).ids().doi()).isNull();
    }

    @Test
    void aDatePartThatIsAListOrAnObjectIsReportedWithTheItem(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("nested-date.json");
        Files.writeString(file, """
                [{"id": "listed", "type": "book", "title": "T", "author": [{"literal": "A"}],
                  "issued": {"date-parts": [[[2024], 3]]}},
                 {"id": "mapped", "type": "book", "title": "T", "author": [{"literal": "A"}],
                  "issued": {"date-parts": [[{"year": 2024}]]}}]
                """);
        ImportResult result = new CslJsonImporter().read(file);
        assertThat(result.records().papers()).isEmpty();
        assertThat(result.unplaced()).extracting(InputProblem::toString).containsExactly(
                file + ":1:2: item 1 'listed': issued date-parts [[2024],3] are not numbers; the item is left out",
                file + ":3:2: item 2 'mapped': issued date-parts [{\"year\":2024}] are not numbers; the item is left out");
    }

    @Test
    void malformedJsonIsALocatedInputError(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "[\n  {\"title\": \"x\",\n   \"type\" \"book\"}\n]\n");
        KgInputException e = catchThrowableOfType(KgInputException.class, () -> new CslJsonImporter().read(bad));
        assertThat(e.problems()).hasSize(1);
        assertThat(e.problems().get(0).location().line()).isEqualTo(3);
        assertThat(e.getMessage()).startsWith(bad + ":3:").contains("malformed JSON");
    }

    @Test
    void jsonThatIsNotCslIsAnInputError(@TempDir Path dir) throws Exception {
        Path other = dir.resolve("other.json");
        Files.writeString(other, "{\"doi\": \"10.1/x\", \"creators\": []}");
        KgInputException e = catchThrowableOfType(KgInputException.class, () -> new CslJsonImporter().read(other));
        assertThat(e.getMessage()).isEqualTo(other + ":1:1: not CSL-JSON: expected an array of items, or one item with a "
                + "type and a title");
    }
}
