package org.scholarkg.store;

import java.io.IOException;
import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.riot.Lang;
import org.scholarkg.KgConfigException;
import org.scholarkg.KgException;

/**
 * Any SPARQL 1.1 store, through the standard protocols: Query ({@code {endpoint}/sparql}), Update
 * ({@code {endpoint}/update}) and the Graph Store Protocol ({@code {endpoint}/data}), the layout of a
 * Fuseki dataset; each path can be set separately for other stores (Virtuoso answers the Graph Store
 * Protocol at {@code sparql-graph-crud}).
 *
 * <p>A graph is replaced with one GSP {@code PUT} of its N-Triples; the {@link BodyMode} says how the body
 * is sent. The default is {@link BodyMode#SPOOLED}: the N-Triples go to a temporary file first and are sent
 * with a {@code Content-Length}, which every HTTP server reads, and a content that fails half-way sends
 * nothing. {@link BodyMode#STREAMED} is the opt-in for stores known to read chunked bodies: nothing on
 * disk, at the price that a store which ignores a chunked body (Virtuoso 7.2 does, answering 201 and
 * leaving the graph empty) fails silently. Either way a failed content leaves the store's old graph.
 *
 * <pre>{@code
 * try (KnowledgeGraph kg = RemoteStore.builder("http://localhost:8890").gspPath("sparql-graph-crud").build()) {
 *     kg.replaceGraph("http://localhost:3030/graph/mcml-jegelka", out -> ...);
 * }
 * }</pre>
 */
public final class RemoteStore implements KnowledgeGraph {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final String NTRIPLES_UTF8 = Lang.NTRIPLES.getHeaderString() + "; charset=utf-8";

    /** How a graph's N-Triples are sent as the body of a GSP {@code PUT}. */
    public enum BodyMode {
        /**
         * Written whole to a temporary file first (as large as the graph's N-Triples), then sent with a
         * {@code Content-Length}: every HTTP server reads it; a content that fails sends nothing. The default.
         */
        SPOOLED,
        /**
         * Sent while the converters write it, with {@code Transfer-Encoding: chunked}: nothing on disk. Only
         * for stores that read chunked bodies, as Fuseki does; Virtuoso 7.2 ignores them. A content that
         * fails ends the body with a syntax error, so the store refuses it.
         */
        STREAMED
    }

    private final String endpoint;
    private final String queryPath;
    private final String updatePath;
    private final String gspPath;
    private final BodyMode bodyMode;
    private final Path spoolFolder;
    /** For SPARQL queries and updates: answers a 401 with the credentials, sending the request again. */
    private final HttpClient http;
    /** For PUTs: a streamed body cannot be sent again, so credentials go with the first request. */
    private final HttpClient putHttp;
    private final String authorization;

    private RemoteStore(Builder b, String endpoint) {
        this.endpoint = endpoint;
        this.queryPath = b.queryPath;
        this.updatePath = b.updatePath;
        this.gspPath = b.gspPath;
        this.bodyMode = b.bodyMode;
        this.spoolFolder = b.spoolFolder;
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL);
        String password = b.password == null ? "" : b.password;
        if (b.user != null) {
            String user = b.user;
            builder.authenticator(new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, password.toCharArray());
                }
            });
        }
        this.http = builder.build();
        // No redirects either: they would carry the credentials to wherever they point.
        this.putHttp = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.authorization = b.user == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((b.user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A builder for a store at a dataset URL, e.g. {@code http://localhost:3030/kg} (Fuseki) or
     * {@code http://localhost:8890} (Virtuoso).
     */
    public static Builder builder(String endpoint) {
        return new Builder(endpoint);
    }

    @Override
    public long replaceGraph(String graph, GraphContent content) {
        Node g = NodeFactory.createURI(graph);
        URI target = URI.create(endpoint + "/" + gspPath + "?graph=" + URLEncoder.encode(graph, StandardCharsets.UTF_8));
        Consumer<HttpRequest.BodyPublisher> put = body -> put(target, body);
        return switch (bodyMode) {
            case SPOOLED -> SpooledBody.send(content, g, spoolFolder, put);
            case STREAMED -> StreamedBody.send(content, g, put);
        };
    }

    private void put(URI target, HttpRequest.BodyPublisher body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(target).header("Content-Type", NTRIPLES_UTF8).PUT(body);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response;
        try {
            response = putHttp.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new KgException("cannot reach " + target + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KgException("interrupted while sending to " + target, e);
        }
        if (response.statusCode() / 100 == 3) {
            throw new KgException("PUT " + target + " answered " + response.statusCode() + ", a redirect to "
                    + response.headers().firstValue("Location").orElse("nowhere")
                    + ", which is not followed: give the endpoint it points to");
        }
        if (response.statusCode() / 100 != 2) {
            throw new KgException("PUT " + target + " answered " + response.statusCode() + ": "
                    + response.body().strip());
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

    /** Settings of a remote store; checks happen in {@link #build()}. */
    public static final class Builder {
        private final String endpoint;
        private String queryPath = "sparql";
        private String updatePath = "update";
        private String gspPath = "data";
        private String user;
        private String password;
        private BodyMode bodyMode = BodyMode.SPOOLED;
        private Path spoolFolder;

        private Builder(String endpoint) {
            this.endpoint = endpoint;
        }

        /** The SPARQL Query service, relative to the endpoint (default {@code sparql}). */
        public Builder queryPath(String path) {
            this.queryPath = path;
            return this;
        }

        /** The SPARQL Update service, relative to the endpoint (default {@code update}). */
        public Builder updatePath(String path) {
            this.updatePath = path;
            return this;
        }

        /** The Graph Store Protocol service, relative to the endpoint (default {@code data}). */
        public Builder gspPath(String path) {
            this.gspPath = path;
            return this;
        }

        /**
         * A user and password for HTTP basic authentication (none by default): sent with every {@code PUT}
         * from the start, since a streamed body cannot be sent a second time, and with queries when asked.
         */
        public Builder credentials(String user, String password) {
            this.user = user;
            this.password = password;
            return this;
        }

        /** How graphs are sent (default {@link BodyMode#SPOOLED}). */
        public Builder bodyMode(BodyMode mode) {
            this.bodyMode = mode;
            return this;
        }

        /** Where {@link BodyMode#SPOOLED} writes its temporary files (default: the JVM's temporary folder). */
        public Builder spoolFolder(Path folder) {
            this.spoolFolder = folder;
            return this;
        }

        /** Builds the store; sends nothing yet. */
        public RemoteStore build() {
            URI uri;
            try {
                uri = endpoint == null ? null : URI.create(endpoint);
            } catch (IllegalArgumentException e) {
                uri = null;
            }
            if (uri == null || !uri.isAbsolute() || !uri.getScheme().startsWith("http")) {
                throw new KgConfigException("endpoint '" + endpoint + "' must be an http(s) URL");
            }
            checkPath("query", queryPath);
            checkPath("update", updatePath);
            checkPath("Graph Store Protocol", gspPath);
            if (bodyMode == null) {
                throw new KgConfigException("a body mode is needed: one of " + Arrays.toString(BodyMode.values()));
            }
            return new RemoteStore(this, endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint);
        }

        private static void checkPath(String service, String path) {
            if (path == null || path.isBlank() || path.startsWith("/") || path.contains("?")) {
                throw new KgConfigException(service + " path '" + path
                        + "' must be a path relative to the endpoint, e.g. sparql");
            }
        }
    }
}
