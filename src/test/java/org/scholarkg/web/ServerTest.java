package org.scholarkg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.ResultSetMgr;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.scholarkg.SeedGraph;
import org.scholarkg.store.GraphLoader;
import org.scholarkg.store.Tdb2Store;

/** The server over HTTP on a free port, with the seed group loaded into a real TDB2 store. */
class ServerTest {

    private static final String PAPERS = """
            PREFIX schema: <http://schema.org/>
            SELECT ?paper ?title { ?paper a schema:ScholarlyArticle ; schema:name ?title } ORDER BY ?title""";
    private static final String PASSWORD = "s3cret-for-tests";

    private static Tdb2Store store;
    private static KgServer server;
    private static KgServer adminServer;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws Exception {
        store = new Tdb2Store(Files.createTempDirectory("server-tdb2"));
        new GraphLoader(SeedGraph.IRIS).load(SeedGraph.records(), store, g -> { });
        server = KgServer.builder(store.datasetGraph()).port(0).queryTimeout(Duration.ofSeconds(2))
                .resultLimit(50).build().start();
        adminServer = KgServer.builder(store.datasetGraph()).port(0).adminPassword(PASSWORD).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        adminServer.stop();
        store.close();
    }

    private static String url(KgServer s, String path) {
        return "http://localhost:" + s.port() + path;
    }

