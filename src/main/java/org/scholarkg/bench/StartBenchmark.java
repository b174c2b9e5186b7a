package org.scholarkg.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.scholarkg.KgException;

/**
 * Seconds from starting {@code serve} on an existing store, as a new JVM, to its first answered query:
 * JVM start, opening TDB2 and starting the server included. The child runs this JVM's own command and class
 * path ({@code java -cp ... org.scholarkg.cli.Main serve --store DIR --port P}).
 */
public final class StartBenchmark {

    /** The benchmark's name in result lines. */
    public static final String NAME = "start";

    private static final String MAIN = "org.scholarkg.cli.Main";
    private static final String CHILD_HEAP = "-Xmx2g";
    private static final Duration GIVE_UP = Duration.ofMinutes(5);
    private static final long POLL_MILLIS = 20;
    private static final String FIRST_QUERY = "SELECT * WHERE { ?s ?p ?o } LIMIT 1";

    /** Starts a server on the store folder (which no one else may have open) and waits for an answer. */
    public List<BenchFigure> run(Path store, long size) {
        int port = freePort();
        Path emptyData = store.resolveSibling("empty-data");
        List<String> command = new ArrayList<>(List.of(javaCommand(), CHILD_HEAP, "-cp",
                System.getProperty("java.class.path"), MAIN, "serve", "--store", store.toString(), "--port",
                Integer.toString(port), "--data", emptyData.toString()));
        HttpClient http = HttpClient.newHttpClient();
        URI query = URI.create("http://localhost:" + port + "/kg/sparql?query="
                + URLEncoder.encode(FIRST_QUERY, StandardCharsets.UTF_8));
        Process process = null;
        try {
            Files.createDirectories(emptyData);
            long start = System.nanoTime();
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(store.resolveSibling("start-" + size + ".log").toFile()).start();
            long deadline = start + GIVE_UP.toNanos();
            while (true) {
                if (!process.isAlive()) {
                    throw new KgException("serve stopped with exit code " + process.exitValue() + " before answering");
                }
                if (System.nanoTime() > deadline) {
                    throw new KgException("serve did not answer within " + GIVE_UP);
                }
                if (answers(http, query)) {
                    break;
                }
                Thread.sleep(POLL_MILLIS);
            }
            double seconds = WorkFolders.secondsSince(start);
            return List.of(BenchFigure.of(NAME, size).with("first_answer_s", seconds)
                    .with("store_mib", WorkFolders.sizeMib(store)));
        } catch (IOException e) {
            throw new KgException("cannot start serve: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KgException("interrupted", e);
        } finally {
            if (process != null) {
                process.destroy();
                try {
                    if (!process.waitFor(30, TimeUnit.SECONDS)) {
                        process.destroyForcibly();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private static boolean answers(HttpClient http, URI query) throws InterruptedException {
        try {
            HttpRequest request = HttpRequest.newBuilder(query).header("Accept", "text/csv").build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new KgException("no free port: " + e.getMessage(), e);
        }
    }
}
