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

/**
 * Debian's Virtuoso ({@code virtuoso-opensource}) as a child process on loopback: its own database folder
 * and ini, free ports, the default {@code dba} account, and SPARQL Update and the Graph Store Protocol
 * granted to the anonymous {@code SPARQL} user (this server listens on loopback only and lives for one
 * benchmark).
 */
final class VirtuosoServer implements AutoCloseable {

    /** The server and SQL client commands of Debian's package. */
    static final String SERVER = "virtuoso-t";
    static final String ISQL = "isql-vt";

    private static final String VSP_ROOT = "/var/lib/virtuoso-opensource-7/vsp";
    private static final String VAD_DIR = "/usr/share/virtuoso-opensource-7/vad";
    private static final int BUFFERS = 170_000;
    private static final int DIRTY_BUFFERS = 130_000;
    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);
    private static final String DBA = "dba";

    private final Path folder;
    private final Path readable;
    private final int sqlPort;
    private final int httpPort;
    private final Process process;

    /**
     * Starts a server on a new database in {@code folder} (cleared first) and waits until it answers.
     *
     * @param readable a folder the server's bulk loader may read files from
     */
    VirtuosoServer(Path folder, Path readable) {
        this.readable = readable.toAbsolutePath();
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
    String sparqlEndpoint() {
        return baseUrl() + "/sparql";
    }

    /** {@code http://localhost:PORT}. */
    String baseUrl() {
        return "http://localhost:" + httpPort;
    }

    /** Runs SQL statements through {@code isql-vt} as {@code dba}; returns its output. */
    String sql(String statements) {
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
                "NumberOfBuffers = " + BUFFERS,
                "MaxDirtyBuffers = " + DIRTY_BUFFERS,
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
