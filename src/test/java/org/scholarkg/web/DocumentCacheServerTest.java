package org.scholarkg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarkg.SeedGraph;
import org.scholarkg.record.RecordReader;
import org.scholarkg.store.GraphLoader;
import org.scholarkg.store.Tdb2Store;

/**
 * Pages and RDF documents are kept per store version and never outlive it: after a graph is replaced, after
 * an update through {@code /kg/update} and after the first load into an empty store, every document says what
 * the store now says. A real TDB2 store behind real servers on free ports.
 */
class DocumentCacheServerTest {

    private static final String PAPER = "/doc/paper/ma-2024-canonicalization-perspective";
    private static final String TITLE = "A Canonicalization Perspective on Invariant and Equivariant Learning";
    private static final String PASSWORD = "cache-test-secret";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static HttpResponse<String> get(KgServer server, String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path));
        headers.forEach(b::header);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static Path copyOfData(Path folder) throws Exception {
        Path data = Files.createDirectories(folder.resolve("data"));
        Files.copy(Path.of("data", "mcml-jegelka.yaml"), data.resolve("mcml-jegelka.yaml"));
        return data;
    }

    private static void load(Path data, Tdb2Store store) {
        new GraphLoader(SeedGraph.IRIS).load(new RecordReader().read(List.of(data)), store, g -> { });
    }

    @Test
    void aReplacedGraphIsWhatEveryDocumentSaysNext(@TempDir Path folder) throws Exception {
        Path data = copyOfData(folder);
        try (Tdb2Store store = new Tdb2Store(folder.resolve("tdb2"))) {
            load(data, store);
            KgServer server = KgServer.builder(store.datasetGraph()).port(0).build().start();
            try {
                HttpResponse<String> page = get(server, PAPER + ".html", Map.of());
                HttpResponse<String> again = get(server, PAPER + ".html", Map.of());
                assertThat(again.body()).isEqualTo(page.body()).contains(TITLE);
                assertThat(again.headers().firstValue("ETag")).isEqualTo(page.headers().firstValue("ETag"));
                assertThat(again.headers().firstValue("Link")).isEqualTo(page.headers().firstValue("Link"));
                assertThat(get(server, PAPER + ".ttl", Map.of()).body()).contains(TITLE);
                String etag = page.headers().firstValue("ETag").orElseThrow();
                assertThat(get(server, PAPER + ".html", Map.of("If-None-Match", etag)).statusCode()).isEqualTo(304);

                Path file = data.resolve("mcml-jegelka.yaml");
                Files.writeString(file, Files.readString(file).replace(TITLE, "A Retitled Perspective"));
                load(data, store);

                HttpResponse<String> changed = get(server, PAPER + ".html", Map.of());
                assertThat(changed.body()).contains("A Retitled Perspective").doesNotContain(TITLE);
                assertThat(changed.headers().firstValue("ETag")).isNotEqualTo(page.headers().firstValue("ETag"));
                assertThat(get(server, PAPER + ".html", Map.of("If-None-Match", etag)).statusCode()).isEqualTo(200);
                assertThat(get(server, PAPER + ".ttl", Map.of()).body()).contains("A Retitled Perspective")
                        .doesNotContain(TITLE);
                // The person page lists the paper by its title.
                assertThat(get(server, "/doc/person/stefanie-jegelka.html", Map.of()).body())
                        .contains("A Retitled Perspective");
            } finally {
                server.stop();
            }
        }
    }

    @Test
    void anUpdateThroughTheEndpointIsSeenByEveryServerOfTheStore(@TempDir Path folder) throws Exception {
        try (Tdb2Store store = new Tdb2Store(folder.resolve("tdb2"))) {
            load(copyOfData(folder), store);
            KgServer server = KgServer.builder(store.datasetGraph()).port(0).build().start();
            KgServer admin = KgServer.builder(store.datasetGraph()).port(0).adminPassword(PASSWORD).build().start();
            try {
                String person = "/doc/person/stefanie-jegelka";
                assertThat(get(server, person + ".ttl", Map.of()).body()).doesNotContain("Cached Nickname");
                assertThat(get(server, person + ".html", Map.of()).body()).doesNotContain("Cached Nickname");
                String iri = SeedGraph.IRIS.base() + "id/person/stefanie-jegelka";
                String update = "INSERT DATA { GRAPH <urn:scratch> { <" + iri
                        + "> <http://schema.org/alternateName> \"Cached Nickname\" } }";
                String auth = Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + admin.port() + "/kg/update"))
                        .header("Content-Type", "application/sparql-update").header("Authorization", "Basic " + auth)
                        .POST(HttpRequest.BodyPublishers.ofString(update)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).isBetween(200, 299);
                assertThat(get(server, person + ".ttl", Map.of()).body()).contains("Cached Nickname");
                assertThat(get(server, person + ".html", Map.of()).body()).contains("Cached Nickname");
            } finally {
                server.stop();
                admin.stop();
            }
        }
    }

    @Test
    void aServerStartedOnAnEmptyStoreServesWhatIsLoadedLater(@TempDir Path folder) throws Exception {
        try (Tdb2Store store = new Tdb2Store(folder.resolve("tdb2"))) {
            KgServer server = KgServer.builder(store.datasetGraph()).port(0).build().start();
            try {
                assertThat(get(server, PAPER + ".html", Map.of()).statusCode()).isEqualTo(404);
                assertThat(get(server, "/id/person/stefanie-jegelka", Map.of()).statusCode()).isEqualTo(404);
                load(copyOfData(folder), store);
                assertThat(get(server, PAPER + ".html", Map.of()).body()).contains(TITLE);
                HttpResponse<String> id = get(server, "/id/person/stefanie-jegelka", Map.of("Accept", "text/turtle"));
                assertThat(id.statusCode()).isEqualTo(303);
                assertThat(id.headers().firstValue("Link").orElseThrow()).contains("rel=\"cite-as\"");
            } finally {
                server.stop();
            }
        }
    }

    @Test
    void withoutACacheThePagesAreTheSame(@TempDir Path folder) throws Exception {
        try (Tdb2Store store = new Tdb2Store(folder.resolve("tdb2"))) {
            load(copyOfData(folder), store);
            KgServer cached = KgServer.builder(store.datasetGraph()).port(0).build().start();
            KgServer uncached = KgServer.builder(store.datasetGraph()).port(0).documentCache(0).build().start();
            try {
                for (String path : List.of(PAPER + ".html", PAPER + ".jsonld", "/doc/person/stefanie-jegelka.html",
                        "/doc/group/jegelka.nt", "/doc/org/tum.html")) {
                    get(cached, path, Map.of());
                    HttpResponse<String> a = get(cached, path, Map.of());
                    HttpResponse<String> b = get(uncached, path, Map.of());
                    assertThat(a.body()).as(path).isEqualTo(b.body());
                    for (String header : List.of("ETag", "Link", "Last-Modified", "Content-Type", "Content-Location")) {
                        assertThat(a.headers().firstValue(header)).as(path + " " + header)
                                .isEqualTo(b.headers().firstValue(header));
                    }
                }
            } finally {
                cached.stop();
                uncached.stop();
            }
        }
    }
}
