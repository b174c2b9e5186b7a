package org.scholarkg.source.mcml;

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
import org.scholarkg.KgInputException;
import org.scholarkg.record.AuthorRef;
import org.scholarkg.record.OrganizationRecord;
import org.scholarkg.record.PaperRecord;
import org.scholarkg.record.PaperType;
import org.scholarkg.record.PartialDate;
import org.scholarkg.record.PersonRecord;
import org.scholarkg.record.RecordFile;
import org.scholarkg.record.RecordReader;
import org.scholarkg.record.RecordYamlWriter;
import org.scholarkg.record.VenueRecord;
import org.scholarkg.source.ImportResult;

/**
 * The importer on a small page written for these tests ({@code variants.txt}): a journal entry, a
 * three-part place, a date range across months, a consortium, an entry without abstract, an MCML author of
 * another group, accents, particles, hyphenated names, non-breaking spaces, extra blank lines and a line
 * that belongs nowhere.
 */
class McmlPageImporterTest {

    private static final Path PAGE = Path.of("src/test/resources/source/mcml/variants.txt");
    private static ImportResult result;
    private static RecordFile records;
    private static Map<String, PaperRecord> papers;

    @BeforeAll
    static void read() {
        result = new McmlPageImporter().read(PAGE);
        records = result.records();
        papers = records.papers().stream().collect(Collectors.toMap(PaperRecord::title, Function.identity()));
    }

    private static List<String> printed(PaperRecord p) {
        return p.authors().stream().map(AuthorRef::printedName).toList();
    }

    @Test
    void readsTheGroupAndItsPiCard() {
        assertThat(records.group().id()).isEqualTo("muller-ludenscheidt");
        assertThat(records.group().name()).isEqualTo("Research Group Zoë Müller-Lüdenscheidt");
        assertThat(records.group().parents()).containsExactly("mcml", "lmu");
        PersonRecord pi = records.people().get(0);
        assertThat(pi.name()).isEqualTo("Zoë Müller-Lüdenscheidt");
        assertThat(pi.honorificPrefix()).isEqualTo("Dr.");
        assertThat(pi.role()).isEqualTo("Junior Research Group Leader");
        assertThat(pi.jobTitle()).isEqualTo("Associate Professor");
        assertThat(pi.affiliation()).containsExactly("lmu");
        assertThat(pi.aliases()).containsExactly("Z. Müller-Lüdenscheidt");
        assertThat(pi.description()).isEqualTo("She studies how people argue online.\n\nHer second paragraph.");
        assertThat(records.group().pi()).isEqualTo(pi.id());
    }

    @Test
    void readsTeamMembersWithAndWithoutLinksAndTitles() {
        assertThat(records.group().members())
                .containsExactly("zoe-muller-ludenscheidt", "jean-pierre-dupont", "mark-van-der-wilk");
        PersonRecord jp = records.people().get(1);
        assertThat(jp.aliases()).containsExactly("J.-P. Dupont");
        assertThat(jp.links()).hasSize(1);
        PersonRecord mark = records.people().get(2);
        assertThat(mark.honorificPrefix()).isEqualTo("PD Dr.");
        assertThat(mark.familyName()).isEqualTo("van der Wilk");
        assertThat(mark.aliases()).containsExactly("M. van der Wilk");
        assertThat(mark.links()).isEmpty();
    }

    @Test
    void aJournalEntryHasVolumeIssueMonthAndTheTitlesOwnPeriods() {
        PaperRecord p = papers.get("Arguments Online. A Study?");
        assertThat(p.type()).isEqualTo(PaperType.JOURNAL_ARTICLE);
        assertThat(p.volume()).isEqualTo("6");
        assertThat(p.issue()).isEqualTo("3");
        assertThat(p.date()).isEqualTo(PartialDate.parse("2024-03"));
        assertThat(p.links()).extracting(l -> l.kind()).containsExactly("doi");
        VenueRecord journal = records.venues().stream().filter(v -> v.id().equals(p.venue())).findFirst().orElseThrow();
        assertThat(journal.kind()).isEqualTo(VenueRecord.VenueKind.JOURNAL);
        assertThat(journal.name()).isEqualTo("Nature Machine Intelligence");
        assertThat(printed(p)).containsExactly("J.-P. Dupont", "M. van der Wilk", "Z. Müller-Lüdenscheidt");
        assertThat(p.abstractText()).isEqualTo("We study arguments.");
    }

    @Test
    void aMonthCrossingRangeAThreePartPlaceAndAConsortium() {
        PaperRecord p = papers.get("Health in Numbers");
        VenueRecord event = records.venues().stream().filter(v -> v.id().equals(p.venue())).findFirst().orElseThrow();
        assertThat(event.place()).isEqualTo("New Orleans, LA, USA");
        assertThat(event.start()).isEqualTo(PartialDate.parse("2023-11-28"));
        assertThat(event.end()).isEqualTo(PartialDate.parse("2023-12-09"));
        assertThat(event.edition()).isEqualTo(3);
        assertThat(event.acronym()).isEqualTo("ML4H 2023");
        assertThat(printed(p)).containsExactly("A. Smith", "Z. Müller-Lüdenscheidt", "B. Jones",
                "o. b. o. t. the ABC Consortium");
        assertThat(p.statuses()).containsExactly("Accepted");
        assertThat(p.abstractText()).isNull();
        assertThat(p.date()).isEqualTo(PartialDate.parse("2023"));
    }

