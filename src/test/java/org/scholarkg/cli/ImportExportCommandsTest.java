package org.scholarkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import mcml-page} and {@code export mcml-page} as a user runs them. */
class ImportExportCommandsTest {

    private static final String PAGE = "src/test/resources/source/mcml/variants.txt";

    @Test
    void importPrintsRecordsAndWarnsOfUnplacedLines() {
        CliRun r = CliRun.of("import", "mcml-page", PAGE);
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("name: Research Group Zoë Müller-Lüdenscheidt", "title: Arguments Online. A Study?");
        assertThat(r.err().trim()).isEqualTo("warning: " + PAGE + ":97:1: not placed: \"Cookie settings\"");
    }

    @Test
    void strictMakesUnplacedLinesAnError() {
        CliRun r = CliRun.of("import", "mcml-page", PAGE, "--strict");
        assertThat(r.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err().trim()).isEqualTo(PAGE + ":97:1: not placed: \"Cookie settings\"");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        assertThat(CliRun.of("import", "word-doc", PAGE).exit()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void importLoadExportImportAgain(@TempDir Path dir) throws Exception {
        Path yaml = dir.resolve("lab.yaml");
        assertThat(CliRun.of("import", "mcml-page", PAGE, "-o", yaml.toString()).exit()).isZero();
        Path store = dir.resolve("tdb2");
        assertThat(CliRun.of("load", yaml.toString(), "--store", store.toString()).exit()).isZero();
        Path page = dir.resolve("page.txt");
        CliRun export = CliRun.of("export", "mcml-page", "--group", "muller-ludenscheidt", "--store", store.toString(),
                "-o", page.toString());
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(Files.readString(page)).startsWith("Home | Research | Groups | Zoë Müller-Lüdenscheidt\n")
                .contains("J.-P. Dupont, M. van der Wilk and Z. Müller-Lüdenscheidt.\nArguments Online. A Study?.\n"
                        + "Nature Machine Intelligence 6.3 (Mar. 2024). DOI\n");
        Path yaml2 = dir.resolve("again.yaml");
        CliRun again = CliRun.of("import", "mcml-page", page.toString(), "--strict", "-o", yaml2.toString());
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(CliRun.of("validate", yaml2.toString()).exit()).isZero();
    }

    @Test
    void exportingAGroupThatIsNotThereExitsThree(@TempDir Path dir) {
        Path store = dir.resolve("tdb2");
        assertThat(CliRun.of("load", "data", "--store", store.toString()).exit()).isZero();
        CliRun r = CliRun.of("export", "mcml-page", "--group", "nobody", "--store", store.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).contains("group 'nobody': the store has no group with this id");
    }
}
