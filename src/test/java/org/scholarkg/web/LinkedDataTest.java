package org.scholarkg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scholarkg.SeedGraph;
import org.scholarkg.record.RecordReader;
import org.scholarkg.store.GraphLoader;
import org.scholarkg.store.Tdb2Store;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Linked data over HTTP as clients meet it: dereferencing, documents, caching, signposting, pages, search,
 * VoID and dumps, on a real TDB2 store behind the server on a free port.
 */
class LinkedDataTest {

    static final String PERSON = "/id/person/stefanie-jegelka";
    static final String PAPER = "/id/paper/ma-2024-canonicalization-perspective";
    private static Tdb2Store store;
    private static KgServer server;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws Exception {
        store = new Tdb2Store(Files.createTempDirectory("ld-tdb2"));
        new GraphLoader(SeedGraph.IRIS).load(new RecordReader().read(List.of(Path.of("data"),
                Path.of("src/test/resources/web/xss.yaml"))), store, g -> { });
        server = KgServer.builder(store.datasetGraph()).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    static HttpResponse<byte[]> get(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path));
        headers.forEach(b::header);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | .html",
        "text/turtle | .ttl",
        "application/ld+json;q=1.0, application/n-quads;q=0.7, text/turtle;q=0.6, */*;q=0.1 | .jsonld",
        "application/rdf+xml | .rdf",
        "application/n-triples | .nt",
        "this is ; not ;; an accept header | .html"})
    void anIdAnswers303ToTheDocumentAcceptPrefers(String accept, String extension) throws Exception {
        HttpResponse<byte[]> r = get(PERSON, Map.of("Accept", accept));
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).hasValue("/doc/person/stefanie-jegelka" + extension);
        assertThat(r.headers().firstValue("Vary")).hasValue("Accept");
    }

    @Test
    void formatParameterChoosesAndUnknownResourcesAre404() throws Exception {
        assertThat(get(PERSON + "?format=nt", Map.of()).headers().firstValue("Location"))
                .hasValue("/doc/person/stefanie-jegelka.nt");
        assertThat(get("/id/person/nobody", Map.of()).statusCode()).isEqualTo(404);
        assertThat(get("/id/spaceship/x", Map.of()).statusCode()).isEqualTo(404);
        assertThat(get("/doc/person/nobody.ttl", Map.of()).statusCode()).isEqualTo(404);
        assertThat(get("/id/person/" + "x".repeat(300), Map.of()).statusCode()).isEqualTo(404);
    }

    @ParameterizedTest
    @CsvSource({"ttl, text/turtle", "jsonld, application/ld+json", "rdf, application/rdf+xml",
        "nt, application/n-triples"})
    void rdfDocumentsHoldTheResourceItsInnerNodesAndLabels(String ext, String type) throws Exception {
        HttpResponse<byte[]> r = get("/doc/paper/ma-2024-canonicalization-perspective." + ext, Map.of());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith(type);
        assertThat(r.headers().firstValue("Content-Location")).hasValue("/doc/paper/ma-2024-canonicalization-perspective." + ext);
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, new ByteArrayInputStream(r.body()), RDFLanguages.contentTypeToLang(type));
        String paper = SeedGraph.IRIS.base() + PAPER.substring(1);
        assertThat(m.listObjectsOfProperty(m.getResource(paper), m.createProperty("https://w3id.org/scholarkg/ns#authorship"))
                .toList()).hasSize(5);
        assertThat(m.contains(m.getResource(paper + "#author-2"), m.createProperty("https://w3id.org/scholarkg/ns#printedName"),
                "Y. Wang")).isTrue();
        // The venue's label comes along, so a client needs no second request.
        assertThat(m.contains(m.getResource(SeedGraph.IRIS.base() + "id/event/neurips-2024"),
                m.createProperty("http://schema.org/name"), "38th Conference on Neural Information Processing Systems")).isTrue();
    }

    @Test
    void documentsCarryEtagLastModifiedAndAnswerConditionalGets() throws Exception {
        HttpResponse<byte[]> r = get("/doc/person/stefanie-jegelka.ttl", Map.of());
        String etag = r.headers().firstValue("ETag").orElseThrow();
        assertThat(r.headers().firstValue("Last-Modified")).isPresent();
        assertThat(get("/doc/person/stefanie-jegelka.ttl", Map.of("If-None-Match", etag)).statusCode()).isEqualTo(304);
        assertThat(get("/doc/person/stefanie-jegelka.ttl", Map.of("If-None-Match", "\"other\"")).statusCode()).isEqualTo(200);
        assertThat(get("/doc/person/stefanie-jegelka.html", Map.of("If-Modified-Since",
                r.headers().firstValue("Last-Modified").orElseThrow())).statusCode()).isEqualTo(304);
    }

    @Test
    void signpostingLinksAndTheLinkset() throws Exception {
        String link = get("/doc/paper/ma-2024-canonicalization-perspective.html", Map.of()).headers()
                .firstValue("Link").orElseThrow();
        assertThat(link).contains("<" + SeedGraph.IRIS.base() + PAPER.substring(1) + ">; rel=\"cite-as\"",
                "</doc/paper/ma-2024-canonicalization-perspective.ttl>; rel=\"describedby\"; type=\"text/turtle\"",
                "type=\"application/ld+json\"", "type=\"application/rdf+xml\"", "type=\"application/n-triples\"",
                "<https://schema.org/ScholarlyArticle>; rel=\"type\"",
                "<" + SeedGraph.IRIS.base() + "id/person/stefanie-jegelka>; rel=\"author\"",
                "rel=\"license\"", "</linkset/paper/ma-2024-canonicalization-perspective>; rel=\"linkset\"");
        HttpResponse<byte[]> linkset = get("/linkset/paper/ma-2024-canonicalization-perspective", Map.of());
        assertThat(linkset.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/linkset+json");
        JsonNode json = JsonMapper.builder().build().readTree(linkset.body());
        assertThat(json.get("linkset").get(0).get("author")).hasSize(5);
        assertThat(json.get("linkset").get(0).get("anchor").stringValue()).endsWith(PAPER.substring(1));
    }

    @Test
    void aPaperPageHasCitationTagsJsonLdBibtexAndTheAuthorsInOrder() throws Exception {
        String html = text(get("/doc/paper/ma-2024-canonicalization-perspective.html", Map.of()));
        assertThat(html).contains("<meta name=\"citation_title\" content=\"A Canonicalization Perspective on Invariant and Equivariant Learning\">",
                "<meta name=\"citation_publication_date\" content=\"2024\">",
                "<meta name=\"citation_conference_title\" content=\"38th Conference on Neural Information Processing Systems\">",
                "<script type=\"application/ld+json\">", "\"@list\"", "@inproceedings{ma-2024-canonicalization-perspective");
        List<String> authors = html.lines().filter(l -> l.startsWith("<meta name=\"citation_author\""))
                .map(l -> l.replaceAll(".*content=\"([^\"]*)\".*", "$1")).toList();
        assertThat(authors).containsExactly("G. Ma", "Y. Wang", "D. Lim", "S. Jegelka", "Y. Wang");
    }

    @Test
    void textFromRecordsIsEscapedInPages() throws Exception {
        String html = text(get("/doc/paper/injected-title.html", Map.of()));
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src&#61;x onerror&#61;alert(2)&gt;",
                "&lt;/p&gt;&lt;script&gt;alert(3)&lt;/script&gt;");
        assertThat(html).doesNotContain("<script>alert", "<img src=x", "<b>bold</b>");
        // Inside the JSON-LD block the title cannot close the script element.
        String jsonld = html.substring(html.indexOf("<script type=\"application/ld+json\">"));
        jsonld = jsonld.substring(0, jsonld.indexOf("</script>"));
        assertThat(jsonld).contains("\\u003cscript>alert(1)\\u003c/script>").doesNotContain("</script>");
    }

    @Test
    void theHomePageCountsAndSearchesWithBoundParameters() throws Exception {
        String home = text(get("/", Map.of()));
        assertThat(home).contains("Research Group Stefanie Jegelka", "<strong>10</strong> papers");
        String found = text(get("/search?q=bergmeister", Map.of()));
        assertThat(found).contains("href=\"/id/person/andreas-bergmeister\"");
        HttpResponse<byte[]> injection = get("/search?q=" + java.net.URLEncoder.encode(
                "x\") } } ; DROP ALL ; SELECT * { ?s ?p ?o FILTER(\"", StandardCharsets.UTF_8), Map.of());
        assertThat(injection.statusCode()).isEqualTo(200);
        assertThat(text(injection)).contains("Nothing matches.");
        assertThat(store.isEmpty()).isFalse();
        assertThat(get("/search?q=" + "a".repeat(500), Map.of()).statusCode()).isEqualTo(400);
    }

    @Test
    void voidCountsAreTheStoresCounts() throws Exception {
        HttpResponse<byte[]> r = get("/.well-known/void", Map.of());
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/turtle");
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, new ByteArrayInputStream(r.body()), Lang.TURTLE);
        String v = "http://rdfs.org/ns/void#";
        long total = store.graphSizes().values().stream().mapToLong(Long::longValue).sum();
        assertThat(m.getResource(SeedGraph.IRIS.dataset().stringValue()).getProperty(m.createProperty(v, "triples"))
                .getLong()).isEqualTo(total);
        store.graphSizes().forEach((g, n) -> assertThat(m.getResource(g).getProperty(m.createProperty(v, "triples"))
                .getLong()).isEqualTo(n));
        assertThat(m.listResourcesWithProperty(m.createProperty(v, "class"), m.getResource("http://schema.org/ScholarlyArticle"))
                .next().getProperty(m.createProperty(v, "entities")).getLong()).isEqualTo(10);
        assertThat(m.contains(null, m.createProperty(v, "sparqlEndpoint"), (org.apache.jena.rdf.model.RDFNode) null)).isTrue();
        assertThat(get("/void", Map.of("Accept", "application/ld+json")).headers().firstValue("Content-Type")
                .orElseThrow()).startsWith("application/ld+json");
    }

    @Test
    void dumpsReloadToTheSameCounts() throws Exception {
        String index = text(get("/dumps/", Map.of()));
        assertThat(index).contains("all.nt.gz", "mcml-jegelka.nt.gz", "mcml-jegelka.ttl", "xss.ttl");
        for (Map.Entry<String, Long> graph : store.graphSizes().entrySet()) {
            String name = graph.getKey().substring(graph.getKey().lastIndexOf('/') + 1);
            HttpResponse<byte[]> nt = get("/dumps/" + name + ".nt.gz", Map.of());
            Model reloaded = ModelFactory.createDefaultModel();
            RDFDataMgr.read(reloaded, new GZIPInputStream(new ByteArrayInputStream(nt.body())), Lang.NTRIPLES);
            assertThat(reloaded.size()).as(name).isEqualTo(graph.getValue());
            Model turtle = ModelFactory.createDefaultModel();
            RDFDataMgr.read(turtle, new ByteArrayInputStream(get("/dumps/" + name + ".ttl", Map.of()).body()), Lang.TURTLE);
            assertThat(turtle.isIsomorphicWith(reloaded)).isTrue();
        }
        assertThat(get("/dumps/../../etc/passwd", Map.of()).statusCode()).isIn(400, 404);
        assertThat(get("/dumps/%2e%2e%2fpom.xml", Map.of()).statusCode()).isIn(400, 404);
    }

    @Test
    void sitemapAndRobots() throws Exception {
        String sitemap = text(get("/sitemap.xml", Map.of()));
        assertThat(sitemap).contains("/doc/person/stefanie-jegelka.html</loc>", "/doc/group/jegelka.html</loc>")
                .doesNotContain("#");
        assertThat(sitemap.split("<url>")).hasSize(1 + 10 + 4 + 1 + 2 + 2 + 1 + 1 + 0);
        assertThat(text(get("/robots.txt", Map.of()))).contains("Disallow: /kg/", "Sitemap: ");
    }

    @Test
    void everyKindHasAPage() throws Exception {
        for (String path : List.of("/doc/group/jegelka.html", "/doc/org/tum.html", "/doc/event/neurips-2024.html",
                "/doc/event/neurips.html", "/doc/area/foundations-of-deep-neural-networks.html")) {
            HttpResponse<byte[]> r = get(path, Map.of());
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(text(r)).contains("<h2>Facts</h2>", "application/ld+json");
        }
        assertThat(text(get("/doc/event/neurips-2024.html", Map.of()))).contains("Papers presented", "(4)");
    }
}
