package org.scholarkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarkg.StandaloneFuseki;
import org.scholarkg.store.Tdb2Store;

/**
 * {@code serve} as its own process, as the README starts it: from an empty store it builds the graph
 * from {@code data/}, answers SPARQL, logs one line per request, and stops cleanly on SIGTERM.
 */
class ServeProcessTest {

    @TempDir
    Path dir;

    @Test
    void servesTheGroupFromNothingAndStopsCleanlyOnSigterm() throws Exception {
        int port = StandaloneFuseki.freePort();
        Path store = dir.resolve("tdb2");
        Path log = dir.resolve("serve.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process serve = new ProcessBuilder(List.of(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                "org.scholarkg.cli.Main", "serve", "--port", Integer.toString(port), "--store", store.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!Files.readString(log).contains("ScholarKG serving") && System.nanoTime() < deadline) {
                assertThat(serve.isAlive()).as(Files.readString(log)).isTrue();
                Thread.sleep(100);
            }
            assertThat(Files.readString(log)).contains("built the store from data: 1 graph(s), 779 triples");

            String query = "SELECT ?p { ?p a <http://schema.org/ScholarlyArticle> }";
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    "http://localhost:" + port + "/kg/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                    .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.body().lines().count() - 1).isEqualTo(9);
            Thread.sleep(200);
            assertThat(Files.readString(log)).containsPattern("GET /kg/sparql 200 \\d+ ms");
        } finally {
            serve.destroy();
        }
        assertThat(serve.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(serve.exitValue()).isEqualTo(143);
        try (Tdb2Store kg = new Tdb2Store(store)) {
            assertThat(kg.graphSizes()).containsValue(779L);
        }
    }
}
