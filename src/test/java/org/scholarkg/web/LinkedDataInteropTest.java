package org.scholarkg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarkg.ExternalTool;
import org.scholarkg.SeedGraph;
import org.scholarkg.store.GraphLoader;
import org.scholarkg.store.Tdb2Store;

/**
 * Independent tools read what the linked-data side serves: Raptor parses the Turtle a client gets by
 * following a person IRI with {@code Accept: text/turtle}, and rdflib finds in the JSON-LD embedded in a
 * paper page the same title, authors (in order) and date as the paper's RDF document.
 */
class LinkedDataInteropTest {

    private static Tdb2Store store;
    private static KgServer server;
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        store = new Tdb2Store(Files.createTempDirectory("interop-tdb2"));
        new GraphLoader(SeedGraph.IRIS).load(SeedGraph.records(), store, g -> { });
        server = KgServer.builder(store.datasetGraph()).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    private static String fetch(String path, String accept) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                .header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    @Test
    void rapperParsesThePersonsTurtle() throws Exception {
        ExternalTool.require("/usr/bin/rapper", "raptor2-utils");
        Path ttl = dir.resolve("person.ttl");
        Files.writeString(ttl, fetch("/id/person/stefanie-jegelka", "text/turtle"));
        ExternalTool.Result r = ExternalTool.run(List.of("/usr/bin/rapper", "-i", "turtle", "-c", ttl.toString()));
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(r.stderr()).containsPattern("Parsing returned [1-9][0-9]+ triples");
    }

    @Test
    void rdflibFindsThePapersFactsInTheEmbeddedJsonLd() throws Exception {
        ExternalTool.require("/usr/bin/python3", "python3-rdflib");
        String html = fetch("/id/paper/ma-2024-canonicalization-perspective", "text/html");
        String start = "<script type=\"application/ld+json\">";
        String jsonld = html.substring(html.indexOf(start) + start.length(), html.indexOf("</script>", html.indexOf(start)));
        Path embedded = dir.resolve("embedded.jsonld");
        Files.writeString(embedded, jsonld);
        Path document = dir.resolve("paper.ttl");
        Files.writeString(document, fetch("/doc/paper/ma-2024-canonicalization-perspective.ttl", "text/turtle"));
        String script = """
                import sys, rdflib
                from rdflib import URIRef
                S = rdflib.Namespace("http://schema.org/")
                SKG = rdflib.Namespace("https://w3id.org/scholarkg/ns#")
                paper = URIRef(sys.argv[3])
                page = rdflib.Graph().parse(sys.argv[1], format="json-ld")
                doc = rdflib.Graph().parse(sys.argv[2], format="turtle")
                def page_authors():
                    lst = page.value(paper, S.author)
                    return [str(page.value(p, S.name)) for p in rdflib.collection.Collection(page, lst)]
                def doc_authors():
                    rows = [(int(doc.value(a, SKG.position)), str(doc.value(a, SKG.printedName))) for a in doc.objects(paper, SKG.authorship)]
                    return [n for _, n in sorted(rows)]
                print(str(page.value(paper, S.name)) == str(doc.value(paper, S.name)))
                print(str(page.value(paper, S.datePublished)) == str(doc.value(paper, S.datePublished)))
                print(page_authors() == doc_authors() and len(page_authors()) == 5)
                print(str(page.value(paper, S.name)))
                """;
        ExternalTool.Result r = ExternalTool.run(List.of("/usr/bin/python3", "-c", script, embedded.toString(),
                document.toString(), SeedGraph.IRIS.paper("ma-2024-canonicalization-perspective").stringValue()));
        if (r.stderr().contains("No module named 'rdflib'")) {
            ExternalTool.require("/usr/share/doc/python3-rdflib/copyright", "python3-rdflib");
        }
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(r.stdout().lines().toList()).containsExactly("True", "True", "True",
                "A Canonicalization Perspective on Invariant and Equivariant Learning");
    }
}
