package org.scholarkg.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.scholarkg.KgException;
import org.scholarkg.store.RemoteStore;

/**
 * Debian's Virtuoso ({@code virtuoso-opensource}) as a child process on loopback: its own database folder
 * and ini, free ports, the default {@code dba} account, and SPARQL Update and the Graph Store Protocol
 * granted to the anonymous {@code SPARQL} user (this server listens on loopback only and lives for one
 * benchmark or test class). {@link #remoteStore()} is how {@code load --endpoint} reaches it.
 *
 * <pre>{@code
 * try (VirtuosoServer virtuoso = new VirtuosoServer(folder, folder, VirtuosoServer.SMALL_BUFFERS);
 *         RemoteStore store = virtuoso.remoteStore().build()) {
 *     new GraphLoader(iris).load(records, store, graph -> { });
 * }
 * }</pre>
 */
public final class VirtuosoServer implements AutoCloseable {

    /** The server and SQL client commands of Debian's package. */
    static final String SERVER = "virtuoso-t";
    static final String ISQL = "isql-vt";

    private static final String VSP_ROOT = "/var/lib/virtuoso-opensource-7/vsp";
    private static final String VAD_DIR = "/usr/share/virtuoso-opensource-7/vad";
    /** Page buffers (8 KiB each) for the benchmark's sizes: about 1.3 GiB. */
    public static final int BENCHMARK_BUFFERS = 170_000;
    /** Page buffers for a few thousand triples: about 80 MiB, and a start in seconds. */
    public static final int SMALL_BUFFERS = 10_000;
    /** Virtuoso's Graph Store Protocol service, relative to {@link #baseUrl()}; unauthenticated. */
    public static final String GSP_PATH = "sparql-graph-crud";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);
    private static final String DBA = "dba";

    private final Path folder;
    private final Path readable;
    private final int sqlPort;
    private final int httpPort;
    private final int buffers;
    private final Process process;

    /**
     * Starts a server on a new database in {@code folder} (cleared first) and waits until it answers.
     *
     * @param readable a folder the server's bulk loader may read files from
     * @param buffers page buffers of 8 KiB each, e.g. {@link #BENCHMARK_BUFFERS}
     */
    public VirtuosoServer(Path folder, Path readable, int buffers) {
        this.readable = readable.toAbsolutePath();
        this.buffers = buffers;
        this.folder = folder.toAbsolutePath();
        WorkFolders.delete(this.folder);
        this.sqlPort = freePort();
        this.httpPort = freePort();
        try {
            Files.createDirectories(this.folder);
            Path ini = this.folder.resolve("virtuoso.ini");
            Files.writeString(ini, ini(), StandardCharsets.UTF_8);
            this.process = new ProcessBuilder(SERVER, "-f", "-c", ini.toString()).directory(this.folder.toFile())
                    .redirectErrorStream(true).redirectOutput(this.folder.resolve("server.log").toFile()).start();
        } catch (IOException e) {
            throw new KgException("cannot start " + SERVER + " (Debian package virtuoso-opensource): "
                    + e.getMessage(), e);
        }
        awaitHttp();
        sql("GRANT SPARQL_UPDATE TO \"SPARQL\";");
    }

    /** {@code http://localhost:PORT/sparql}. */
    public String sparqlEndpoint() {
        return baseUrl() + "/sparql";
    }

    /** {@code http://localhost:PORT}: the {@code --endpoint} of this server. */
    public String baseUrl() {
        return "http://localhost:" + httpPort;
    }

    /**
     * A remote store on this server, as {@code load --endpoint URL --gsp-path sparql-graph-crud} opens it:
     * queries at {@code /sparql}, graphs put to {@code /sparql-graph-crud}; updates at {@code /sparql} too.
     */
    public RemoteStore.Builder remoteStore() {
        return RemoteStore.builder(baseUrl()).updatePath("sparql").gspPath(GSP_PATH);
    }

    /** Runs SQL statements through {@code isql-vt} as {@code dba}; returns its output. */
    public String sql(String statements) {
        try {
            Process isql = new ProcessBuilder(ISQL, "localhost:" + sqlPort, DBA, DBA, "exec=" + statements)
                    .redirectErrorStream(true).start();
            String output = new String(isql.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (isql.waitFor() != 0 || output.contains("*** Error")) {
                throw new KgException(ISQL + " failed on " + statements + ":\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new KgException("cannot run " + ISQL + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KgException("interrupted", e);
        }
    }

    @Override
    public void close() {
        try {
            sql("shutdown();");
        } catch (KgException e) {
            // The server may close the connection before isql sees an answer.
        }
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroy();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        WorkFolders.delete(folder);
    }

    private void awaitHttp() {
        HttpClient http = HttpClient.newHttpClient();
        URI ask = URI.create(sparqlEndpoint() + "?query=ASK%7B%7D");
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new KgException(SERVER + " stopped: see " + folder.resolve("server.log"));
            }
            try {
                if (http.send(HttpRequest.newBuilder(ask).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new KgException("interrupted", e);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new KgException("interrupted", e);
            }
        }
        throw new KgException(SERVER + " did not answer within " + START_TIMEOUT);
    }

    private String ini() {
        String db = folder.toString();
        return String.join("\n", List.of(
                "[Database]",
                "DatabaseFile = " + db + "/virtuoso.db",
                "ErrorLogFile = " + db + "/virtuoso.log",
                "LockFile = " + db + "/virtuoso.lck",
                "TransactionFile = " + db + "/virtuoso.trx",
                "xa_persistent_file = " + db + "/virtuoso.pxa",
                "ErrorLogLevel = 7",
                "FileExtend = 200",
                "MaxCheckpointRemap = 2000",
                "Striping = 0",
                "TempStorage = TempDatabase",
                "[TempDatabase]",
                "DatabaseFile = " + db + "/virtuoso-temp.db",
                "TransactionFile = " + db + "/virtuoso-temp.trx",
                "MaxCheckpointRemap = 2000",
                "Striping = 0",
                "[Parameters]",
                "ServerPort = 127.0.0.1:" + sqlPort,
                "DisableUnixSocket = 1",
                "DisableTcpSocket = 0",
                "MaxClientConnections = 10",
                "CheckpointInterval = 60",
                "O_DIRECT = 0",
                "CaseMode = 2",
                "MaxStaticCursorRows = 5000",
                "AllowOSCalls = 0",
                "DirsAllowed = ., " + db + ", " + readable + ", " + VAD_DIR,
                "VADInstallDir = " + VAD_DIR + "/",
                "NumberOfBuffers = " + buffers,
                "MaxDirtyBuffers = " + buffers * 3 / 4,
                "ThreadsPerQuery = 2",
                "MaxQueryMem = 1G",
                "[HTTPServer]",
                "ServerPort = 127.0.0.1:" + httpPort,
                "ServerRoot = " + VSP_ROOT,
                "MaxClientConnections = 10",
                "ServerThreads = 10",
                "Charset = UTF-8",
                "EnabledGzipContent = 0",
                "[SPARQL]",
                "ResultSetMaxRows = 10000",
                "MaxQueryExecutionTime = 120",
                "MaxQueryCostEstimationTime = 0",
                "")) ;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new KgException("no free port: " + e.getMessage(), e);
        }
    }
}
