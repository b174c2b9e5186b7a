package org.scholarkg.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarkg.InputProblem;
import org.scholarkg.KgInputException;
import org.scholarkg.record.RecordFile;
import org.scholarkg.record.RecordReader;
import org.scholarkg.record.Slugs;

/**
 * The checks every importer passes, after RDF4J's {@code AbstractParserHandlingTest}: subclass it per
 * importer with a small sample of the format and a sample with entries the importer must report.
 */
public abstract class AbstractImporterTest {

    /** The format name {@code import} takes. */
    protected abstract String formatName();

    /** A new importer under test. */
    protected abstract Importer importer();

    /** A small, valid file of the format with at least one paper. */
    protected abstract Path sample();

    /** A file of the format with at least one entry the importer cannot place and must report. */
    protected abstract Path sampleWithProblems();

    @Test
    void isRegisteredUnderItsFormatName() {
        assertThat(Importers.names()).contains(formatName());
        assertThat(Importers.forName(formatName())).get().isInstanceOf(importer().getClass());
    }

    @Test
    void theSampleGivesRecordsTheRecordReaderAccepts(@TempDir Path dir) {
        RecordFile mine = importer().read(sample()).records();
        RecordFile back = RecordsRoundTrip.readBack(mine, dir);
        assertThat(mine.papers()).isNotEmpty();
        assertThat(back.papers()).isEqualTo(mine.papers());
        assertThat(back.people()).isEqualTo(mine.people());
        assertThat(back.venues()).isEqualTo(mine.venues());
    }

    @Test
    void importingTwiceGivesTheSameRecords() {
        RecordFile first = importer().read(sample()).records();
        RecordFile second = importer().read(sample()).records();
        assertThat(second.papers()).isEqualTo(first.papers());
        assertThat(second.people()).isEqualTo(first.people());
        assertThat(second.venues()).isEqualTo(first.venues());
    }

    @Test
    void everyIdIsItsOwnSlugSoIrisStayDistinct() {
        RecordFile records = importer().read(sample()).records();
        records.papers().forEach(p -> assertThat(Slugs.of(p.id())).isEqualTo(p.id()));
        records.venues().forEach(v -> assertThat(Slugs.of(v.id())).isEqualTo(v.id()));
        records.people().forEach(p -> assertThat(Slugs.of(p.id())).isEqualTo(p.id()));
    }

    @Test
    void theSourceIsNamedAfterTheFile() {
        RecordFile records = importer().read(sample()).records();
        assertThat(records.source().name()).isEqualTo(RecordReader.sourceName(sample()));
        assertThat(records.source().file()).isEqualTo(sample().toString().replace('\\', '/'));
        assertThat(records.source().title()).isNotBlank();
    }

    @Test
    void everyProblemNamesTheFileAndALine() {
        ImportResult result = importer().read(sampleWithProblems());
        assertThat(result.unplaced()).isNotEmpty();
        for (InputProblem p : result.unplaced()) {
            assertThat(p.location().file()).isEqualTo(sampleWithProblems().toString().replace('\\', '/'));
            assertThat(p.location().line()).as(p.toString()).isPositive();
        }
    }

    @Test
    void aMissingFileIsAnInputErrorNamingIt(@TempDir Path dir) {
        Path missing = dir.resolve("missing-input");
        KgInputException e = catchThrowableOfType(KgInputException.class, () -> importer().read(missing));
        assertThat(e.problems()).hasSize(1);
        assertThat(e.problems().get(0).location().file()).isEqualTo(missing.toString().replace('\\', '/'));
    }
}
