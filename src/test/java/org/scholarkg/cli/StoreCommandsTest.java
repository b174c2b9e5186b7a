package org.scholarkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code load}, {@code stats} and {@code query} on a TDB2 store, with the README's example queries. */
class StoreCommandsTest {

    @TempDir
    static Path store;
    private static String loadOutput;

    @BeforeAll
    static void load() {
        CliRun load = CliRun.of("load", "data", "--store", store.toString());
        assertThat(load.exit()).as(load.err()).isZero();
        loadOutput = load.out();
    }

    @Test
    void loadPrintsASummaryLine() {
        assertThat(loadOutput).matches("loaded 1 graph\\(s\\), 779 triples in \\d+\\.\\d s into TDB2 store .*\\n");
    }

    @Test
    void aBadRecordChangesNothingAndExitsThree() {
        CliRun bad = CliRun.of("load", "src/test/resources/record/bad/empty-authors.yaml", "--store", store.toString());
        assertThat(bad.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(bad.err()).startsWith("src/test/resources/record/bad/empty-authors.yaml:4:14:");
        assertThat(CliRun.of("stats", "--store", store.toString()).out()).contains("779  total");
    }

    @Test
    void theEndpointsPutOptionsAreCheckedBeforeAnythingIsSent() {
        CliRun mode = CliRun.of("load", "data", "--endpoint", "http://localhost:9/kg", "--put-body", "sideways");
        assertThat(mode.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(mode.err()).contains("--put-body", "SPOOLED", "STREAMED");
        CliRun path = CliRun.of("load", "data", "--endpoint", "http://localhost:9/kg", "--gsp-path", "/data");
        assertThat(path.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(path.err()).contains("path '/data' must be a path relative to the endpoint");
    }

    @Test
    void statsCountsTriplesPerGraphAndInstancesPerClass() {
        CliRun stats = CliRun.of("stats", "--store", store.toString());
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
        CliRun q = CliRun.of("query", "-f", "data/queries/" + file, "--store", store.toString(), "--format", "csv");
        assertThat(q.exit()).as(q.err()).isZero();
        assertThat(q.out().lines().count() - 1).as(q.out()).isEqualTo(rows);
    }

    @Test
    void papersPerVenueCountsNeurips() {
        CliRun q = CliRun.of("query", "-f", "data/queries/papers-per-venue.rq", "--store", store.toString(), "--format", "tsv");
        assertThat(q.out()).contains("\"NeurIPS 2024\"\t4", "\"(no venue)\"\t5");
    }

    @Test
    void queryFormats() {
        String ask = "ASK { ?p <http://schema.org/name> \"Stefanie Jegelka\" }";
        assertThat(CliRun.of("query", ask, "--store", store.toString()).out().trim()).isEqualTo("true");
        assertThat(CliRun.of("query", ask, "--store", store.toString(), "--format", "json").out()).contains("\"boolean\" : true");
        CliRun construct = CliRun.of("query", "CONSTRUCT WHERE { ?p <http://schema.org/honorificPrefix> ?t }", "--store",
                store.toString(), "--format", "turtle");
        assertThat(construct.out()).contains("\"Prof. Dr.\"");
        CliRun table = CliRun.of("query", "SELECT ?n { ?p <http://schema.org/honorificPrefix> ?n }", "--store", store.toString());
        assertThat(table.out()).contains("| \"Prof. Dr.\" |");
    }

    @Test
    void aBrokenQueryIsLocated() {
        CliRun q = CliRun.of("query", "SELECT ?x WHERE { ?x ", "--store", store.toString());
        assertThat(q.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(q.err()).startsWith("query:1:");
    }
}
