package org.scholarkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarkg.StandaloneFuseki;
import org.scholarkg.bench.SyntheticRecords;
import org.scholarkg.rdf.Iris;
import org.scholarkg.record.RecordFile;
import org.scholarkg.record.RecordSet;
import org.scholarkg.store.GraphLoader;
import org.scholarkg.store.Tdb2Store;

/**
 * {@code serve} killed with SIGKILL while it writes the dumps: after a restart the store opens with exactly
 * its graphs, serves, and writes whole dumps again; the half-written file of the killed run is never
 * offered.
 */
class DumpCrashTest {

    @TempDir
    Path dir;

    private static Process serve(Path store, int port, Path log) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(List.of(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                "org.scholarkg.cli.Main", "serve", "--port", Integer.toString(port), "--store", store.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void awaitReady(Process p, Path log) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!Files.readString(log).contains("ScholarKG serving") && System.nanoTime() < deadline) {
            assertThat(p.isAlive()).as(Files.readString(log)).isTrue();
            Thread.sleep(100);
        }
    }

    private static List<Path> files(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.toList();
        }
    }

    @Test
    void aServerKilledWhileWritingDumpsRestartsWhole() throws Exception {
        Path store = dir.resolve("tdb2");
        Map<String, Long> before;
        try (Tdb2Store kg = new Tdb2Store(store)) {
            List<RecordFile> files = new ArrayList<>();
            new SyntheticRecords(8_000, 3).forEachFile(files::add);
            new GraphLoader(new Iris(Iris.DEFAULT_BASE)).load(new RecordSet(files), kg, g -> { });
            before = kg.graphSizes();
        }
        Path dumps = dir.resolve("tdb2-dumps");
        int port = StandaloneFuseki.freePort();
        Path log = dir.resolve("serve.log");
        Process first = serve(store, port, log);
        awaitReady(first, log);
        HttpClient http = HttpClient.newHttpClient();
        Thread request = new Thread(() -> {
            try {
                http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/dumps/")).build(),
                        HttpResponse.BodyHandlers.discarding());
            } catch (Exception expected) {
                // The server dies under this request.
            }
        });
        request.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (files(dumps).stream().noneMatch(f -> f.getFileName().toString().endsWith(".tmp"))
                && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(files(dumps)).as("a dump is being written when the server is killed")
                .anyMatch(f -> f.getFileName().toString().endsWith(".tmp"));
        first.destroyForcibly();
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        request.join();

        Process second = serve(store, port, log);
        try {
            awaitReady(second, log);
            String index = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/dumps/")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertThat(index).contains("all.nt.gz").doesNotContain(".tmp");
            byte[] all = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/dumps/all.nt.gz"))
                    .build(), HttpResponse.BodyHandlers.ofByteArray()).body();
            Model reloaded = ModelFactory.createDefaultModel();
            RDFDataMgr.read(reloaded, new GZIPInputStream(new ByteArrayInputStream(all)), Lang.NTRIPLES);
            assertThat(reloaded.size()).isPositive();
        } finally {
            second.destroy();
            second.waitFor(30, TimeUnit.SECONDS);
        }
        try (Tdb2Store kg = new Tdb2Store(store)) {
            assertThat(kg.graphSizes()).isEqualTo(before);
        }
    }
}
