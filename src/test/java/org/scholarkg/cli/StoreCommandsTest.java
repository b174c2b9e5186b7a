package org.scholarkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** {@code load}, {@code stats} and {@code query} on a TDB2 store, with the README's example queries. */
class StoreCommandsTest {

    @TempDir
    static Path store;
    private static String loadOutput;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int exit = cmd.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @BeforeAll
    static void load() {
        Run load = run("load", "data", "--store", store.toString());
        assertThat(load.exit()).as(load.err()).isZero();
        loadOutput = load.out();
    }

    @Test
    void loadPrintsASummaryLine() {
        assertThat(loadOutput).matches("loaded 1 graph\\(s\\), 779 triples in \\d+\\.\\d s into TDB2 store .*\\n");
    }

    @Test
    void aBadRecordChangesNothingAndExitsThree() {
        Run bad = run("load", "src/test/resources/record/bad/empty-authors.yaml", "--store", store.toString());
        assertThat(bad.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(bad.err()).startsWith("src/test/resources/record/bad/empty-authors.yaml:4:14:");
        assertThat(run("stats", "--store", store.toString()).out()).contains("779  total");
    }

    @Test
    void statsCountsTriplesPerGraphAndInstancesPerClass() {
        Run stats = run("stats", "--store", store.toString());
        assertThat(stats.exit()).isZero();
        assertThat(stats.out())
                .contains("779  http://localhost:3030/graph/mcml-jegelka")
                .containsPattern("\\s9  http://schema.org/ScholarlyArticle")
                .containsPattern("\\s52  https://w3id.org/scholarkg/ns#Authorship");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"papers-of-a-person.rq, 9", "authors-in-order.rq, 52", "group-members.rq, 4",
        "papers-per-venue.rq, 2", "group-papers-per-year.rq, 1", "co-authors.rq, 32"})
    void exampleQueriesRun(String file, int rows) {
        Run q = run("query", "-f", "data/queries/" + file, "--store", store.toString(), "--format", "csv");
        assertThat(q.exit()).as(q.err()).isZero();
        assertThat(q.out().lines().count() - 1).as(q.out()).isEqualTo(rows);
    }

    @Test
    void papersPerVenueCountsNeurips() {
        Run q = run("query", "-f", "data/queries/papers-per-venue.rq", "--store", store.toString(), "--format", "tsv");
        assertThat(q.out()).contains("\"NeurIPS 2024\"\t4", "\"(no venue)\"\t5");
    }

    @Test
    void queryFormats() {
        String ask = "ASK { ?p <http://schema.org/name> \"Stefanie Jegelka\" }";
        assertThat(run("query", ask, "--store", store.toString()).out().trim()).isEqualTo("true");
        assertThat(run("query", ask, "--store", store.toString(), "--format", "json").out()).contains("\"boolean\" : true");
        Run construct = run("query", "CONSTRUCT WHERE { ?p <http://schema.org/honorificPrefix> ?t }", "--store",
                store.toString(), "--format", "turtle");
        assertThat(construct.out()).contains("\"Prof. Dr.\"");
        Run table = run("query", "SELECT ?n { ?p <http://schema.org/honorificPrefix> ?n }", "--store", store.toString());
        assertThat(table.out()).contains("| \"Prof. Dr.\" |");
    }

    @Test
    void aBrokenQueryIsLocated() {
        Run q = run("query", "SELECT ?x WHERE { ?x ", "--store", store.toString());
        assertThat(q.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(q.err()).startsWith("query:1:");
    }
}
