package org.scholarkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.scholarkg.rdf.RdfFormat;
import picocli.CommandLine;

/** The command line as a user meets it: output, messages and exit codes. */
class CliTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return cmd.execute(args);
    }

    @Test
    void versionComesFromTheBuild() {
        assertThat(run("--version")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).startsWith("ScholarKG 0.1.0");
    }

    @Test
    void helpListsTheCommandsAndExitCodes() {
        assertThat(run("--help")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("convert", "validate", "3   invalid input");
    }

    @Test
    void noCommandIsAUsageError() {
        assertThat(run()).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("a command is needed");
    }

    @Test
    void convertPrintsTheGroupsGraphAsTurtleByDefault() {
        assertThat(run("convert", "data")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("@prefix schema: <http://schema.org/> .",
                "\"A Canonicalization Perspective on Invariant and Equivariant Learning\"");
    }

    @ParameterizedTest
    @EnumSource(RdfFormat.class)
    void convertWritesEveryFormatWithTheSameStatements(RdfFormat format, @TempDir Path dir) throws IOException {
        Path file = dir.resolve("out." + format.rio().getDefaultFileExtension());
        assertThat(run("convert", "data", "-f", format.label(), "-o", file.toString())).isEqualTo(ExitCodes.OK);
        Path nt = dir.resolve("reference.nq");
        assertThat(run("convert", "data", "-f", "nquads", "-o", nt.toString())).isEqualTo(ExitCodes.OK);
        Model written;
        Model reference;
        try (InputStream in = Files.newInputStream(file); InputStream ref = Files.newInputStream(nt)) {
            written = Rio.parse(in, format.rio());
            reference = Rio.parse(ref, RdfFormat.NQUADS.rio());
        }
        assertThat(written.size()).isEqualTo(reference.size()).isGreaterThan(700);
        if (format.keepsGraphs()) {
            assertThat(written.contexts()).containsExactlyElementsOf(reference.contexts());
        }
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        assertThat(run("convert", "data", "-f", "n3")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("unknown format 'n3'");
    }

    @Test
    void aBadRecordExitsThreeWithItsLocation() {
        assertThat(run("convert", "src/test/resources/record/bad/empty-authors.yaml")).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString().trim())
                .isEqualTo("src/test/resources/record/bad/empty-authors.yaml:4:14: paper 'p9': list 'authors' is empty");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aBadBaseIsAUsageError() {
        assertThat(run("convert", "data", "--base", "kg.example.org")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("base IRI 'kg.example.org'");
    }

    @Test
    void validateAcceptsTheGroupsRecords() {
        assertThat(run("validate", "data")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).startsWith("conforms:");
    }

    @Test
    void validateReportsFocusNodePathAndMessageAndExitsThree() {
        assertThat(run("validate", "src/test/resources/rdf/paper-without-title.ttl")).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString())
                .contains("<http://localhost:3030/id/paper/untitled> <http://schema.org/name>")
                .contains("<http://localhost:3030/id/paper/untitled#author-1> <https://w3id.org/scholarkg/ns#position>")
                .contains("does not conform");
    }

    @Test
    void validateLocatesRdfSyntaxErrors() {
        assertThat(run("validate", "src/test/resources/rdf/broken.ttl")).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).startsWith("src/test/resources/rdf/broken.ttl:3:1: ");
    }
}
