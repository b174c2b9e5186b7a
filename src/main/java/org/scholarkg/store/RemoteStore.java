package org.scholarkg.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.scholarkg.KgConfigException;
import org.scholarkg.KgException;

/**
 * Any SPARQL 1.1 store, through the standard protocols: Query ({@code {endpoint}/sparql}), Update
 * ({@code {endpoint}/update}) and the Graph Store Protocol ({@code {endpoint}/data}), the layout of a
 * Fuseki dataset; each path can be set separately for other stores.
 *
 * <p>A graph is replaced with one GSP {@code PUT}, its N-Triples streamed from the converters through a
 * pipe: nothing is written to disk or held whole in memory. If the content fails half-way, the body is
 * ended with a syntax error, so the store rejects the request and keeps the old graph.
 */
public final class RemoteStore implements KnowledgeGraph {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final String endpoint;
    private final String queryPath;
    private final String updatePath;
    private final String gspPath;
    private final HttpClient http;

    /**
     * @param endpoint the dataset URL, e.g. {@code http://localhost:3030/kg}
     * @param user for HTTP basic authentication, or null
     * @param password for HTTP basic authentication, or null
     */
    public RemoteStore(String endpoint, String user, String password) {
        this(endpoint, "sparql", "update", "data", user, password);
    }

    /** A store whose query, update and GSP services are at the given paths under the endpoint. */
    public RemoteStore(String endpoint, String queryPath, String updatePath, String gspPath, String user,
            String password) {
        URI uri = URI.create(endpoint);
        if (!uri.isAbsolute() || !uri.getScheme().startsWith("http")) {
            throw new KgConfigException("endpoint '" + endpoint + "' must be an http(s) URL");
        }
        this.endpoint = endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint;
        this.queryPath = queryPath;
        this.updatePath = updatePath;
        this.gspPath = gspPath;
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL);
        if (user != null) {
            builder.authenticator(new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, password == null ? new char[0] : password.toCharArray());
                }
            });
        }
        this.http = builder.build();
    }

    @Override
    public long replaceGraph(String graph, GraphContent content) {
        Node g = NodeFactory.createURI(graph);
        URI target = URI.create(endpoint + "/" + gspPath + "?graph=" + URLEncoder.encode(graph, StandardCharsets.UTF_8));
        AtomicLong count = new AtomicLong();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        PipedInputStream body = new PipedInputStream(1 << 16);
        PipedOutputStream pipe;
        try {
            pipe = new PipedOutputStream(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread producer = new Thread(() -> produce(content, g, pipe, count, failure), "scholarkg-gsp-put");
        producer.setDaemon(true);
        producer.start();
        HttpRequest request = HttpRequest.newBuilder(target)
                .header("Content-Type", Lang.NTRIPLES.getHeaderString() + "; charset=utf-8")
                .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> body))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
            producer.join();
        } catch (IOException e) {
            throw new KgException("cannot reach " + target + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KgException("interrupted while loading " + graph, e);
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        if (response.statusCode() / 100 != 2) {
            throw new KgException("PUT " + target + " answered " + response.statusCode() + ": "
                    + response.body().strip());
        }
        return count.get();
    }

    private static void produce(GraphContent content, Node g, OutputStream pipe, AtomicLong count,
            AtomicReference<RuntimeException> failure) {
        try (OutputStream out = pipe) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(out, Lang.NTRIPLES);
            writer.start();
            try {
                content.writeTo(new StreamRDFBase() {
                    @Override
                    public void triple(Triple triple) {
                        writer.triple(triple);
                        count.incrementAndGet();
                    }

                    @Override
                    public void quad(Quad quad) {
                        if (!quad.getGraph().equals(g)) {
                            throw new IllegalArgumentException("a statement for graph " + quad.getGraph()
                                    + " while loading " + g);
                        }
                        writer.triple(quad.asTriple());
                        count.incrementAndGet();
                    }
                });
                writer.finish();
            } catch (RuntimeException e) {
                failure.set(e);
                writer.finish();
                // Make the body unparseable so the store refuses it and keeps the old graph.
                out.write("\n<broken\n".getBytes(StandardCharsets.US_ASCII));
            }
        } catch (IOException e) {
            failure.compareAndSet(null, new UncheckedIOException(e));
        }
    }

    @Override
    public RDFConnection connect() {
        return RDFConnectionRemote.newBuilder()
                .destination(endpoint)
                .queryEndpoint(queryPath)
                .updateEndpoint(updatePath)
                .gspEndpoint(gspPath)
                .httpClient(http)
                .build();
    }

    @Override
    public String describe() {
        return "SPARQL endpoint " + endpoint;
    }

    @Override
    public void close() {
        // HttpClient holds no resources that need closing on Java 17.
    }
}
