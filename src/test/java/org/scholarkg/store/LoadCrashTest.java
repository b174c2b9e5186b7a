package org.scholarkg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code load} killed with SIGKILL half-way through replacing a graph leaves a store that opens and
 * holds exactly the previous graphs. The load runs as its own JVM, as a user's would.
 */
class LoadCrashTest {

    private static final int PAPERS = 20_000;

    @TempDir
    Path dir;

    private static Process startLoad(Path store, Path records, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(List.of(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                "org.scholarkg.cli.Main", "load", records.toString(), "--store", store.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** A record file named like the seed's, so loading it replaces the seed's graph, with many papers. */
    private static Path bigRecords(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve("mcml-jegelka.yaml");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("people:\n  - {id: someone, name: Some One}\npapers:\n");
            for (int i = 0; i < PAPERS; i++) {
                w.write("  - {id: p" + i + ", title: \"Paper number " + i + " on graphs\", type: preprint, date: \"2024-10\","
                        + " authors: [A. Author" + i + ", B. Author, {name: S. One, person: someone}, C. Author, D. Author],"
                        + " abstract: \"An abstract that is long enough to make the load take a while, number " + i + ".\"}\n");
            }
        }
        return file;
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static Model dump(KnowledgeGraph store) {
        try (RDFConnection conn = store.connect()) {
            return conn.queryConstruct("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }");
        }
    }

    @Test
    void aLoadKilledHalfWayLeavesThePreviousGraphs() throws Exception {
        Path store = dir.resolve("tdb2");
        Path log = dir.resolve("load.log");
        Process first = startLoad(store, Path.of("data"), log);
        assertThat(first.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(first.exitValue()).as(Files.readString(log)).isZero();

        Map<String, Long> before;
        Model content;
        try (Tdb2Store kg = new Tdb2Store(store)) {
            before = kg.graphSizes();
            content = dump(kg);
        }
        assertThat(before).hasSize(1);

        Path big = bigRecords(dir.resolve("big"));
        long baseline = size(store);
        Process second = startLoad(store, big, log);
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        // Half-way: the write transaction has put several megabytes into the store's files.
        while (second.isAlive() && size(store) < baseline + 8_000_000 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(second.isAlive()).as("the load must still be running when it is killed: " + Files.readString(log))
                .isTrue();
        second.destroyForcibly();
        assertThat(second.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(second.exitValue()).isEqualTo(137);
        assertThat(Files.readString(log)).doesNotContain("loaded");

        try (Tdb2Store kg = new Tdb2Store(store)) {
            assertThat(kg.graphSizes()).isEqualTo(before);
            assertThat(dump(kg).isIsomorphicWith(content)).isTrue();
        }
    }
}
