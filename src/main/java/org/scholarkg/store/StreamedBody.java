package org.scholarkg.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.scholarkg.KgException;

/**
 * {@link RemoteStore.BodyMode#STREAMED}: a graph's N-Triples sent while the converters write them, through a
 * pipe, as a body of unknown length ({@code Transfer-Encoding: chunked}). Nothing is written to disk or held
 * whole in memory. If the content fails half-way, the body is ended with a syntax error so that the store
 * refuses it and keeps its old graph.
 */
final class StreamedBody {

    private static final int PIPE_BYTES = 1 << 16;
    private static final byte[] BROKEN_END = "\n<broken\n".getBytes(StandardCharsets.US_ASCII);

    private StreamedBody() {
    }

    /**
     * Hands {@code sender} a body that streams the content, and waits for both.
     *
     * @param sender sends the request with the body and throws if the store refuses it
     * @return the number of statements sent
     */
    static long send(GraphContent content, Node graph, Consumer<HttpRequest.BodyPublisher> sender) {
        PipedInputStream body = new PipedInputStream(PIPE_BYTES);
        PipedOutputStream pipe;
        try {
            pipe = new PipedOutputStream(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        AtomicLong count = new AtomicLong();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        AtomicBoolean abandoned = new AtomicBoolean();
        Thread producer = new Thread(() -> produce(content, graph, pipe, count, failure, abandoned),
                "scholarkg-gsp-put");
        producer.setDaemon(true);
        producer.start();
        try {
            sender.accept(HttpRequest.BodyPublishers.ofInputStream(() -> body));
        } catch (RuntimeException refused) {
            // Closing the reading end stops a producer that would otherwise wait for a reader forever; the
            // error it then meets is not the content's.
            abandoned.set(true);
            closeQuietly(body);
            join(producer, graph);
            // A broken content is why the store refused the body: name it first.
            RuntimeException cause = failure.get();
            if (cause != null) {
                cause.addSuppressed(refused);
                throw cause;
            }
            throw refused;
        }
        join(producer, graph);
        if (failure.get() != null) {
            throw failure.get();
        }
        return count.get();
    }

    private static void produce(GraphContent content, Node graph, OutputStream pipe, AtomicLong count,
            AtomicReference<RuntimeException> failure, AtomicBoolean abandoned) {
        try (OutputStream out = pipe) {
            try {
                count.set(GraphNTriples.write(content, graph, out));
            } catch (RuntimeException e) {
                if (!abandoned.get()) {
                    failure.set(e);
                }
                out.write(BROKEN_END);
            }
        } catch (IOException e) {
            if (!abandoned.get()) {
                failure.compareAndSet(null, new UncheckedIOException(e));
            }
        }
    }

    private static void join(Thread producer, Node graph) {
        try {
            producer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KgException("interrupted while loading " + graph, e);
        }
    }

    private static void closeQuietly(PipedInputStream body) {
        try {
            body.close();
        } catch (IOException e) {
            // Closing a pipe's reading end does not fail; nothing to add to the error already thrown.
        }
    }
}
