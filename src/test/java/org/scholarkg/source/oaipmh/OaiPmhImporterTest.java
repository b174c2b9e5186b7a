package org.scholarkg.source.oaipmh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarkg.InputProblem;
import org.scholarkg.KgInputException;
import org.scholarkg.record.AuthorRef;
import org.scholarkg.record.LinkRecord;
import org.scholarkg.record.PaperIds;
import org.scholarkg.record.PaperRecord;
import org.scholarkg.record.PaperType;
import org.scholarkg.record.PartialDate;
import org.scholarkg.source.ImportResult;

/** The OAI-PMH importer and its page parser on small responses written for these tests. */
class OaiPmhImporterTest {

    private static final Path DIR = Path.of("src/test/resources/source/oaipmh");

    private static OaiPage page(String name) throws Exception {
        return new OaiPmhImporter().parse(Files.newInputStream(DIR.resolve(name)), name);
    }

    private static Map<String, PaperRecord> papers(OaiPage page) {
        return page.papers().stream().collect(Collectors.toMap(PaperRecord::id, Function.identity()));
    }

    private static List<String> printed(PaperRecord p) {
        return p.authors().stream().map(AuthorRef::printedName).toList();
    }

    @Test
    void aListRecordsPageGivesItsPapersDeletedCountAndResumptionToken() throws Exception {
        OaiPage page = page("ListRecords.xml");
        assertThat(page.verb()).isEqualTo("ListRecords");
        assertThat(page.baseUrl()).isEqualTo("https://repo.example.org/oai");
        assertThat(page.papers()).extracting(PaperRecord::id).containsExactly("oai-repo-example-org-1", "hdl-1234-9999",
                "oai-repo-example-org-4");
        assertThat(page.deleted()).isEqualTo(1);
        assertThat(page.resumption()).isEqualTo(new ResumptionToken("token-page-2", 7, 0));
        assertThat(page.resumption().hasMore()).isTrue();
        assertThat(page.unplaced()).isEmpty();
    }

    @Test
    void theLastPageHasAnEmptyToken() throws Exception {
        OaiPage page = page("ListRecords-last-page.xml");
        assertThat(page.resumption()).isEqualTo(new ResumptionToken("", 7, 6));
        assertThat(page.resumption().hasMore()).isFalse();
        assertThat(page.papers()).singleElement().satisfies(p -> {
            assertThat(p.type()).isEqualTo(PaperType.REPORT);
            assertThat(p.date()).isEqualTo(PartialDate.parse("2020-02-29"));
        });
    }

    @Test
    void creatorsInOrderAsPrintedTitleCollapsedEarliestDateAndAbstracts() throws Exception {
        PaperRecord p = papers(page("ListRecords.xml")).get("oai-repo-example-org-1");
        assertThat(p.title()).isEqualTo("Graphs and Their Neural Networks");
        assertThat(printed(p)).containsExactly("Jegelka, Stefanie", "Ma, George");
        assertThat(p.date()).isEqualTo(PartialDate.parse("2023-11"));
        assertThat(p.type()).isEqualTo(PaperType.JOURNAL_ARTICLE);
        assertThat(p.abstractText()).isEqualTo("First abstract.\n\nZweite Zusammenfassung.");
    }

    @Test
    void identifiersGiveDoiHandleArxivAndLinks() throws Exception {
        PaperRecord p = papers(page("ListRecords.xml")).get("oai-repo-example-org-1");
        assertThat(p.ids()).isEqualTo(new PaperIds("10.5555/graphs.2023", "2311.01234", "1234/5678"));
        assertThat(p.links()).containsExactly(new LinkRecord("url", "URL", "https://repo.example.org/items/1"));
    }

