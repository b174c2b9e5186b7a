package org.scholarkg.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.scholarkg.KgConfigException;
import org.scholarkg.store.KnowledgeGraph;
import org.scholarkg.store.RemoteStore;
import org.scholarkg.store.Tdb2Store;
import picocli.CommandLine.Option;

/** Which store a command works on: the embedded TDB2 folder, or a remote SPARQL endpoint. */
final class StoreOptions {

    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store folder (default: var/tdb2).")
    Path store;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "A remote SPARQL 1.1 dataset instead, e.g. http://localhost:3030/kg (Fuseki) or "
                    + "http://localhost:8890 (Virtuoso): queries go to URL/sparql; load and harvest put graphs with the "
                    + "Graph Store Protocol at URL/data (--gsp-path).")
    String endpoint;

    @Option(names = "--user", paramLabel = "NAME", description = "User for the endpoint (HTTP basic).")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE", description = "File holding the endpoint password.")
    Path passwordFile;

    /** Opens the chosen store for reading; the caller closes it. */
    KnowledgeGraph open() {
        return open(new PutOptions());
    }

    /** Opens the chosen store, sending graphs to an endpoint as {@code put} says; the caller closes it. */
    KnowledgeGraph open(PutOptions put) {
        if (endpoint != null && store != null) {
            throw new KgConfigException("--store and --endpoint exclude each other");
        }
        if (endpoint != null) {
            RemoteStore.Builder remote = RemoteStore.builder(endpoint)
                    .credentials(user, passwordFile == null ? null : readSecret(passwordFile));
            if (put.gspPath != null) {
                remote.gspPath(put.gspPath);
            }
            if (put.putBody != null) {
                remote.bodyMode(put.putBody);
            }
            return remote.build();
        }
        return new Tdb2Store(store == null ? Tdb2Store.DEFAULT_LOCATION : store);
    }

    /** The first line of a secret file, trimmed. */
    static String readSecret(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
        } catch (IOException e) {
            throw new KgConfigException("cannot read " + file + ": " + e.getMessage());
        }
    }

    static UncheckedIOException unchecked(IOException e) {
        return new UncheckedIOException(e);
    }
}
