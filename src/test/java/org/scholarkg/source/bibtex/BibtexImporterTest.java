package org.scholarkg.source.bibtex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

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
import org.scholarkg.record.PaperRecord;
import org.scholarkg.record.PaperType;
import org.scholarkg.record.PartialDate;
import org.scholarkg.record.RecordFile;
import org.scholarkg.record.VenueRecord;
import org.scholarkg.record.VenueRecord.VenueKind;
import org.scholarkg.source.ImportResult;

/** The BibTeX importer on small files written for these tests, one feature per file. */
class BibtexImporterTest {

    private static final Path DIR = Path.of("src/test/resources/source/bibtex");

    private static ImportResult read(String name) {
        return new BibtexImporter().read(DIR.resolve(name));
    }

    private static Map<String, PaperRecord> papers(ImportResult result) {
        return result.records().papers().stream().collect(Collectors.toMap(PaperRecord::id, Function.identity()));
    }

    private static VenueRecord venue(RecordFile records, String id) {
        return records.venues().stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> printed(PaperRecord p) {
        return p.authors().stream().map(AuthorRef::printedName).toList();
    }

    @Test
    void everyEntryTypeGetsItsPaperType() {
        ImportResult result = read("types.bib");
        Map<String, PaperRecord> p = papers(result);
        assertThat(result.records().papers()).extracting(PaperRecord::id).containsExactly("journal2024",
                "conference2024", "oldstyle2019", "chapter2023", "inbook2022", "book2021", "proceedings2020", "phd2019",
                "msc2018", "report2017", "preprint2023", "patent2022", "slides2021", "scholarpreprint2023",
                "video2020");
        assertThat(p.get("journal2024").type()).isEqualTo(PaperType.JOURNAL_ARTICLE);
        assertThat(p.get("conference2024").type()).isEqualTo(PaperType.CONFERENCE_PAPER);
        assertThat(p.get("oldstyle2019").type()).isEqualTo(PaperType.CONFERENCE_PAPER);
        assertThat(p.get("chapter2023").type()).isEqualTo(PaperType.CHAPTER);
        assertThat(p.get("inbook2022").type()).isEqualTo(PaperType.CHAPTER);
        assertThat(p.get("book2021").type()).isEqualTo(PaperType.BOOK);
        assertThat(p.get("proceedings2020").type()).isEqualTo(PaperType.BOOK);
        assertThat(p.get("phd2019").type()).isEqualTo(PaperType.THESIS);
        assertThat(p.get("msc2018").type()).isEqualTo(PaperType.THESIS);
        assertThat(p.get("report2017").type()).isEqualTo(PaperType.REPORT);
        assertThat(p.get("preprint2023").type()).isEqualTo(PaperType.PREPRINT);
        assertThat(p.get("preprint2023").ids().arxiv()).isEqualTo("2301.01234");
        assertThat(p.get("patent2022").type()).isEqualTo(PaperType.PATENT);
        assertThat(p.get("slides2021").type()).isEqualTo(PaperType.OTHER);
        assertThat(p.get("scholarpreprint2023").type()).isEqualTo(PaperType.PREPRINT);
        assertThat(p.get("scholarpreprint2023").ids().arxiv()).isEqualTo("2305.06789");
        assertThat(p.get("scholarpreprint2023").venue()).isNull();
        assertThat(p.get("video2020").type()).isEqualTo(PaperType.OTHER);
    }

    @Test
    void anUnknownEntryTypeIsImportedAsOtherWithAWarning() {
        ImportResult result = read("types.bib");
        assertThat(result.unplaced()).extracting(InputProblem::toString).containsExactly(
                DIR.resolve("types.bib") + ":109:1: entry 'video2020': unknown entry type @video; imported as other");
    }

    @Test
    void anArticleHasItsJournalVolumeIssueAndPages() {
        ImportResult result = read("types.bib");
        PaperRecord article = papers(result).get("journal2024");
        assertThat(article.volume()).isEqualTo("25");
        assertThat(article.issue()).isEqualTo("3");
        assertThat(article.pages()).isEqualTo("101\u2013130");
        assertThat(article.date()).isEqualTo(PartialDate.parse("2024-03"));
        VenueRecord journal = venue(result.records(), article.venue());
        assertThat(journal.kind()).isEqualTo(VenueKind.JOURNAL);
        assertThat(journal.name()).isEqualTo("Journal of Machine Learning Research");
        assertThat(journal.issn()).isEqualTo("1532-4435");
    }

    @Test
    void conferencePapersShareTheVenueOfTheirBooktitle() {
        ImportResult result = read("types.bib");
        Map<String, PaperRecord> p = papers(result);
        assertThat(p.get("conference2024").venue()).isEqualTo(p.get("oldstyle2019").venue());
        VenueRecord icml = venue(result.records(), p.get("conference2024").venue());
        assertThat(icml.kind()).isEqualTo(VenueKind.CONFERENCE);
        assertThat(icml.name()).isEqualTo("Proceedings of the 41st International Conference on Machine Learning");
        assertThat(p.get("chapter2023").venue()).isNull();
    }

    @Test
    void proceedingsWithoutAuthorsTakeTheirEditors() {
        PaperRecord proceedings = papers(read("types.bib")).get("proceedings2020");
        assertThat(printed(proceedings)).containsExactly("Richard Roe", "Jane Doe");
    }

    @Test
    void namesAreInNaturalOrderAndNoPersonIsMade() {
        ImportResult result = read("types.bib");
        PaperRecord article = papers(result).get("journal2024");
        assertThat(printed(article)).containsExactly("S. Jegelka", "George Ma");
        assertThat(printed(papers(result).get("conference2024"))).containsExactly("Stefanie Jegelka");
        assertThat(article.authors()).extracting(AuthorRef::person).containsOnlyNulls();
        assertThat(result.records().people()).isEmpty();
    }

    @Test
    void texAccentsEscapesDashesQuotesAndCaseProtectionBecomeUnicode() {
        ImportResult result = read("tex.bib");
        PaperRecord p = result.records().papers().get(0);
        assertThat(p.title()).isEqualTo("MAKIEval: Über été \u2013 Straße & øther \u201cquotes\u201d and \u201cmore\u201d");
        assertThat(printed(p)).containsExactly("Özge Alacam", "Andreas Säuberli", "Sina Zarrieß", "Nikola Ljubešić",
                "Çağrı Çöltekin", "Kristian Nørgaard Jensen", "Alberto Muñoz-Ortiz", "François Yvon", "Raúl Vázquez",
                "José Martínez", "Constantin Förster");
        assertThat(p.pages()).isEqualTo("10\u201320");
        assertThat(result.records().venues().get(0).name()).isEqualTo("Proceedings of the 1st Workshop on NLP\u2014and More");
        assertThat(p.abstractText()).isEqualTo("We use emphasis, 100% of the α and bold text.");
        assertThat(result.unplaced()).isEmpty();
    }

    @Test
    void stringMacrosConcatenationAndMonthMacrosAreExpanded() {
        ImportResult result = read("strings.bib");
        Map<String, PaperRecord> p = papers(result);
        assertThat(p).containsOnlyKeys("macros2024", "dayinmonth2023", "monthnumber2022", "biblatexdate2021");
        assertThat(venue(result.records(), p.get("macros2024").venue()).name())
                .isEqualTo("Proceedings of Machine Learning Research: International Conference on Machine Learning 2024");
        assertThat(p.get("macros2024").date()).isEqualTo(PartialDate.parse("2024-07"));
        assertThat(p.get("dayinmonth2023").date()).isEqualTo(PartialDate.parse("2023-01-24"));
        assertThat(p.get("monthnumber2022").date()).isEqualTo(PartialDate.parse("2022-11"));
        assertThat(p.get("biblatexdate2021").date()).isEqualTo(PartialDate.parse("2021-05-17"));
        assertThat(venue(result.records(), p.get("biblatexdate2021").venue()).name()).isEqualTo("Some Journal");
        assertThat(result.unplaced()).isEmpty();
    }

    @Test
    void frontMatterCommentLinesAndStrayTextBetweenEntriesAreSkipped() {
        ImportResult result = read("jekyll.bib");
        assertThat(result.records().papers()).extracting(PaperRecord::id).containsExactly("first2024", "second2024");
        assertThat(result.unplaced()).isEmpty();
    }

    @Test
    void htmlAndMarksAreStrippedFromNames() {
        Map<String, PaperRecord> p = papers(read("jekyll.bib"));
        assertThat(printed(p.get("first2024"))).containsExactly("Lixuan Guo", "Yifei Wang", "Stefanie Jegelka");
        assertThat(printed(p.get("second2024"))).containsExactly("Siyuan Liu", "Yifei Wang", "Tom & Jerry", "Anna Smith");
    }

    @Test
    void arxivIdsComeFromEprintArxivUrlAndPdfFields() {
        Map<String, PaperRecord> p = papers(read("ids.bib"));
        assertThat(p.get("arxivfield2023").ids().arxiv()).isEqualTo("2310.06387");
        assertThat(p.get("arxivfield2023").type()).isEqualTo(PaperType.PREPRINT);
        assertThat(p.get("arxivurl2022").ids().arxiv()).isEqualTo("2210.06807");
        assertThat(p.get("arxivurl2022").links()).containsExactly(
                new LinkRecord("arxiv", "arXiv", "https://arxiv.org/abs/2210.06807"));
        Map<String, PaperRecord> site = papers(read("jekyll.bib"));
        assertThat(site.get("first2024").ids().arxiv()).isEqualTo("2403.12448");
        assertThat(site.get("second2024").links()).containsExactly(
                new LinkRecord("code", "Code", "https://github.com/example/second"));
    }

    @Test
    void aDoiUrlGivesTheDoiAndABadDoiOrUrlIsReportedAndLeftOut() {
        ImportResult result = read("ids.bib");
        Map<String, PaperRecord> p = papers(result);
        assertThat(p.get("doiurl2024").ids().doi()).isEqualTo("10.18653/v1/2024.acl-long.508");
        assertThat(p.get("abstract2021").ids().doi()).isNull();
        assertThat(p.get("abstract2021").links()).isEmpty();
        assertThat(p.get("abstract2021").abstractText()).isEqualTo("We show bold claims & more.");
        assertThat(result.unplaced()).extracting(InputProblem::toString).containsExactly(
                DIR.resolve("ids.bib") + ":23:1: entry 'abstract2021': doi 'not a doi' is not a DOI; it is left out",
                DIR.resolve("ids.bib") + ":23:1: entry 'abstract2021': url 'ftp://example.org/paper' is not an http(s) URL;"
                        + " it is left out");
    }

    @Test
    void repeatedKeysAreKeptWithUniqueIds() {
        Map<String, PaperRecord> p = papers(read("broken.bib"));
        assertThat(p).containsOnlyKeys("fine2024", "fine2024-2", "after2024");
        assertThat(p.get("fine2024-2").title()).isEqualTo("The Same Key Again");
    }

    @Test
    void entriesWithoutTitleYearOrDateAreReportedWithKeyAndLineAndLeftOut() {
        ImportResult result = read("broken.bib");
        String file = DIR.resolve("broken.bib").toString();
        assertThat(result.unplaced()).extracting(InputProblem::toString).containsExactly(
                file + ":15:1: entry 'notitle2024': no title; the entry is left out",
                file + ":21:1: entry 'noyear': no year; the entry is left out",
                file + ":27:1: entry 'badmonth2024': month 'Smarch' is not a month; the entry is left out",
                file + ":35:1: entry 'unclosed2024': @article{unclosed2024 is not closed before the next entry;"
                        + " the entry is left out");
    }

    @Test
    void aFileThatIsNotUtf8IsAnInputError(@TempDir Path dir) throws Exception {
        Path latin1 = dir.resolve("latin1.bib");
        Files.write(latin1, "@misc{a, title={M\u00fcller}, author={X}, year=2020}".getBytes("ISO-8859-1"));
        KgInputException e = catchThrowableOfType(KgInputException.class, () -> new BibtexImporter().read(latin1));
        assertThat(e.getMessage()).isEqualTo(latin1 + ": cannot read: the file is not UTF-8 text");
    }
}