    @Test
    void aWorkshopOnOneDayWithoutAbstract() {
        PaperRecord p = papers.get("A Workshop Paper");
        assertThat(p.type()).isEqualTo(PaperType.WORKSHOP_PAPER);
        VenueRecord event = records.venues().stream().filter(v -> v.id().equals(p.venue())).findFirst().orElseThrow();
        assertThat(event.start()).isEqualTo(event.end()).isEqualTo(PartialDate.parse("2024-07-27"));
        assertThat(p.links()).extracting(l -> l.label()).containsExactly("URL");
    }

    @Test
    void mcmlAuthorsOfAnotherGroupBecomePeopleButNotMembers() {
        PersonRecord ekin = records.people().stream().filter(p -> p.name().equals("Ekin Akyürek")).findFirst().orElseThrow();
        assertThat(records.group().members()).doesNotContain(ekin.id());
        assertThat(ekin.areas()).containsExactly("physics-of-learning");
        assertThat(ekin.aliases()).containsExactly("E. Akyürek");
        assertThat(papers.get("A Workshop Paper").authors()).extracting(AuthorRef::person)
                .containsExactly("ekin-akyurek", null);
        assertThat(papers.get("Arguments Online. A Study?").authors()).extracting(AuthorRef::person)
                .containsExactly(null, null, "zoe-muller-ludenscheidt");
    }

    @Test
    void aPreprintGetsItsMonthAndStatus() {
        PaperRecord p = papers.get("A Preprint Without Links");
        assertThat(p.type()).isEqualTo(PaperType.PREPRINT);
        assertThat(p.date()).isEqualTo(PartialDate.parse("2023-05"));
        assertThat(p.statuses()).containsExactly("Preprint");
        assertThat(p.venue()).isNull();
    }

    @Test
    void paperIdsComeFromFirstAuthorYearAndTitle() {
        assertThat(records.papers()).extracting(PaperRecord::id).containsExactly(
                "dupont-2024-arguments-online", "akyurek-2024-workshop-paper", "smith-2023-health-numbers",
                "muller-ludenscheidt-2023-preprint-without");
    }

    @Test
    void aLineThatBelongsNowhereIsReportedWithItsLineNumber() {
        assertThat(result.unplaced()).hasSize(1);
        assertThat(result.unplaced().get(0).toString()).isEqualTo(PAGE + ":97:1: not placed: \"Cookie settings\"");
    }

    @Test
    void theRecordsAreValidAndSurviveYaml(@TempDir Path dir) throws Exception {
        Path yaml = dir.resolve("variants.yaml");
        Files.writeString(yaml, new RecordYamlWriter().write(records));
        RecordFile again = new RecordReader().read(List.of(yaml)).files().get(0);
        assertThat(again.papers()).isEqualTo(records.papers());
        assertThat(again.people()).isEqualTo(records.people());
        assertThat(again.venues()).isEqualTo(records.venues());
        assertThat(again.group()).isEqualTo(records.group());
        assertThat(again.organizations()).extracting(OrganizationRecord::id).containsExactly("mcml", "lmu");
    }

    @Test
    void cardsWhoseNamesDifferOnlyInAccentsAreOnePerson(@TempDir Path dir) throws Exception {
        // The card of entry [3] spells the PI without accents: the same slug, so the same person.
        Path page = dir.resolve("accents.txt");
        Files.writeString(page, Files.readString(PAGE).replace("Link to Profile Ekin Akyürek\n\nEkin Akyürek",
                "Link to Profile Zoe Muller-Ludenscheidt\n\nZoe Muller-Ludenscheidt"));
        RecordFile imported = new McmlPageImporter().read(page).records();
        assertThat(imported.people()).extracting(PersonRecord::id).doesNotHaveDuplicates()
                .containsOnlyOnce("zoe-muller-ludenscheidt").doesNotContain("ekin-akyurek");
        Path yaml = dir.resolve("accents.yaml");
        Files.writeString(yaml, new RecordYamlWriter().write(imported));
        assertThat(new RecordReader().read(List.of(yaml)).files().get(0).people()).isEqualTo(imported.people());
    }

    @Test
    void aPageWithoutBreadcrumbIsAnInputError(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("not-a-page.txt");
        Files.writeString(page, "\n\nJust some text\n");
        KgInputException e = catchThrowableOfType(KgInputException.class, () -> new McmlPageImporter().read(page));
        assertThat(e.getMessage()).startsWith(page + ":3:1: expected the breadcrumb");
    }
}
