package org.scholarkg;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A real, separate Fuseki process: the {@code jena-fuseki-server} jar of the same Jena version, which
 * Maven copies to {@code target/fuseki/}, with a TDB2 dataset {@code /kg} that allows updates and has the
 * union of the named graphs as its default graph.
 */
public final class StandaloneFuseki implements AutoCloseable {

    /** Where Maven puts the jar. */
    public static final Path JAR = Path.of("target", "fuseki", "jena-fuseki-server.jar");

    private final Process process;
    private final int port;

    private StandaloneFuseki(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts Fuseki on a free port over a TDB2 folder and waits until it answers. */
    public static StandaloneFuseki start(Path location) throws IOException, InterruptedException {
        if (!Files.isRegularFile(JAR)) {
            fail(JAR + " is missing: run the tests through Maven (the dependency plugin copies it)");
        }
        int port = freePort();
        Path log = Files.createTempFile("fuseki", ".log");
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar", JAR.toString(),
                "--localhost", "--port", Integer.toString(port), "--tdb2", "--loc", location.toString(),
                "--update", "--set", "tdb2:unionDefaultGraph=true", "/kg"))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        // Fuseki keeps its run area in FUSEKI_BASE, by default ./run: keep it out of the project.
        builder.environment().put("FUSEKI_BASE", Files.createTempDirectory("fuseki-base").toString());
        Process process = builder.start();
        StandaloneFuseki fuseki = new StandaloneFuseki(process, port);
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail("Fuseki exited: " + Files.readString(log));
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(fuseki.base() + "/$/ping")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return fuseki;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        fuseki.close();
        fail("Fuseki did not start in 60 s: " + Files.readString(log));
        return null;
    }

    /** {@code http://localhost:PORT}. */
    public String base() {
        return "http://localhost:" + port;
    }

    /** The dataset URL, as {@code --endpoint} takes it. */
    public String endpoint() {
        return base() + "/kg";
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A port nothing listens on right now. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