    @Test
    void withoutCreatorsTheContributorsAreAuthorsAndAHdlIdentifierIsTheHandle() throws Exception {
        PaperRecord p = papers(page("ListRecords.xml")).get("hdl-1234-9999");
        assertThat(printed(p)).containsExactly("Doe, J.");
        assertThat(p.date()).isEqualTo(PartialDate.parse("2001-03"));
        assertThat(p.type()).isEqualTo(PaperType.THESIS);
        assertThat(p.ids()).isEqualTo(new PaperIds("10.5555/thesis.2001", null, "1234/9999"));
    }

    @Test
    void repeatedCjkCreatorsStayTwoAuthorsAndUnknownTypesAreOther() throws Exception {
        PaperRecord p = papers(page("ListRecords.xml")).get("oai-repo-example-org-4");
        assertThat(p.title()).isEqualTo("李明的论文");
        assertThat(printed(p)).containsExactly("李明", "李明");
        assertThat(p.type()).isEqualTo(PaperType.OTHER);
        assertThat(p.date()).isEqualTo(PartialDate.parse("2022"));
    }

    @Test
    void recordsWithoutTitleOrDateOrNotInOaiDcAreReportedAndLeftOut() throws Exception {
        ImportResult result = new OaiPmhImporter().read(DIR.resolve("problems.xml"));
        String file = DIR.resolve("problems.xml").toString();
        assertThat(result.records().papers()).extracting(PaperRecord::title).containsExactly("A Fine Record");
        assertThat(result.unplaced()).extracting(InputProblem::toString).containsExactly(
                file + ":6:13: record 'oai:repo.example.org:10': dc:date 'n.d.' is not a date; it is ignored",
                file + ":17:13: record 'oai:repo.example.org:11': no dc:title, no dc:date; the record is left out",
                file + ":28:50: record 'oai:repo.example.org:12': metadata is {http://www.loc.gov/mods/v3}mods, not oai_dc;"
                        + " the record is left out");
    }

    @Test
    void theFileImportTakesItsSourceFromTheRequest() {
        ImportResult result = new OaiPmhImporter().read(DIR.resolve("ListRecords.xml"));
        assertThat(result.records().source().url()).isEqualTo("https://repo.example.org/oai");
        assertThat(result.records().source().title()).isEqualTo("OAI-PMH ListRecords from https://repo.example.org/oai");
        assertThat(result.records().papers()).hasSize(3);
    }

    @Test
    void oaiErrorsAreInputErrorsNamingTheirCodes() {
        KgInputException e = catchThrowableOfType(KgInputException.class,
                () -> new OaiPmhImporter().read(DIR.resolve("error-badArgument.xml")));
        String file = DIR.resolve("error-badArgument.xml").toString();
        assertThat(e.problems()).extracting(InputProblem::toString).containsExactly(
                file + ":5:29: OAI-PMH error badArgument: Illegal argument \"metadataPrefx\"",
                file + ":6:25: OAI-PMH error badVerb: Missing verb");
    }

    @Test
    void noRecordsMatchIsAnEmptyAnswer() {
        String xml = "<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\"><request verb=\"ListRecords\">"
                + "https://repo.example.org/oai</request><error code=\"noRecordsMatch\"/></OAI-PMH>";
        OaiPage page = new OaiPmhImporter().parse(stream(xml), "noRecordsMatch");
        assertThat(page.papers()).isEmpty();
        assertThat(page.verb()).isEqualTo("ListRecords");
        assertThat(page.resumption().hasMore()).isFalse();
    }

    @Test
    void aResponseWithoutRecordsIsAnInputError() {
        String xml = "<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\">\n<request verb=\"Identify\">x</request>\n"
                + "<Identify><repositoryName>R</repositoryName></Identify></OAI-PMH>";
        KgInputException e = catchThrowableOfType(KgInputException.class,
                () -> new OaiPmhImporter().parse(stream(xml), "identify.xml"));
        assertThat(e.getMessage()).isEqualTo("identify.xml:3:11: an OAI-PMH Identify response holds no records;"
                + " import reads ListRecords and GetRecord responses");
    }

