package org.scholarkg.web;

import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.security.UserStore;
import org.scholarkg.KgConfigException;
import org.scholarkg.rdf.Iris;

/**
 * The ScholarKG server: an embedded Fuseki over a dataset. {@code main} and the tests both build it here.
 *
 * <ul>
 *   <li>{@code /kg/sparql} and {@code /kg/query}: SPARQL query (GET and POST), read-only, with a timeout
 *       and a cap on result rows; {@code /kg/get}: Graph Store Protocol, read.</li>
 *   <li>{@code /kg/update} and {@code /kg/data} (GSP read-write): only when an admin password is set;
 *       they then answer 401 to requests without the {@code admin} user's credentials.</li>
 * </ul>
 *
 * <pre>{@code
 * KgServer server = KgServer.builder(store.datasetGraph()).port(0).build().start();
 * int port = server.port();
 * }</pre>
 */
public final class KgServer {

    /** The dataset's path on the server. */
    public static final String DATASET = "/kg";
    /** The user name of the admin credential. */
    public static final String ADMIN_USER = "admin";

    /** The license named when none is configured: Creative Commons Attribution 4.0. */
    public static final String DEFAULT_LICENSE = "https://creativecommons.org/licenses/by/4.0/";

    /** The administrator address OAI-PMH's Identify names when none is set: a placeholder to replace. */
    public static final String DEFAULT_ADMIN_EMAIL = "admin@example.org";

    /** The largest body a public request may send by default: 1 MiB (a SPARQL query is rarely over 10 KiB). */
    public static final long DEFAULT_MAX_REQUEST_BODY = 1L << 20;

    /** The realm named in the 401 answer. */
    public static final String REALM = "ScholarKG";

    private final FusekiServer fuseki;
    private final Path temporaryDumps;

    private KgServer(FusekiServer fuseki, Path temporaryDumps) {
        this.fuseki = fuseki;
        this.temporaryDumps = temporaryDumps;
    }

    /** A builder for a server over a dataset. */
    public static Builder builder(DatasetGraph dataset) {
        return new Builder(dataset);
    }

    /** Starts listening; returns this server. */
    public KgServer start() {
        fuseki.start();
        return this;
    }

