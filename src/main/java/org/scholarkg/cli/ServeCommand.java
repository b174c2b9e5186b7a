package org.scholarkg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.scholarkg.record.RecordReader;
import org.scholarkg.store.GraphLoader;
import org.scholarkg.store.Tdb2Store;
import org.scholarkg.web.KgServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code serve}: the SPARQL service over the TDB2 store, built from {@code data/} when empty. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the store over HTTP (embedded Fuseki): SPARQL at /kg/sparql and /kg/query. "
                + "An empty store is first built from the records in --data.")
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store folder (default: var/tdb2).")
    Path store = Tdb2Store.DEFAULT_LOCATION;

    @Option(names = "--data", paramLabel = "DIR", description = "Records to build an empty store from "
            + "(default: ${DEFAULT-VALUE}).", defaultValue = "data")
    Path data;

    @Option(names = "--port", defaultValue = "3030", description = "HTTP port; 0 picks a free one "
            + "(default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--query-timeout", defaultValue = "10", paramLabel = "SECONDS",
            description = "Stop queries that run longer (default: ${DEFAULT-VALUE} s).")
    double queryTimeoutSeconds;

    @Option(names = "--result-limit", defaultValue = "10000", paramLabel = "ROWS",
            description = "Most rows a query answers with (default: ${DEFAULT-VALUE}).")
    long resultLimit;

    @Option(names = "--admin-password-file", paramLabel = "FILE",
            description = "Enables /kg/update and /kg/data for the user 'admin' with the password in FILE.")
    Path adminPasswordFile;

    @Option(names = "--license", paramLabel = "IRI", defaultValue = KgServer.DEFAULT_LICENSE,
            description = "The data's license, named in signposting and VoID (default: ${DEFAULT-VALUE}).")
    String license;

    @Option(names = "--admin-email", paramLabel = "ADDRESS", defaultValue = KgServer.DEFAULT_ADMIN_EMAIL,
            description = "The administrator address OAI-PMH's Identify names (default: ${DEFAULT-VALUE}).")
    String adminEmail;

    @Option(names = "--document-cache", paramLabel = "MIB", defaultValue = "64",
            description = "Memory for pages and RDF documents kept until the store changes (default: ${DEFAULT-VALUE} MiB; "
                    + "0: none).")
    long documentCacheMib;

    @Option(names = "--compact-every", paramLabel = "HOURS", defaultValue = "0",
            description = "Compact the store every so many hours (0, the default: never; see the compact command).")
    double compactEveryHours;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Tdb2Store kg = new Tdb2Store(store);
        if (kg.isEmpty() && Files.isDirectory(data)) {
            GraphLoader.LoadReport report = new GraphLoader(common.iris())
                    .load(new RecordReader().open(List.of(data)), kg, g -> { });
            out.printf("built the store from %s: %d graph(s), %,d triples%n", data, report.graphs().size(),
                    report.triples());
        }
        KgServer server = KgServer.builder(kg.datasetGraph())
                .port(port)
                .queryTimeout(Duration.ofMillis((long) (queryTimeoutSeconds * 1000)))
                .resultLimit(resultLimit)
                .iris(common.iris())
                .license(license)
                .adminEmail(adminEmail)
                .dumpFolder(store.resolveSibling(store.getFileName() + "-dumps"))
                .adminPassword(adminPasswordFile == null ? null : StoreOptions.readSecret(adminPasswordFile))
                .documentCache(documentCacheMib * (1L << 20))
                .build()
                .start();
        java.util.concurrent.ScheduledExecutorService compaction = null;
        if (compactEveryHours > 0) {
            compaction = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "scholarkg-compact");
                t.setDaemon(true);
                return t;
            });
            long period = (long) (compactEveryHours * 3600);
            compaction.scheduleWithFixedDelay(() -> {
                kg.compact();
                org.slf4j.LoggerFactory.getLogger(ServeCommand.class).info("compacted {}", store);
            }, period, period, java.util.concurrent.TimeUnit.SECONDS);
        }
        java.util.concurrent.ScheduledExecutorService scheduled = compaction;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (scheduled != null) {
                scheduled.shutdownNow();
            }
            server.stop();
            kg.close();
        }, "scholarkg-shutdown"));
        out.printf("ScholarKG serving %s at http://localhost:%d%s/sparql%n", store, server.port(), KgServer.DATASET);
        out.flush();
        server.join();
        return ExitCodes.OK;
    }
}
