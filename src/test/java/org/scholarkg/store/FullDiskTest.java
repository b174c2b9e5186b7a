package org.scholarkg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.rdfconnection.RDFConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarkg.ExternalTool;

/**
 * A load that fills the disk (the store on a small tmpfs): a clear error, not a crash, and the store opens
 * afterwards with every earlier graph whole and the failed one absent.
 */
class FullDiskTest {

    @TempDir
    Path dir;
    private Path mount;

    @AfterEach
    void unmount() throws Exception {
        if (mount != null) {
            ExternalTool.run(List.of("umount", mount.toString()));
        }
    }

    private static Process load(Path store, Path records, Path log) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(List.of(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                "org.scholarkg.cli.Main", "load", records.toString(), "--store", store.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    @Test
    void aFullDiskGivesAClearErrorAndLeavesWholeGraphs() throws Exception {
        ExternalTool.require("/usr/bin/mount", "mount");
        mount = dir.resolve("small-disk");
        Files.createDirectories(mount);
        ExternalTool.Result mounted = ExternalTool.run(List.of("mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs",
                mount.toString()));
        if (mounted.exitCode() != 0) {
            mount = null;
            // Mounting needs root (CI runs as root); elsewhere this aborts with the reason, under CI it fails.
            ExternalTool.require("/nonexistent/root-to-mount-tmpfs", "root privileges (" + mounted.stderr().strip() + ")");
        }
        Path store = mount.resolve("tdb2");
        Path log = dir.resolve("load.log");
        Process first = load(store, Path.of("data"), log);
        assertThat(first.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(first.exitValue()).as(Files.readString(log)).isZero();

        Path big = dir.resolve("big");
        Files.createDirectories(big);
        try (Writer w = Files.newBufferedWriter(big.resolve("many-papers.yaml"), StandardCharsets.UTF_8)) {
            w.write("papers:\n");
            for (int i = 0; i < 60_000; i++) {
                w.write("  - {id: p" + i + ", title: \"A paper that fills the disk, number " + i + "\", date: 2024,"
                        + " authors: [A. Author" + i + ", B. Author" + (i % 97) + "], abstract: \"" + "words ".repeat(20)
                        + i + "\"}\n");
            }
        }
        Process second = load(store, big, log);
        assertThat(second.waitFor(300, TimeUnit.SECONDS)).isTrue();
        String output = Files.readString(log);
        assertThat(second.exitValue()).as(output).isEqualTo(1);
        assertThat(output).contains("is its disk full?").doesNotContain("Exception in thread");

        // Room again (a remount keeps the files as the load left them), then look inside.
        assertThat(ExternalTool.run(List.of("mount", "-o", "remount,size=256m", mount.toString())).exitCode()).isZero();
        try (Tdb2Store kg = new Tdb2Store(store)) {
            Map<String, Long> sizes = kg.graphSizes();
            assertThat(sizes).containsEntry("http://localhost:3030/graph/mcml-jegelka", 779L)
                    .doesNotContainKey("http://localhost:3030/graph/many-papers");
            try (RDFConnection conn = kg.connect()) {
                conn.querySelect("SELECT ?g ?n { GRAPH ?g { ?g <http://rdfs.org/ns/void#triples> ?n } }",
                        r -> assertThat(sizes.get(r.getResource("g").getURI())).isEqualTo(r.getLiteral("n").getLong()));
            }
        }
    }
}
