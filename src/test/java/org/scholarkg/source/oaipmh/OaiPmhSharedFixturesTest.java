package org.scholarkg.source.oaipmh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scholarkg.InputProblem;
import org.scholarkg.KgInputException;
import org.scholarkg.SharedFixtures;
import org.scholarkg.record.AuthorRef;
import org.scholarkg.record.PaperIds;
import org.scholarkg.record.PaperRecord;
import org.scholarkg.record.PaperType;
import org.scholarkg.record.PartialDate;
import org.scholarkg.record.RecordFile;
import org.scholarkg.source.ImportResult;
import org.scholarkg.source.RecordsRoundTrip;

/**
 * Real OAI-PMH responses in {@code ../shared/fixtures/oai-pmh}: a DSpace repository of 2003/2004 (pyoai's
 * fixtures, with mojibake and repeated dates, and a deliberately broken Identify) and sickle's hand-made
 * responses (a resumption-token chain, deleted records, error codes, CJK names).
 */
@Tag(SharedFixtures.TAG)
class OaiPmhSharedFixturesTest {

    private static Path pyoai(String name) {
        return SharedFixtures.root().resolve("oai-pmh").resolve("pyoai-erasmus-dspace-2003").resolve(name);
    }

    private static Path sickle(String name) {
        return SharedFixtures.root().resolve("oai-pmh").resolve("sickle-fixtures").resolve(name);
    }

    private static OaiPage page(Path file) throws Exception {
        return new OaiPmhImporter().parse(Files.newInputStream(file), file.getFileName().toString());
    }

    private static Map<String, PaperRecord> byId(OaiPage page) {
        return page.papers().stream().collect(Collectors.toMap(PaperRecord::id, Function.identity()));
    }

    /** file, records in the file, papers, deleted. */
    @ParameterizedTest
    @CsvSource({"ListRecords_oai_dc_from-2003-04-10.xml, 16, 16, 0", "ListRecords_oai_dc_from-2004-01-01.xml, 81, 79, 2",
        "GetRecord_hdl-1765-315.xml, 1, 1, 0"})
    void dspaceResponsesGiveEveryRecordThatIsNotDeleted(String file, int records, int papers, int deleted,
            @TempDir Path dir) throws Exception {
        OaiPage page = page(pyoai(file));
        assertThat(page.papers()).hasSize(papers);
        assertThat(page.deleted()).isEqualTo(deleted);
        assertThat(page.papers().size() + page.deleted()).isEqualTo(records);
        assertThat(page.unplaced()).isEmpty();
        assertThat(page.resumption().hasMore()).isFalse();
        ImportResult result = new OaiPmhImporter().read(pyoai(file));
        RecordFile back = RecordsRoundTrip.readBack(result.records(), dir);
        assertThat(back.papers()).isEqualTo(result.records().papers());
        assertThat(back.source().url()).isEqualTo("http://dspace.ubib.eur.nl/oai/");
    }

    @Test
    void theGetRecordExactValues() throws Exception {
        PaperRecord p = page(pyoai("GetRecord_hdl-1765-315.xml")).papers().get(0);
        assertThat(p.id()).isEqualTo("hdl-1765-315");
        assertThat(p.title()).isEqualTo("De vrouwenbeweging online. Een onderzoek naar het gebruik van Internet door "
                + "vrouwenorganisaties in Nederland .");
        // The repository put its author in dc:contributor; the name stays as it printed it.
        assertThat(p.authors()).containsExactly(new AuthorRef("Edwards, A.R.", null));
        assertThat(p.date()).isEqualTo(PartialDate.parse("2003-04-22"));
        assertThat(p.type()).isEqualTo(PaperType.REPORT);
        assertThat(p.ids()).isEqualTo(new PaperIds(null, null, "1765/315"));
        assertThat(p.abstractText()).startsWith("THE WOMEN'S MOVEMENT ONLINE.").endsWith("in the information age.");
        assertThat(p.links()).isEmpty();
    }

    @Test
    void theEarliestDateAsPreciseAsGivenAndTypes() throws Exception {
        Map<String, PaperRecord> papers = byId(page(pyoai("ListRecords_oai_dc_from-2004-01-01.xml")));
        assertThat(papers.get("hdl-1765-449").date()).isEqualTo(PartialDate.parse("2000"));
        assertThat(papers.get("hdl-1765-1151").date()).isEqualTo(PartialDate.parse("2004"));
        assertThat(papers.get("hdl-1765-1163").date()).isEqualTo(PartialDate.parse("2004-01"));
        assertThat(papers.get("hdl-1765-1155").date()).isEqualTo(PartialDate.parse("2004-02-14"));
        assertThat(papers.get("hdl-1765-1155").type()).isEqualTo(PaperType.THESIS);
        assertThat(papers).doesNotContainKeys("hdl-1765-1160", "hdl-1765-1161");
        assertThat(papers.values().stream().filter(p -> p.type() == PaperType.THESIS)).hasSize(20);
        assertThat(papers.values().stream().filter(p -> p.type() == PaperType.CHAPTER)).hasSize(4);
        assertThat(papers.values()).allMatch(p -> p.ids().handle() != null);
    }

