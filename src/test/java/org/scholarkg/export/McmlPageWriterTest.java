package org.scholarkg.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarkg.record.RecordFile;
import org.scholarkg.record.PartialDate;
import org.scholarkg.source.mcml.McmlPageImporter;

/** The page writer, from records: what it writes the importer reads back to the same records. */
class McmlPageWriterTest {

    @Test
    void writingAndReadingAgainGivesTheSameRecords(@TempDir Path dir) throws Exception {
        RecordFile records = new McmlPageImporter().read(Path.of("src/test/resources/source/mcml/variants.txt")).records();
        Path page = dir.resolve("page.txt");
        Files.writeString(page, new McmlPageWriter().write(records));
        var again = new McmlPageImporter().read(page);
        assertThat(again.unplaced()).isEmpty();
        RecordFile back = again.records();
        assertThat(back.group()).isEqualTo(records.group());
        assertThat(back.people()).isEqualTo(records.people());
        assertThat(back.organizations()).isEqualTo(records.organizations());
        assertThat(back.areas()).isEqualTo(records.areas());
        assertThat(back.venues()).containsExactlyInAnyOrderElementsOf(records.venues());
        assertThat(back.papers()).containsExactlyInAnyOrderElementsOf(records.papers());
    }

    @Test
    void dateRangesAsThePagesPrintThem() {
        assertThat(McmlPageWriter.dates(PartialDate.parse("2024-12-10"), PartialDate.parse("2024-12-15")))
                .isEqualTo("Dec 10-15, 2024");
        assertThat(McmlPageWriter.dates(PartialDate.parse("2023-11-28"), PartialDate.parse("2023-12-09")))
                .isEqualTo("Nov 28-Dec 09, 2023");
        assertThat(McmlPageWriter.dates(PartialDate.parse("2024-07-27"), PartialDate.parse("2024-07-27")))
                .isEqualTo("Jul 27, 2024");
    }
}