    /** The port it listens on (the real one when built with port 0). */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** Stops the server, and deletes the dump folder it made for itself when it was given none. */
    public void stop() {
        fuseki.stop();
        if (temporaryDumps != null) {
            deleteQuietly(temporaryDumps);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (java.util.stream.Stream<Path> paths = java.nio.file.Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            // Only temporary files are left behind; stopping goes on.
        }
    }

    /** Settings of a server; checks happen in {@link #build()}. */
    public static final class Builder {
        private final DatasetGraph dataset;
        private int port = 3030;
        private Duration queryTimeout = Duration.ofSeconds(10);
        private long resultLimit = 10_000;
        private String adminPassword;
        private Iris iris = new Iris(Iris.DEFAULT_BASE);
        private String license = DEFAULT_LICENSE;
        private Path dumpFolder;
        private String adminEmail = DEFAULT_ADMIN_EMAIL;
        private int oaiPageSize = org.scholarkg.web.oai.OaiServlet.PAGE_SIZE;
        private long maxRequestBody = DEFAULT_MAX_REQUEST_BODY;
        private long documentCacheBytes = org.scholarkg.web.ld.DocumentCache.DEFAULT_MAX_BYTES;

        private Builder(DatasetGraph dataset) {
            this.dataset = dataset;
        }

        /** The HTTP port; 0 picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The longest a query may run before it is stopped (default 10 s). */
        public Builder queryTimeout(Duration timeout) {
            this.queryTimeout = timeout;
            return this;
        }

        /** The most rows a query answers with (default 10,000). */
        public Builder resultLimit(long limit) {
            this.resultLimit = limit;
            return this;
        }

        /** The admin password; without one there are no update endpoints. */
        public Builder adminPassword(String password) {
            this.adminPassword = password;
            return this;
        }

        /** The base of the IRIs this server answers for (default {@value Iris#DEFAULT_BASE}). */
        public Builder iris(Iris iris) {
            this.iris = iris;
            return this;
        }

        /** The IRI of the data's license, named in signposting and VoID. */
        public Builder license(String license) {
            this.license = license;
            return this;
        }

        /** The address OAI-PMH's Identify names for the repository's administrator. */
        public Builder adminEmail(String email) {
            this.adminEmail = email;
            return this;
        }

        /** The largest body a public request may send (admin endpoints exempt); larger ones get 413. */
        public Builder maxRequestBody(long bytes) {
            this.maxRequestBody = bytes;
            return this;
        }

        /**
         * The most bytes of pages and RDF documents kept in memory for the store's current version (default
         * {@value org.scholarkg.web.ld.DocumentCache#DEFAULT_MAX_BYTES}); 0 keeps none.
         */
        public Builder documentCache(long bytes) {
            this.documentCacheBytes = bytes;
            return this;
        }

        /** Records per OAI-PMH list page (default {@value org.scholarkg.web.oai.OaiServlet#PAGE_SIZE}). */
        public Builder oaiPageSize(int size) {
            this.oaiPageSize = size;
            return this;
        }

        /** Where dump files are written (default: a new temporary folder, deleted when the server stops). */
        public Builder dumpFolder(Path folder) {
            this.dumpFolder = folder;
            return this;
        }

        /** Builds the server; does not start it. */
        public KgServer build() {
            if (port < 0 || port > 65535) {
                throw new KgConfigException("port " + port + " is not a TCP port (0 picks a free one)");
            }
            if (queryTimeout.isNegative() || queryTimeout.isZero()) {
                throw new KgConfigException("query timeout " + queryTimeout + " must be positive");
            }
            if (resultLimit < 1) {
                throw new KgConfigException("result limit " + resultLimit + " must be at least 1");
            }
            if (!adminEmail.matches("\\S+@(\\S+\\.)+\\S+")) {
                throw new KgConfigException("admin e-mail '" + adminEmail + "' is not an address like name@example.org");
            }
            if (documentCacheBytes < 0) {
                throw new KgConfigException("document cache size " + documentCacheBytes + " must not be negative");
            }
            if (adminPassword != null && adminPassword.isBlank()) {
                throw new KgConfigException("the admin password is empty");
            }
            FusekiServer.Builder fuseki = FusekiServer.create()
                    .port(port)
                    .enablePing(true)
                    .registerOperation(Operation.Query, new CappedQueryService(resultLimit, queryTimeout))
                    .registerOperation(Operation.Update, new CheckedUpdateService())
                    .addFilter("/*", new RequestLog())
                    .addFilter("/*", new RequestLimits(maxRequestBody))
                    .addDataset(DATASET, dataset)
                    .addEndpoint(DATASET, "sparql", Operation.Query)
                    .addEndpoint(DATASET, "query", Operation.Query)
                    .addEndpoint(DATASET, "get", Operation.GSP_R);
            if (adminPassword != null) {
                // The credential stays in memory: no password file for Jetty to watch or leave behind.
                UserStore users = JettySecurityLib.makeUserStore(ADMIN_USER, adminPassword);
                AuthPolicy admin = Auth.policyAllowSpecific(ADMIN_USER);
                fuseki.securityHandler(JettySecurityLib.makeSecurityHandler(REALM, users, AuthScheme.BASIC))
                        .auth(AuthScheme.BASIC)
                        .addEndpoint(DATASET, "update", Operation.Update, admin)
                        .addEndpoint(DATASET, "data", Operation.GSP_RW, admin);
            }
            Path dumps = dumpFolder;
            if (dumps == null) {
                try {
                    dumps = java.nio.file.Files.createTempDirectory("scholarkg-dumps");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            new LinkedDataSite(dataset, iris, license, dumps, adminEmail, oaiPageSize, documentCacheBytes).addTo(fuseki);
            return new KgServer(fuseki.build(), dumpFolder == null ? dumps : null);
        }
    }
}