    @Test
    void mojibakeIsKeptAsSent() throws Exception {
        Map<String, PaperRecord> early = byId(page(pyoai("ListRecords_oai_dc_from-2003-04-10.xml")));
        assertThat(early.get("hdl-1765-308").abstractText()).contains("ge??llustreerd");
        Map<String, PaperRecord> late = byId(page(pyoai("ListRecords_oai_dc_from-2004-01-01.xml")));
        assertThat(late.get("hdl-1765-1132").abstractText()).contains("Funda¸c˜ao Para a Ciˆencia");
        assertThat(late.get("hdl-1765-449").abstractText()).contains("(???the Fordist hierarchy???)");
    }

    @Test
    void theBrokenIdentifyIsAClearLocatedError() {
        Path broken = pyoai("Identify_broken-bogus-wrapper_2006.xml");
        KgInputException e = catchThrowableOfType(KgInputException.class, () -> new OaiPmhImporter().read(broken));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.location().file()).isEqualTo(broken.toString());
            assertThat(p.location().line()).isEqualTo(1);
            assertThat(p.location().column()).isEqualTo(1308);
            assertThat(p.message()).isEqualTo("malformed XML: The element type \"bogus\" must be terminated by the "
                    + "matching end-tag \"</bogus>\".");
        });
    }

    @ParameterizedTest
    @CsvSource({"Identify.xml, Identify", "ListSets.xml, ListSets", "ListIdentifiers_from-2003-04-10.xml, ListIdentifiers",
        "ListMetadataFormats.xml, ListMetadataFormats"})
    void responsesWithoutRecordsAreInputErrors(String file, String verb) {
        KgInputException e = catchThrowableOfType(KgInputException.class, () -> new OaiPmhImporter().read(pyoai(file)));
        assertThat(e.problems()).singleElement().extracting(InputProblem::message).isEqualTo("an OAI-PMH " + verb
                + " response holds no records; import reads ListRecords and GetRecord responses");
    }

    @ParameterizedTest
    @CsvSource({"ListRecords.xml, ListRecords2.xml", "ListRecords2.xml, ListRecords3.xml",
        "ListRecords3.xml, ListRecords4.xml"})
    void sickleChainCarriesItsResumptionTokens(String file, String next, @TempDir Path dir) throws Exception {
        OaiPage page = page(sickle(file));
        assertThat(page.resumption()).isEqualTo(new ResumptionToken(next, 8, 0));
        assertThat(page.deleted()).isEqualTo(1);
        assertThat(page.papers()).singleElement().satisfies(p -> {
            assertThat(p.title()).isEqualTo("Sample Title");
            assertThat(p.authors()).extracting(AuthorRef::printedName).containsExactly("John Doe", "John Doe",
                    "John Doe", "John Doe");
            assertThat(p.date()).isEqualTo(PartialDate.parse("2010"));
            assertThat(p.type()).isEqualTo(PaperType.JOURNAL_ARTICLE);
            assertThat(p.abstractText()).startsWith("Lorem ipsum dolor sit amet").endsWith("id est laborum.");
        });
        ImportResult result = new OaiPmhImporter().read(sickle(file));
        assertThat(RecordsRoundTrip.readBack(result.records(), dir).papers()).isEqualTo(result.records().papers());
    }

    @Test
    void sickleCjkCreator() throws Exception {
        OaiPage page = page(sickle("GetRecord_utf8test.xml"));
        assertThat(page.verb()).isEqualTo("GetRecord");
        assertThat(page.papers()).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo("oai-test-example-com-1996652");
            assertThat(p.authors()).containsExactly(new AuthorRef("某人", null));
            assertThat(p.date()).isEqualTo(PartialDate.parse("2011"));
        });
    }

    @Test
    void sickleErrorCodes() throws Exception {
        KgInputException bad = catchThrowableOfType(KgInputException.class,
                () -> new OaiPmhImporter().read(sickle("badResumptionToken.xml")));
        assertThat(bad.problems()).singleElement().extracting(InputProblem::message)
                .isEqualTo("OAI-PMH error badResumptionToken: This resumptionToken is invalid");
        KgInputException missing = catchThrowableOfType(KgInputException.class,
                () -> new OaiPmhImporter().read(sickle("idDoesNotExist.xml")));
        assertThat(missing.getMessage()).startsWith(sickle("idDoesNotExist.xml") + ":11:")
                .contains("OAI-PMH error idDoesNotExist: oai:lcoa1.loc.gov:loc.rbc/rbpe.00000111 has the structure");
        OaiPage none = page(sickle("noRecordsMatch.xml"));
        assertThat(none.papers()).isEmpty();
        assertThat(none.verb()).isEqualTo("ListIdentifiers");
        assertThat(new OaiPmhImporter().read(sickle("noRecordsMatch.xml")).unplaced()).isEmpty();
    }
}
