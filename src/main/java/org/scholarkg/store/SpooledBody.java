package org.scholarkg.store;

import java.io.BufferedOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.jena.atlas.RuntimeIOException;
import org.apache.jena.graph.Node;
import org.scholarkg.KgException;

/**
 * {@link RemoteStore.BodyMode#SPOOLED}: a graph's N-Triples written whole to a temporary file first, then
 * sent from it with a {@code Content-Length}. If the content fails half-way, nothing is sent. The file is
 * deleted in every case.
 */
final class SpooledBody {

    private static final int BUFFER_BYTES = 1 << 16;

    private SpooledBody() {
    }

    /**
     * Spools the content, then hands {@code sender} a body that reads the file.
     *
     * @param folder where the temporary file goes; null for the JVM's temporary folder
     * @param sender sends the request with the body and throws if the store refuses it
     * @return the number of statements sent
     */
    static long send(GraphContent content, Node graph, Path folder, Consumer<HttpRequest.BodyPublisher> sender) {
        Path file = createFile(folder, graph);
        try {
            long count = spool(content, graph, file);
            HttpRequest.BodyPublisher body;
            try {
                body = HttpRequest.BodyPublishers.ofFile(file);
            } catch (FileNotFoundException e) {
                throw new KgException("the spooled N-Triples of " + graph + " vanished from " + file, e);
            }
            sender.accept(body);
            return count;
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // Only a leftover temporary file; the load's own outcome matters more.
            }
        }
    }

    private static long spool(GraphContent content, Node graph, Path file) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), BUFFER_BYTES)) {
            return GraphNTriples.write(content, graph, out);
        } catch (IOException | RuntimeIOException e) {
            throw new KgException("cannot write the N-Triples of " + graph + " to " + file + "; is its disk full? ("
                    + e.getMessage() + ")", e);
        }
    }

    private static Path createFile(Path folder, Node graph) {
        try {
            return folder == null ? Files.createTempFile("scholarkg-graph-", ".nt")
                    : Files.createTempFile(folder, "scholarkg-graph-", ".nt");
        } catch (IOException e) {
            throw new KgException("cannot create a temporary file for the N-Triples of " + graph + " in "
                    + (folder == null ? System.getProperty("java.io.tmpdir") : folder) + ": " + e.getMessage(), e);
        }
    }
}