    @Test
    void xmlThatIsNotOaiPmhIsAnInputError() {
        KgInputException e = catchThrowableOfType(KgInputException.class,
                () -> new OaiPmhImporter().parse(stream("<html><body/></html>"), "page.html"));
        assertThat(e.getMessage()).isEqualTo("page.html:1:7: not an OAI-PMH 2.0 response: the root element is {}html");
    }

    @Test
    void anExternalEntityIsRefusedAtItsDoctype() {
        KgInputException e = catchThrowableOfType(KgInputException.class,
                () -> new OaiPmhImporter().read(DIR.resolve("xxe.xml")));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.location().file()).isEqualTo(DIR.resolve("xxe.xml").toString());
            assertThat(p.location().line()).isEqualTo(4);
            assertThat(p.message()).isEqualTo(
                    "refused XML: a DOCTYPE declaration is not allowed (DTDs and entities are refused)");
        });
    }

    @Test
    void billionLaughsIsRefusedBeforeAnyExpansion() {
        long start = System.nanoTime();
        KgInputException e = catchThrowableOfType(KgInputException.class,
                () -> new OaiPmhImporter().read(DIR.resolve("billion-laughs.xml")));
        assertThat(e.getMessage()).startsWith(DIR.resolve("billion-laughs.xml") + ":13:")
                .contains("refused XML: a DOCTYPE declaration is not allowed");
        assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
    }

    @Test
    void anUndeclaredEntityIsMalformed() {
        String xml = "<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\">\n<request>&secret;</request></OAI-PMH>";
        KgInputException e = catchThrowableOfType(KgInputException.class,
                () -> new OaiPmhImporter().parse(stream(xml), "entity.xml"));
        assertThat(e.getMessage()).startsWith("entity.xml:2:").contains("malformed XML").contains("secret");
    }

    @Test
    void aBrokenDocumentIsALocatedError(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.xml");
        Files.writeString(broken, "<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\">\n<ListRecords>\n</OAI-PMH>\n");
        KgInputException e = catchThrowableOfType(KgInputException.class, () -> new OaiPmhImporter().read(broken));
        assertThat(e.getMessage()).startsWith(broken + ":3:").contains("malformed XML")
                .contains("must be terminated by the matching end-tag \"</ListRecords>\"");
    }

    @Test
    void datesAreReadAsPreciseAsWritten() {
        assertThat(OaiDcRecords.date("2004")).isEqualTo(PartialDate.parse("2004"));
        assertThat(OaiDcRecords.date("2004-03")).isEqualTo(PartialDate.parse("2004-03"));
        assertThat(OaiDcRecords.date("2003-04-22T13:13:44Z")).isEqualTo(PartialDate.parse("2003-04-22"));
        assertThat(OaiDcRecords.date("January 2004")).isEqualTo(PartialDate.parse("2004-01"));
        assertThat(OaiDcRecords.date("2004-13")).isNull();
        assertThat(OaiDcRecords.date("n.d.")).isNull();
    }

    @Test
    void typesAreMappedWhereClear() {
        assertThat(OaiDcRecords.type(List.of("Article"))).isEqualTo(PaperType.JOURNAL_ARTICLE);
        assertThat(OaiDcRecords.type(List.of("Book chapter"))).isEqualTo(PaperType.CHAPTER);
        assertThat(OaiDcRecords.type(List.of("Technical Report"))).isEqualTo(PaperType.REPORT);
        assertThat(OaiDcRecords.type(List.of("Working Paper"))).isEqualTo(PaperType.REPORT);
        assertThat(OaiDcRecords.type(List.of("Preprint"))).isEqualTo(PaperType.PREPRINT);
        assertThat(OaiDcRecords.type(List.of("text", "info:eu-repo/semantics/doctoralThesis"))).isEqualTo(PaperType.THESIS);
        assertThat(OaiDcRecords.type(List.of("Inaugural Address", "Other"))).isEqualTo(PaperType.OTHER);
    }

    private static InputStream stream(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }
}