    private static HttpResponse<byte[]> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(server, path))).timeout(Duration.ofSeconds(30));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String q(String query) {
        return URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    private static List<org.apache.jena.query.QuerySolution> results(HttpResponse<byte[]> r) {
        String type = r.headers().firstValue("Content-Type").orElseThrow();
        Lang lang = RDFLanguages.contentTypeToLang(type.split(";")[0].trim());
        List<org.apache.jena.query.QuerySolution> rows = new java.util.ArrayList<>();
        ResultSetMgr.read(new ByteArrayInputStream(r.body()), lang).forEachRemaining(rows::add);
        return rows;
    }

    @ParameterizedTest
    @ValueSource(strings = {"/kg/sparql", "/kg/query"})
    void theGroupsNinePapersByGet(String endpoint) throws Exception {
        HttpResponse<byte[]> r = get(endpoint + "?query=" + q(PAPERS), "application/sparql-results+json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(results(r).size()).isEqualTo(9);
    }

    @Test
    void theGroupsNinePapersByPostForm() throws Exception {
        HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(url(server, "/kg/sparql")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+xml")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + q(PAPERS))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/sparql-results+xml");
        assertThat(results(r).size()).isEqualTo(9);
    }

    @ParameterizedTest
    @CsvSource({"text/csv, text/csv", "text/tab-separated-values, text/tab-separated-values",
        "application/sparql-results+json, application/sparql-results+json",
        "application/sparql-results+xml, application/sparql-results+xml"})
    void selectResultsInEveryFormat(String accept, String type) throws Exception {
        HttpResponse<byte[]> r = get("/kg/sparql?query=" + q(PAPERS), accept);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith(type);
        String body = new String(r.body(), StandardCharsets.UTF_8);
        assertThat(body).contains("A Canonicalization Perspective on Invariant and Equivariant Learning");
    }

    @ParameterizedTest
    @CsvSource({"format=json, application/sparql-results+json", "output=json, application/sparql-results+json",
        "format=csv, text/csv", "output=tsv, text/tab-separated-values", "format=xml, application/sparql-results+xml"})
    void sparqlWrapperStyleFormatParameters(String param, String type) throws Exception {
        HttpResponse<byte[]> r = get("/kg/sparql?query=" + q(PAPERS) + "&" + param, null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith(type);
    }

    @ParameterizedTest
    @CsvSource({"text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples"})
    void constructAnswersInEveryRdfFormat(String accept) throws Exception {
        String construct = "CONSTRUCT { ?p <http://schema.org/name> ?t } WHERE { ?p a <http://schema.org/ScholarlyArticle> ; <http://schema.org/name> ?t }";
        HttpResponse<byte[]> r = get("/kg/sparql?query=" + q(construct), accept);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith(accept);
        Model model = ModelFactory.createDefaultModel();
        RDFDataMgr.read(model, new ByteArrayInputStream(r.body()), RDFLanguages.contentTypeToLang(accept));
        assertThat(model.size()).isEqualTo(9);
    }

    @Test
    void resultsAreCappedAtTheLimit() throws Exception {
        HttpResponse<byte[]> r = get("/kg/sparql?query=" + q("SELECT * { ?s ?p ?o }"), "application/sparql-results+json");
        assertThat(results(r).size()).isEqualTo(50);
        HttpResponse<byte[]> smaller = get("/kg/sparql?query=" + q("SELECT * { ?s ?p ?o } LIMIT 7"),
                "application/sparql-results+json");
        assertThat(results(smaller).size()).isEqualTo(7);
    }

    @Test
    void aPathologicalQueryIsStoppedWithinTheTimeoutAndTheServerStillAnswers() throws Exception {
        String crossProduct = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n1 ?o }";
        long start = System.nanoTime();
        HttpResponse<byte[]> r = get("/kg/sparql?query=" + q(crossProduct), "application/sparql-results+json");
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(took).isLessThan(Duration.ofSeconds(2 + 5));
        assertThat(results(get("/kg/sparql?query=" + q(PAPERS), "application/sparql-results+json")).size()).isEqualTo(9);
    }

    @Test
    void thereAreNoUpdateEndpointsWithoutAnAdminPassword() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url(server, "/kg/update")))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("CLEAR ALL")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(404);
        HttpResponse<String> viaQuery = HTTP.send(HttpRequest.newBuilder(URI.create(url(server, "/kg/sparql")))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("CLEAR ALL")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(viaQuery.statusCode()).isGreaterThanOrEqualTo(400).isLessThan(500);
        assertThat(store.isEmpty()).isFalse();
    }

    @Test
    void updatesNeedTheAdminCredential() throws Exception {
        String graph = "http://example.org/graph/scratch";
        String update = "INSERT DATA { GRAPH <" + graph + "> { <http://example.org/a> <http://example.org/b> 1 } }";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(adminServer, "/kg/update")))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(update));
        assertThat(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
        String wrong = Base64.getEncoder().encodeToString("admin:wrong".getBytes(StandardCharsets.UTF_8));
        assertThat(HTTP.send(request.copy().header("Authorization", "Basic " + wrong).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
        assertThat(store.graphSizes()).doesNotContainKey(graph);
        String right = Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        assertThat(HTTP.send(request.copy().header("Authorization", "Basic " + right).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isBetween(200, 299);
        assertThat(store.graphSizes()).containsEntry(graph, 1L);
        store.replaceGraph(graph, out -> { });
    }

    @Test
    void anUpdateWithoutContentTypeIsRefusedEvenWithTheCredential() throws Exception {
        String right = Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url(adminServer, "/kg/update")))
                .header("Authorization", "Basic " + right)
                .POST(HttpRequest.BodyPublishers.ofString("CLEAR ALL")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(store.isEmpty()).isFalse();
    }

    @Test
    void theQueryCommandGivesTheSameRowsAsHttp(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        HttpResponse<byte[]> r = get("/kg/sparql?query=" + q(PAPERS), "text/csv");
        java.io.StringWriter out = new java.io.StringWriter();
        picocli.CommandLine cmd = org.scholarkg.cli.Main.commandLine();
        cmd.setOut(new java.io.PrintWriter(out));
        Path query = tmp.resolve("papers.rq");
        Files.writeString(query, PAPERS);
        // The store is open in this JVM, so the command reaches it over HTTP, as a user's would while serving.
        int exit = cmd.execute("query", "-f", query.toString(), "--format", "csv",
                "--endpoint", url(server, "/kg"));
        assertThat(exit).isZero();
        assertThat(out.toString().replace("\r\n", "\n")).isEqualTo(new String(r.body(), StandardCharsets.UTF_8).replace("\r\n", "\n"));
        assertThat(out.toString().lines().count()).isEqualTo(10);
    }

    @Test
    void pingAnswers() throws Exception {
        assertThat(get("/$/ping", null).statusCode()).isEqualTo(200);
        assertThat(List.of(server.port(), adminServer.port())).doesNotHaveDuplicates();
    }

    @Test
    void aServerGivenNoDumpFolderDeletesTheOneItMadeWhenItStops() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        List<Path> before = dumpFolders(tmp);
        KgServer own = KgServer.builder(store.datasetGraph()).port(0).build().start();
        List<Path> made = dumpFolders(tmp).stream().filter(p -> !before.contains(p)).toList();
        assertThat(made).hasSize(1);
        HttpResponse<String> dumps = HTTP.send(HttpRequest.newBuilder(URI.create(url(own, "/dumps/"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(dumps.statusCode()).isEqualTo(200);
        own.stop();
        assertThat(made.get(0)).doesNotExist();
    }

    private static List<Path> dumpFolders(Path tmp) throws java.io.IOException {
        try (var listing = Files.list(tmp)) {
            return listing.filter(p -> p.getFileName().toString().startsWith("scholarkg-dumps")).toList();
        }
    }
}
