package org.scholarkg.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.helpers.StatementCollector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarkg.KgInputException;
import org.scholarkg.rdf.Iris;
import org.scholarkg.rdf.RecordSetConverter;

/**
 * Records read in two passes ({@link RecordReader#open}) convert to exactly what records held in memory do,
 * across files (references forward and back, merged papers), and every check still happens before the first
 * statement.
 */
class StreamedRecordsTest {

    private static final Path RESOURCES = Path.of("src/test/resources/record");
    private static final Iris IRIS = new Iris(Iris.DEFAULT_BASE);

    @TempDir
    Path folder;

    @Test
    void streamedRecordsConvertToTheSameGraphAsRecordsInMemory() {
        for (List<Path> input : List.of(List.of(Path.of("data")), List.of(RESOURCES.resolve("merge")),
                List.of(RESOURCES.resolve("valid")))) {
            Model inMemory = convert(new RecordReader().read(input));
            Model streamed = convert(new RecordReader().open(input));
            assertThat(streamed).as("statements of %s", input).hasSizeGreaterThan(10);
            assertThat(Models.isomorphic(streamed, inMemory)).as("the same graph from %s", input).isTrue();
        }
    }

    @Test
    void mergesAcrossFilesAreKnownBeforeTheFirstFileIsConverted() {
        StreamedRecords records = new RecordReader().open(List.of(RESOURCES.resolve("merge")));
        assertThat(records.index().paperIdentity().canonicalId("lovelace1843notes")).isEqualTo("engine-notes");
        assertThat(records.index().paperIdentity().merges()).hasSize(2);
        assertThat(records.sources()).extracting(SourceInfo::name).containsExactly("a-page", "b-bibtex");
    }

    @Test
    void aReferenceToAPersonOfALaterFileResolves() throws IOException {
        write("a.yaml", """
                papers:
                  - {id: p1, title: T, authors: [{name: B. Later, person: later}], date: 2024}
                """);
        write("b.yaml", """
                people:
                  - {id: later, name: Bea Later}
                """);
        StreamedRecords records = new RecordReader().open(List.of(folder));
        assertThat(records.file(0).papers()).hasSize(1);
        assertThat(records.index().person("later")).isPresent();
    }

    @Test
    void aReferenceNoFileDefinesIsReportedWhereItIsWritten() throws IOException {
        Path a = write("a.yaml", """
                papers:
                  - {id: p1, title: T, authors: [{name: B. Nobody, person: nobody}], date: 2024}
                """);
        write("b.yaml", """
                people:
                  - {id: later, name: Bea Later}
                """);
        KgInputException e = catchThrowableOfType(KgInputException.class,
                () -> new RecordReader().open(List.of(folder)));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.location().file()).isEqualTo(a.toString());
            assertThat(p.location().line()).isEqualTo(2);
            assertThat(p.message()).isEqualTo("refers to person 'nobody', which is not defined");
        });
    }

    @Test
    void manyReferencesToOneMissingPersonAreOneProblemWithACount() throws IOException {
        Path a = write("a.yaml", """
                papers:
                  - {id: p1, title: One, authors: [{name: N. Body, person: nobody}], date: 2024}
                  - {id: p2, title: Two, authors: [{name: N. Body, person: nobody}], date: 2024}
                  - {id: p3, title: Three, authors: [{name: N. Body, person: nobody}], date: 2024}
                """);
        KgInputException e = catchThrowableOfType(KgInputException.class,
                () -> new RecordReader().open(List.of(folder)));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.location().file()).isEqualTo(a.toString());
            assertThat(p.location().line()).isEqualTo(2);
            assertThat(p.message()).isEqualTo(
                    "refers to person 'nobody', which is not defined (and so do 2 more references)");
        });
    }

    @Test
    void aPaperIdUsedInTwoFilesNamesBothPlaces() throws IOException {
        Path a = write("a.yaml", """
                papers:
                  - {id: p1, title: One, authors: [A. B], date: 2024}
                """);
        Path b = write("b.yaml", """
                papers:
                  - {id: p2, title: Two, authors: [A. B], date: 2023}
                  - {id: p1, title: Three, authors: [C. D], date: 2022}
                """);
        KgInputException e = catchThrowableOfType(KgInputException.class,
                () -> new RecordReader().open(List.of(folder)));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.location().file()).isEqualTo(b.toString());
            assertThat(p.location().line()).isEqualTo(3);
            assertThat(p.record()).isEqualTo("paper 'p1'");
            assertThat(p.message()).isEqualTo("duplicate id: paper 'p1' is already defined at " + a + ":2:10");
        });
    }

    @Test
    void aFileChangedAfterTheCheckIsRefusedNotConverted() throws IOException {
        Path a = write("a.yaml", """
                papers:
                  - {id: p1, title: One, authors: [A. B], date: 2024}
                """);
        StreamedRecords records = new RecordReader().open(List.of(folder));
        Files.writeString(a, "papers: [oops");
        Files.setLastModifiedTime(a, FileTime.from(Instant.now().plusSeconds(5)));
        KgInputException e = catchThrowableOfType(KgInputException.class, () -> records.file(0));
        assertThat(e.getMessage()).startsWith(a + ": ").contains("changed (or went away) after it was checked");
    }

    @Test
    void manyPapersKeepTheirIdentityInTheCompactIndex() {
        PaperIdentity.Builder builder = new PaperIdentity.Builder();
        SourceInfo one = new SourceInfo("one.yaml", "one", null, null, Instant.EPOCH);
        SourceInfo two = new SourceInfo("two.yaml", "two", null, null, Instant.EPOCH);
        for (int i = 0; i < 20_000; i++) {
            assertThat(builder.add(paper("one-" + i, "Title number " + i, "10.1/" + i), one, null)).isNull();
        }
        // The same works again from another source: every one merges by DOI, none by accident.
        for (int i = 0; i < 20_000; i += 7) {
            builder.add(paper("two-" + i, "Another spelling " + i, "10.1/" + i), two, null);
        }
        assertThat(builder.add(paper("one-5", "Again", null), two, null)).isNotNull();
        PaperIdentity identity = builder.build();
        assertThat(identity.size()).isEqualTo(20_000 + 2_858);
        assertThat(identity.merges()).hasSize(2_858);
        assertThat(identity.canonicalId("two-14")).isEqualTo("one-14");
        assertThat(identity.canonicalId("one-14")).isEqualTo("one-14");
        assertThat(identity.isMerged("two-7")).isTrue();
        assertThat(identity.isMerged("one-7")).isFalse();
        assertThat(identity.canonicalId("never-seen")).isEqualTo("never-seen");
    }

    private static PaperRecord paper(String id, String title, String doi) {
        return new PaperRecord(id, title, PaperType.JOURNAL_ARTICLE, List.of(new AuthorRef("A. Author", null)), null, null,
                null, null, PartialDate.parse("2020"), List.of(), null, new PaperIds(doi, null, null), List.of());
    }

    private Model convert(Records records) {
        Model model = new LinkedHashModel();
        new RecordSetConverter(IRIS).convert(records, new StatementCollector(model));
        return model;
    }

    private Path write(String name, String yaml) throws IOException {
        return Files.writeString(folder.resolve(name), yaml);
    }
}
