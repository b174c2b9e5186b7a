package org.scholarkg.web.oai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.scholarkg.SeedGraph;
import org.scholarkg.SharedFixtures;
import org.scholarkg.store.GraphLoader;
import org.scholarkg.store.Tdb2Store;
import org.scholarkg.web.KgServer;
import org.scholarkg.web.ld.GraphReader;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.w3c.dom.ls.LSInput;

/**
 * The OAI-PMH provider: every verb and error answer validates against the OAI-PMH and oai_dc schemas of
 * {@code ../shared/fixtures} (imports mapped to local files, no network), and a harvest by resumption
 * tokens over small pages gets every paper once, with creators in author order.
 */
@Tag(SharedFixtures.TAG)
class OaiProviderTest {

    private static final String OAI = "http://www.openarchives.org/OAI/2.0/";
    private static Tdb2Store store;
    private static KgServer server;
    private static org.eclipse.jetty.server.Server small;
    private static Schema schema;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        store = new Tdb2Store(Files.createTempDirectory("oai-tdb2"));
        new GraphLoader(SeedGraph.IRIS).load(SeedGraph.records(), store, g -> { });
        // Pages of four: nine papers make pages of 4, 4 and 1 (the one-record page harvesters trip on).
        server = KgServer.builder(store.datasetGraph()).port(0).oaiPageSize(4).build().start();
        schema = schema(SharedFixtures.root().resolve("oai-pmh/schemas"));
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    private static Schema schema(Path dir) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        org.w3c.dom.ls.DOMImplementationLS ls = (org.w3c.dom.ls.DOMImplementationLS) DocumentBuilderFactory.newInstance()
                .newDocumentBuilder().getDOMImplementation();
        factory.setResourceResolver((type, ns, publicId, systemId, baseUri) -> {
            String file = systemId.endsWith("simpledc20021212.xsd") ? dir.resolve("simpledc20021212.xsd").toString()
                    : systemId.endsWith("oai_dc.xsd") ? dir.resolve("oai_dc.xsd").toString()
                    : systemId.endsWith("xml.xsd") ? "src/test/resources/web/oai/xml.xsd" : null;
            if (file == null) {
                throw new IllegalStateException("schema import not mapped to a local file: " + systemId);
            }
            LSInput input = ls.createLSInput();
            input.setSystemId(Path.of(file).toUri().toString());
            return input;
        });
        return factory.newSchema(new StreamSource[] {
            new StreamSource(dir.resolve("OAI-PMH.xsd").toFile()), new StreamSource(dir.resolve("oai_dc.xsd").toFile())});
    }

    private static byte[] get(String query) throws Exception {
        HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port()
                + "/oai?" + query)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/xml");
        return r.body();
    }

    private static Document valid(byte[] xml) throws Exception {
        Validator v = schema.newValidator();
        v.validate(new StreamSource(new ByteArrayInputStream(xml)));
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static List<String> texts(Document d, String ns, String name) {
        NodeList nodes = d.getElementsByTagNameNS(ns, name);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "verb=Identify | ",
        "verb=ListMetadataFormats | ",
        "verb=ListMetadataFormats&identifier=oai:localhost:paper/ma-2024-canonicalization-perspective | ",
        "verb=ListSets | ",
        "verb=ListIdentifiers&metadataPrefix=oai_dc | ",
        "verb=ListRecords&metadataPrefix=oai_dc&set=group:jegelka | ",
        "verb=ListRecords&metadataPrefix=oai_dc&from=2000-01-01&until=2100-01-01 | ",
        "verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:localhost:paper/ma-2024-canonicalization-perspective | ",
        "verb=Nonsense | badVerb",
        " | badVerb",
        "verb=Identify&verb=Identify | badVerb",
        "verb=ListRecords | badArgument",
        "verb=Identify&extra=1 | badArgument",
        "verb=ListRecords&metadataPrefix=oai_dc&from=yesterday | badArgument",
        "verb=ListRecords&metadataPrefix=oai_dc&from=2024-01-01&until=2024-01-01T00:00:00Z | badArgument",
        "verb=ListRecords&metadataPrefix=oai_dc&from=2025-01-01&until=2024-01-01 | badArgument",
        "verb=ListRecords&resumptionToken=abc&metadataPrefix=oai_dc | badArgument",
        "verb=ListRecords&resumptionToken=not-a-token | badResumptionToken",
        "verb=ListRecords&metadataPrefix=marc21 | cannotDisseminateFormat",
        "verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:localhost:paper/nope | idDoesNotExist",
        "verb=GetRecord&metadataPrefix=oai_dc&identifier=../../etc/passwd | idDoesNotExist",
        "verb=ListRecords&metadataPrefix=oai_dc&from=2090-01-01 | noRecordsMatch",
        "verb=ListIdentifiers&metadataPrefix=oai_dc&set=group:nobody | noRecordsMatch"})
    void everyAnswerValidates(String query, String error) throws Exception {
        Document d = valid(get(query == null ? "" : query));
        List<String> codes = new ArrayList<>();
        NodeList errors = d.getElementsByTagNameNS(OAI, "error");
        for (int i = 0; i < errors.getLength(); i++) {
            codes.add(((Element) errors.item(i)).getAttribute("code"));
        }
        assertThat(codes).isEqualTo(error == null ? List.of() : List.of(error));
    }

    @Test
    void harvestingByTokensGetsEveryPaperOnceWithCursorsAndSizes() throws Exception {
        List<String> identifiers = new ArrayList<>();
        List<Integer> cursors = new ArrayList<>();
        String query = "verb=ListRecords&metadataPrefix=oai_dc";
        int pages = 0;
        while (query != null) {
            Document d = valid(get(query));
            pages++;
            identifiers.addAll(texts(d, OAI, "identifier"));
            NodeList tokens = d.getElementsByTagNameNS(OAI, "resumptionToken");
            query = null;
            if (tokens.getLength() == 1) {
                Element token = (Element) tokens.item(0);
                assertThat(token.getAttribute("completeListSize")).isEqualTo("9");
                cursors.add(Integer.valueOf(token.getAttribute("cursor")));
                if (!token.getTextContent().isEmpty()) {
                    query = "verb=ListRecords&resumptionToken=" + token.getTextContent();
                }
            }
        }
        assertThat(pages).isEqualTo(3);
        assertThat(cursors).containsExactly(0, 4, 8);
        assertThat(identifiers).hasSize(9).doesNotHaveDuplicates();
    }

    @Test
    void creatorsComeInAuthorOrder() throws Exception {
        Document d = valid(get("verb=GetRecord&metadataPrefix=oai_dc"
                + "&identifier=oai:localhost:paper/ma-2024-canonicalization-perspective"));
        assertThat(texts(d, "http://purl.org/dc/elements/1.1/", "creator"))
                .containsExactly("G. Ma", "Y. Wang", "D. Lim", "S. Jegelka", "Y. Wang");
        assertThat(texts(d, "http://purl.org/dc/elements/1.1/", "title"))
                .containsExactly("A Canonicalization Perspective on Invariant and Equivariant Learning");
    }

    @Test
    void aFormPostIsAnsweredLikeAGet() throws Exception {
        HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/oai"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("verb=ListSets")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(texts(valid(r.body()), OAI, "setSpec")).containsExactly("group:jegelka");
    }
}
