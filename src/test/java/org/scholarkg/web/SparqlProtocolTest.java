package org.scholarkg.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.atlas.web.ContentType;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.WebContent;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.resultset.ResultsReader;
import org.apache.jena.sparql.resultset.SPARQLResult;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.scholarkg.SharedFixtures;
import org.scholarkg.store.Tdb2Store;

/**
 * The W3C SPARQL 1.1 Protocol tests ({@code ../shared/fixtures/w3c-tests/sparql11-protocol/manifest.ttl})
 * against a {@link KgServer} over a TDB2 store: one dynamic test per manifest entry, named after it, and a
 * last one that accounts for every entry.
 *
 * <h2>Requests and the manifest's expectations</h2>
 * Each entry's {@code ht:Request}s are read from the manifest and sent as written there — method, query
 * string, {@code Content-Type}, the body encoded in its {@code cnt:characterEncoding} — over HTTP/1.1. The
 * manifest's {@code /sparql/} becomes {@code /kg/update}, with the admin's credentials, for the update
 * operations of the entries whose name has "update" in it ({@code update_*}, {@code bad_update_*},
 * {@code bad_multiple_updates}), and {@code /kg/sparql}, without credentials, for everything else,
 * including the {@code application/sparql-query} ASKs with which update entries look at the result. Each
 * response must have a status in an {@code mf:expectedStatus} class. A 4xx must not be 401 or 403: the
 * credentials are sent, so those would say who sent the request, not what was wrong with it. With an
 * {@code mf:expectedFormat} the response's media type must fit the format ({@code boolean}: SPARQL results
 * XML or JSON; {@code tabular}: those or CSV, TSV; {@code RDF}: RDF/XML, Turtle or N-Triples — the manifest
 * also allows RDFa, which Jena cannot read back, and Fuseki does not write) and Jena must parse it; an
 * {@code mf:expectedBoolean} must be the answer.
 *
 * <h2>Data</h2>
 * Before each entry the store is emptied and filled with {@code web/protocol/sentinel.trig} and the entry's
 * {@code ut:graphData}, each file in the named graph its {@code rdfs:label} names. The server's default
 * graph is the union of the named graphs (TDB2's own default graph is hidden), so the data is also in what
 * the manifest calls the default graph, and {@code default-graph-uri}, {@code named-graph-uri} and the
 * {@code using-*} parameters select named graphs.
 *
 * <h2>Checks beyond the manifest</h2>
 * The union default graph holds every graph, so a server that ignored the dataset parameters would still
 * pass several of the manifest's ASKs; and several entries state only a status or a format. So:
 * <ul>
 *   <li>the dataset query entries send the manifest's query again with a protocol dataset that leaves out a
 *       graph the query needs (or, for {@code query_multiple_dataset}, without one), which must answer false;
 *   <li>{@code query_get}, {@code query_post_form}, {@code query_post_direct}: the same way of asking finds
 *       data in the union default graph, and none with {@code default-graph-uri} set to the absent
 *       {@code data0.rdf};
 *   <li>the content-type entries: the ASK is true; the SELECT's one row binds {@code ?value} to 1; the
 *       CONSTRUCT's one triple has the query's relative IRIs resolved to absolute ones; the DESCRIBE of
 *       {@code <http://example.org/>} is empty over {@code data0.rdf} but not over the sentinel graph that
 *       describes it;
 *   <li>update entries: the whole store afterwards equals {@code web/protocol/expected/<entry>.trig}; for
 *       {@code update_base_uri}, the other graphs are unchanged and the object written as {@code <test>} is
 *       an absolute IRI ending in "test";
 *   <li>bad update entries: the store is unchanged, so a refused update did not half-run.
 * </ul>
 *
 * <h2>Entries that do not apply</h2>
 * None: {@link #NOT_APPLICABLE} is empty. No entry needs a service description or a particular dataset
 * beyond its {@code ut:graphData}; the entries about "the default graph" work with the union default graph,
 * because the data loaded into named graphs appears in it and the protocol parameters pick named graphs;
 * the behaviours the entries test (dataset parameters, {@code using-*} parameters, refusing a protocol
 * dataset together with {@code USING}/{@code WITH}, refusing non-UTF-8 bodies) are all required of a
 * service that offers those operations. An entry added to the map must say why it does not apply.
 *
 * <h2>Known failure</h2>
 * {@code bad_update_dataset_conflict} fails against Fuseki 5.6.0 over TDB2: the server detects the
 * conflict between {@code using-named-graph-uri} and {@code WITH} and changes nothing, but answers 500
 * instead of a 4xx (over a transactional dataset, {@code SPARQL_Update} parses while it executes and reports
 * the parser's {@code UpdateException} as a server error). The test is right and stays failing until the
 * server answers 400.
 */
@Tag(SharedFixtures.TAG)
class SparqlProtocolTest {

    /** Manifest entries not run, by local name, each with the reason; see the class comment. */
    static final Map<String, String> NOT_APPLICABLE = Map.of();

    private static final String MF = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    private static final String HT = "http://www.w3.org/2011/http#";
    private static final String CNT = "http://www.w3.org/2011/content#";
    private static final String UT = "http://www.w3.org/2009/sparql/tests/test-update#";
    private static final String DATA = "http://kasei.us/2009/09/sparql/data/";
    private static final String SENTINEL = "http://example/sentinel";

    private static final String QUERY = KgServer.DATASET + "/sparql";
    private static final String UPDATE = KgServer.DATASET + "/update";
    private static final String PASSWORD = "secret";
    private static final String AUTHORIZATION = "Basic " + Base64.getEncoder()
            .encodeToString((KgServer.ADMIN_USER + ":" + PASSWORD).getBytes(UTF_8));

    private static final Map<String, Lang> RESULT_TYPES = Map.of(
            WebContent.contentTypeResultsJSON, ResultSetLang.RS_JSON,
            WebContent.contentTypeResultsXML, ResultSetLang.RS_XML,
            WebContent.contentTypeTextCSV, ResultSetLang.RS_CSV,
            WebContent.contentTypeTextTSV, ResultSetLang.RS_TSV);
    private static final Map<String, Lang> RDF_TYPES = Map.of(
            WebContent.contentTypeRDFXML, Lang.RDFXML,
            WebContent.contentTypeTurtle, Lang.TURTLE,
            WebContent.contentTypeNTriples, Lang.NTRIPLES);
    private static final Map<String, Set<String>> FORMATS = Map.of(
            "boolean", Set.of(WebContent.contentTypeResultsJSON, WebContent.contentTypeResultsXML),
            "tabular", RESULT_TYPES.keySet(),
            "RDF", RDF_TYPES.keySet());
    private static final Pattern STATUS_CLASS = Pattern.compile("StatusCode(\\d)xx$");

    /** What an entry checks after the manifest's own expectations hold; see the class comment. */
    private static final Map<String, Check> CHECKS = Map.ofEntries(
            entry("query_post_form", (e, a) -> assertDefaultGraphUriSelects(Via.FORM)),
            entry("query_get", (e, a) -> assertDefaultGraphUriSelects(Via.GET)),
            entry("query_post_direct", (e, a) -> assertDefaultGraphUriSelects(Via.DIRECT)),
            entry("query_dataset_default_graphs_get", (e, a) -> assertFalseWith(e, Via.GET,
                    "default-graph-uri", DATA + "data1.rdf")),
            entry("query_dataset_default_graphs_post", (e, a) -> assertFalseWith(e, Via.DIRECT,
                    "default-graph-uri", DATA + "data1.rdf")),
            entry("query_dataset_named_graphs_post", (e, a) -> assertFalseWith(e, Via.DIRECT,
                    "named-graph-uri", DATA + "data1.rdf")),
            entry("query_dataset_named_graphs_get", (e, a) -> assertFalseWith(e, Via.GET,
                    "named-graph-uri", DATA + "data1.rdf")),
            entry("query_dataset_full", (e, a) -> assertFalseWith(e, Via.DIRECT,
                    "default-graph-uri", DATA + "data1.rdf",
                    "named-graph-uri", DATA + "data1.rdf", "named-graph-uri", DATA + "data2.rdf")),
            // Without the protocol's named graphs the query's FROM gives a dataset with none.
            entry("query_multiple_dataset", (e, a) -> assertFalseWith(e, Via.DIRECT)),
            entry("query_content_type_ask", (e, a) -> assertThat(booleanOf(a.get(0))).as(a.get(0).what())
                    .isTrue()),
            entry("query_content_type_select", (e, a) -> assertSelectsOne(a.get(0))),
            entry("query_content_type_construct", (e, a) -> assertConstructed(a.get(0))),
            entry("query_content_type_describe", SparqlProtocolTest::assertDescribed),
            entry("update_dataset_default_graph", (e, a) -> assertStoreIsExpected(e)),
            entry("update_dataset_default_graphs", (e, a) -> assertStoreIsExpected(e)),
            entry("update_dataset_named_graphs", (e, a) -> assertStoreIsExpected(e)),
            entry("update_dataset_full", (e, a) -> assertStoreIsExpected(e)),
            entry("update_post_form", (e, a) -> assertStoreIsExpected(e)),
            entry("update_post_direct", (e, a) -> assertStoreIsExpected(e)),
            entry("update_base_uri", (e, a) -> assertBaseResolved()),
            entry("bad_update_get", (e, a) -> assertStoreUnchanged()),
            entry("bad_multiple_updates", (e, a) -> assertStoreUnchanged()),
            entry("bad_update_wrong_media_type", (e, a) -> assertStoreUnchanged()),
            entry("bad_update_missing_form_type", (e, a) -> assertStoreUnchanged()),
            entry("bad_update_non_utf8", (e, a) -> assertStoreUnchanged()),
            entry("bad_update_syntax", (e, a) -> assertStoreUnchanged()),
            entry("bad_update_dataset_conflict", (e, a) -> assertStoreUnchanged()));

    @TempDir
    static Path dir;
    private static Tdb2Store store;
    private static KgServer server;
    private static HttpClient http;
    private static final Set<String> ran = new LinkedHashSet<>();
    /** The store as the running entry found it. */
    private static Map<String, Graph> initial;

    @BeforeAll
    static void start() {
        store = new Tdb2Store(dir.resolve("tdb2"));
        server = KgServer.builder(store.datasetGraph()).port(0).adminPassword(PASSWORD).build().start();
        http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
        if (store != null) {
            store.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> protocolManifest() {
        List<Entry> entries = readManifest();
        Stream<DynamicTest> tests = entries.stream()
                .filter(e -> !NOT_APPLICABLE.containsKey(e.name()))
                .map(e -> dynamicTest(e.name() + " (" + e.title() + ")", () -> run(e)));
        // Last in the stream, so it runs after every entry above.
        DynamicTest coverage = dynamicTest("every manifest entry ran or does not apply", () -> {
            List<String> names = entries.stream().map(Entry::name).toList();
            assertThat(names).as("mf:entries").isNotEmpty().doesNotHaveDuplicates();
            assertThat(NOT_APPLICABLE.values()).as("reasons for not applying").allMatch(r -> !r.isBlank());
            Set<String> both = new LinkedHashSet<>(ran);
            both.retainAll(NOT_APPLICABLE.keySet());
            assertThat(both).as("entries both run and not applicable").isEmpty();
            Set<String> accounted = new LinkedHashSet<>(ran);
            accounted.addAll(NOT_APPLICABLE.keySet());
            assertThat(accounted).as("entries run or not applicable").isEqualTo(Set.copyOf(names));
            assertThat(CHECKS.keySet()).as("checks of entries that did not run").isSubsetOf(ran);
        });
        return Stream.concat(tests, Stream.of(coverage));
    }

    private static void run(Entry entry) throws Exception {
        ran.add(entry.name());
        resetStore(entry.graphData());
        initial = snapshot();
        List<Answer> answers = new ArrayList<>();
        AssertionError failure = null;
        for (Request request : entry.requests()) {
            Answer answer = send(entry.name(), request);
            answers.add(answer);
            try {
                assertAsManifestSays(request, answer);
            } catch (AssertionError e) {
                // Later requests of the entry build on this one, so they are not sent.
                failure = e;
                break;
            }
        }
        Check check = CHECKS.get(entry.name());
        if (check != null && answers.size() == entry.requests().size()) {
            // Run even after a wrong status, so that the report also says what the request did to the store.
            try {
                check.check(entry, answers);
            } catch (AssertionError e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            // Surefire names dynamic tests by index only.
            AssertionError named = new AssertionError(entry.name() + ": " + failure.getMessage(), failure.getCause());
            named.setStackTrace(failure.getStackTrace());
            for (Throwable suppressed : failure.getSuppressed()) {
                named.addSuppressed(suppressed);
            }
            throw named;
        }
    }

    // ---- the manifest

    private record Entry(String name, String title, List<GraphData> graphData, List<Request> requests) {
    }

    private record GraphData(String graph, Path file) {
    }

    /** One ht:Request and its ht:resp; header names are lower case. */
    private record Request(String method, String path, Map<String, String> headers, byte[] body,
            Set<Integer> statusClasses, String format, Boolean expectedBoolean) {

        String contentType() {
            return headers.get("content-type");
        }
    }

    private static List<Entry> readManifest() {
        Path folder = SharedFixtures.root().resolve("w3c-tests").resolve("sparql11-protocol");
        Model model = RDFDataMgr.loadModel(folder.resolve("manifest.ttl").toString());
        List<Resource> manifests = model.listSubjectsWithProperty(RDF.type, model.createResource(MF + "Manifest"))
                .toList();
        assertThat(manifests).as("mf:Manifest resources").hasSize(1);
        return manifests.get(0).getPropertyResourceValue(p(MF, "entries")).as(RDFList.class).asJavaList()
                .stream().map(n -> readEntry(n.asResource(), folder)).toList();
    }

    private static Entry readEntry(Resource entry, Path folder) {
        String iri = entry.getURI();
        List<GraphData> graphData = entry.listProperties(p(UT, "graphData")).toList().stream()
                .map(Statement::getResource)
                .map(d -> new GraphData(d.getRequiredProperty(RDFS.label).getString(),
                        folder.resolve(fileName(d.getPropertyResourceValue(p(UT, "graph")).getURI()))))
                .toList();
        List<Request> requests = entry.getPropertyResourceValue(p(MF, "action"))
                .getPropertyResourceValue(p(HT, "requests")).as(RDFList.class).asJavaList().stream()
                .map(RDFNode::asResource).map(SparqlProtocolTest::readRequest).toList();
        return new Entry(iri.substring(iri.indexOf('#') + 1), entry.getRequiredProperty(p(MF, "name")).getString(),
                graphData, requests);
    }

    private static Request readRequest(Resource request) {
        Map<String, String> headers = new LinkedHashMap<>();
        Resource headerList = request.getPropertyResourceValue(p(HT, "headers"));
        if (headerList != null) {
            for (RDFNode header : headerList.as(RDFList.class).asJavaList()) {
                Resource h = header.asResource();
                headers.put(h.getRequiredProperty(p(HT, "fieldName")).getString().toLowerCase(),
                        h.getRequiredProperty(p(HT, "fieldValue")).getString());
            }
        }
        byte[] body = null;
        Resource content = request.getPropertyResourceValue(p(HT, "body"));
        if (content != null) {
            Statement encoding = content.getProperty(p(CNT, "characterEncoding"));
            Charset charset = Charset.forName(encoding == null ? "UTF-8" : encoding.getString());
            body = content.getRequiredProperty(p(CNT, "chars")).getString().getBytes(charset);
        }
        Resource resp = request.getPropertyResourceValue(p(HT, "resp"));
        Set<Integer> classes = resp.listProperties(p(MF, "expectedStatus")).toList().stream()
                .map(s -> {
                    Matcher m = STATUS_CLASS.matcher(s.getResource().getURI());
                    assertThat(m.find()).as("status class %s", s.getResource()).isTrue();
                    return Integer.parseInt(m.group(1));
                })
                .collect(Collectors.toSet());
        assertThat(classes).as("mf:expectedStatus of %s", request).isNotEmpty();
        Statement format = resp.getProperty(p(MF, "expectedFormat"));
        Statement bool = resp.getProperty(p(MF, "expectedBoolean"));
        return new Request(request.getRequiredProperty(p(HT, "methodName")).getString(),
                request.getRequiredProperty(p(HT, "absolutePath")).getString(), headers, body, classes,
                format == null ? null : format.getString(), bool == null ? null : bool.getBoolean());
    }

    private static Property p(String ns, String local) {
        return ResourceFactory.createProperty(ns + local);
    }

    private static String fileName(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    /** The query of a manifest request: the body of a direct POST, else the {@code query} parameter. */
    private static String queryOf(Request request) {
        String type = request.contentType();
        if (type != null && type.startsWith(WebContent.contentTypeSPARQLQuery)) {
            return new String(request.body(), UTF_8);
        }
        String path = request.path();
        String params = path.contains("?") ? path.substring(path.indexOf('?') + 1) : "";
        for (String param : params.split("&")) {
            if (param.startsWith("query=")) {
                return URLDecoder.decode(param.substring("query=".length()), UTF_8);
            }
        }
        return fail("no query in %s", path);
    }

    // ---- HTTP

    /** A response, with what was asked for messages; the media type is lower case, without parameters. */
    private record Answer(String what, int status, String mediaType, byte[] body) {

        String text() {
            String text = new String(body, UTF_8);
            return text.length() > 2000 ? text.substring(0, 2000) + "..." : text;
        }

        String describe() {
            return what + " -> " + status + " " + mediaType + "\n" + text();
        }
    }

    private static Answer send(String entry, Request request) throws IOException, InterruptedException {
        String type = request.contentType();
        boolean isQuery = type != null && type.startsWith(WebContent.contentTypeSPARQLQuery);
        String endpoint = entry.contains("update") && !isQuery ? UPDATE : QUERY;
        assertThat(request.path()).as("ht:absolutePath").startsWith("/sparql/");
        String rest = request.path().substring("/sparql/".length());
        return send(request.method(), endpoint, rest, request.headers(), request.body());
    }

    /** Sends to an endpoint; {@code rest} is an encoded query string with its "?", or empty. */
    private static Answer send(String method, String endpoint, String rest, Map<String, String> headers,
            byte[] body) throws IOException, InterruptedException {
        URI uri = URI.create("http://localhost:" + server.port() + endpoint + rest);
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(20))
                .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofByteArray(body));
        headers.forEach(builder::header);
        if (endpoint.equals(UPDATE)) {
            // Preemptive, so that a 4xx is about the request and not a challenge.
            builder.header("Authorization", AUTHORIZATION);
        }
        HttpResponse<byte[]> response = http.send(builder.build(), BodyHandlers.ofByteArray());
        String mediaType = response.headers().firstValue("Content-Type")
                .map(t -> ContentType.create(t).getContentTypeStr().toLowerCase()).orElse(null);
        String what = method + " " + endpoint + rest + " " + headers
                + (body == null ? "" : " body " + new String(body, UTF_8).replace('\0', '.'));
        return new Answer(what, response.statusCode(), mediaType, response.body());
    }

    private static void assertAsManifestSays(Request request, Answer answer) {
        int status = answer.status();
        assertThat(request.statusClasses()).as("status class of %s", answer.describe()).contains(status / 100);
        if (status / 100 == 4) {
            assertThat(status).as("credentials were sent: %s", answer.describe()).isNotIn(401, 403);
        }
        if (request.format() == null) {
            assertThat(request.expectedBoolean()).as("mf:expectedBoolean without mf:expectedFormat").isNull();
            return;
        }
        assertThat(status / 100).as("a result needs a 2xx: %s", answer.describe()).isEqualTo(2);
        assertThat(FORMATS).as("mf:expectedFormat").containsKey(request.format());
        assertThat(answer.mediaType()).as("media type for format %s: %s", request.format(), answer.describe())
                .isIn(FORMATS.get(request.format()));
        switch (request.format()) {
            case "boolean" -> {
                boolean result = booleanOf(answer);
                if (request.expectedBoolean() != null) {
                    assertThat(result).as("answer of %s", answer.describe()).isEqualTo(request.expectedBoolean());
                }
            }
            case "tabular" -> rowsOf(answer);
            case "RDF" -> graphOf(answer);
            default -> fail("format %s", request.format());
        }
    }

    // ---- results

    private static boolean booleanOf(Answer answer) {
        Lang lang = RESULT_TYPES.get(answer.mediaType());
        assertThat(lang).as("a SPARQL results type: %s", answer.describe()).isNotNull();
        SPARQLResult result = ResultsReader.create().lang(lang).build()
                .readAny(new ByteArrayInputStream(answer.body()));
        assertThat(result.isBoolean()).as("a boolean result: %s", answer.describe()).isTrue();
        return result.getBooleanResult();
    }

    private record Rows(List<Var> vars, List<Binding> rows) {
    }

    private static Rows rowsOf(Answer answer) {
        Lang lang = RESULT_TYPES.get(answer.mediaType());
        assertThat(lang).as("a SPARQL results type: %s", answer.describe()).isNotNull();
        RowSet rowSet = ResultsReader.create().lang(lang).build()
                .readRowSet(new ByteArrayInputStream(answer.body()));
        List<Binding> rows = new ArrayList<>();
        rowSet.forEachRemaining(rows::add);
        return new Rows(rowSet.getResultVars(), rows);
    }

    private static Graph graphOf(Answer answer) {
        Lang lang = RDF_TYPES.get(answer.mediaType());
        assertThat(lang).as("an RDF type: %s", answer.describe()).isNotNull();
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(answer.body())).lang(lang)
                .base("http://localhost:" + server.port() + QUERY).parse(graph);
        return graph;
    }

    // ---- requests of our own

    private enum Via { GET, FORM, DIRECT }

    /** Asks a query at the query endpoint the given way, with protocol parameters as name, value pairs. */
    private static Answer query(Via via, String query, String... params) throws Exception {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < params.length; i += 2) {
            pairs.add(params[i] + "=" + URLEncoder.encode(params[i + 1], UTF_8));
        }
        String form = "query=" + URLEncoder.encode(query, UTF_8);
        String rest = pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
        return switch (via) {
            case GET -> send("GET", QUERY, (rest.isEmpty() ? "?" : rest + "&") + form, Map.of(), null);
            case FORM -> send("POST", QUERY, rest, Map.of("Content-Type", WebContent.contentTypeHTMLForm),
                    form.getBytes(UTF_8));
            case DIRECT -> send("POST", QUERY, rest, Map.of("Content-Type", WebContent.contentTypeSPARQLQuery),
                    query.getBytes(UTF_8));
        };
    }

    private static boolean ask(Via via, String query, String... params) throws Exception {
        Answer answer = query(via, query, params);
        assertThat(answer.status()).as(answer.describe()).isEqualTo(200);
        return booleanOf(answer);
    }

    // ---- checks beyond the manifest

    @FunctionalInterface
    private interface Check {
        void check(Entry entry, List<Answer> answers) throws Exception;
    }

    private static void assertDefaultGraphUriSelects(Via via) throws Exception {
        String any = "ASK { ?s ?p ?o }";
        assertThat(ask(via, any)).as("%s %s over the union default graph", via, any).isTrue();
        assertThat(ask(via, any, "default-graph-uri", DATA + "data0.rdf"))
                .as("%s %s with default-graph-uri data0.rdf, a graph the store does not have", via, any).isFalse();
    }

    /** The entry's query, sent with a protocol dataset that lacks a graph it needs, must answer false. */
    private static void assertFalseWith(Entry entry, Via via, String... params) throws Exception {
        String query = queryOf(entry.requests().get(0));
        assertThat(ask(via, query, params))
                .as("%s with only %s (the union default graph has every graph)", query, List.of(params)).isFalse();
    }

    private static void assertSelectsOne(Answer answer) {
        Rows rows = rowsOf(answer);
        assertThat(rows.vars()).as(answer.describe()).containsExactly(Var.alloc("value"));
        assertThat(rows.rows()).as(answer.describe()).hasSize(1);
        Node value = rows.rows().get(0).get(Var.alloc("value"));
        assertThat(value).as(answer.describe()).isNotNull();
        if (answer.mediaType().equals(WebContent.contentTypeTextCSV)) {
            // CSV carries no datatypes.
            assertThat(value.getLiteralLexicalForm()).as(answer.describe()).isEqualTo("1");
        } else {
            assertThat(value).as(answer.describe()).isEqualTo(NodeFactory.createLiteralDT("1", XSDDatatype.XSDinteger));
        }
    }

    /** {@code CONSTRUCT { <s> <p> 1 } WHERE {}}: the service resolves the relative IRIs against its base. */
    private static void assertConstructed(Answer answer) {
        Graph graph = graphOf(answer);
        assertThat(graph.size()).as(answer.describe()).isEqualTo(1);
        Triple triple = graph.find().next();
        assertThat(triple.getSubject().isURI() && triple.getPredicate().isURI()).as(answer.describe()).isTrue();
        String subject = triple.getSubject().getURI();
        assertThat(subject).as(answer.describe()).endsWith("s");
        String base = subject.substring(0, subject.length() - 1);
        assertThat(URI.create(subject).isAbsolute()).as(answer.describe()).isTrue();
        assertThat(triple.getPredicate().getURI()).as(answer.describe()).isEqualTo(base + "p");
        assertThat(triple.getObject()).as(answer.describe())
                .isEqualTo(NodeFactory.createLiteralDT("1", XSDDatatype.XSDinteger));
    }

    private static void assertDescribed(Entry entry, List<Answer> answers) throws Exception {
        Answer overData0 = answers.get(0);
        assertThat(graphOf(overData0).isEmpty()).as("nothing about it in data0.rdf: %s", overData0.describe())
                .isTrue();
        Answer overSentinel = query(Via.DIRECT, queryOf(entry.requests().get(0)), "default-graph-uri", SENTINEL);
        assertThat(overSentinel.status()).as(overSentinel.describe()).isEqualTo(200);
        assertThat(overSentinel.mediaType()).as(overSentinel.describe()).isIn(RDF_TYPES.keySet());
        assertThat(graphOf(overSentinel).contains(NodeFactory.createURI("http://example.org/"),
                NodeFactory.createURI("http://example/label"), NodeFactory.createLiteralString("described outside data0.rdf")))
                .as("the sentinel graph's description: %s", overSentinel.describe()).isTrue();
    }

    private static void assertStoreIsExpected(Entry entry) {
        assertGraphs(snapshot(), contents(load("expected/" + entry.name() + ".trig")), "the store after " + entry.name());
    }

    private static void assertStoreUnchanged() {
        assertGraphs(snapshot(), initial, "the store after a refused update");
    }

    /** {@code <test>} in the update resolves against the service's base, which the protocol leaves to it. */
    private static void assertBaseResolved() {
        Map<String, Graph> now = snapshot();
        String name = "http://example.org/protocol-base-test/";
        Graph written = now.remove(name);
        assertThat(written).as("graph %s", name).isNotNull();
        assertGraphs(now, initial, "the other graphs after update_base_uri");
        assertThat(written.size()).as(nt(written)).isEqualTo(1);
        Node object = written.find().next().getObject();
        assertThat(object.isURI()).as(nt(written)).isTrue();
        assertThat(URI.create(object.getURI()).isAbsolute()).as(nt(written)).isTrue();
        assertThat(object.getURI()).as(nt(written)).endsWith("test").isNotEqualTo("test");
    }

    // ---- the store

    private static void resetStore(List<GraphData> graphData) {
        DatasetGraph sentinel = load("sentinel.trig");
        assertThat(sentinel.getDefaultGraph().isEmpty()).as("sentinel.trig has only named graphs").isTrue();
        DatasetGraph dsg = store.datasetGraph();
        Txn.executeWrite(dsg, () -> {
            dsg.clear();
            sentinel.find().forEachRemaining(dsg::add);
            for (GraphData data : graphData) {
                RDFDataMgr.read(dsg.getGraph(NodeFactory.createURI(data.graph())), data.file().toString());
            }
        });
    }

    private static DatasetGraph load(String resource) {
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        try (InputStream in = SparqlProtocolTest.class.getResourceAsStream("/web/protocol/" + resource)) {
            assertThat(in).as("test resource web/protocol/%s", resource).isNotNull();
            RDFParser.source(in).lang(Lang.TRIG).parse(dsg);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dsg;
    }

    private static Map<String, Graph> snapshot() {
        return contents(store.datasetGraph());
    }

    /**
     * Every non-empty graph by name, copied. The store's own default graph is included: an update that
     * wrote to it would otherwise go unseen, hidden behind the union default graph.
     */
    private static Map<String, Graph> contents(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Map<String, Graph> graphs = new TreeMap<>();
            copyInto(graphs, Quad.defaultGraphIRI.getURI(), dsg.getDefaultGraph());
            dsg.listGraphNodes().forEachRemaining(g -> copyInto(graphs, g.toString(), dsg.getGraph(g)));
            return graphs;
        });
    }

    private static void copyInto(Map<String, Graph> graphs, String name, Graph graph) {
        Graph copy = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(copy::add);
        if (!copy.isEmpty()) {
            graphs.put(name, copy);
        }
    }

    private static void assertGraphs(Map<String, Graph> actual, Map<String, Graph> expected, String what) {
        assertThat(actual.keySet()).as("graphs in %s", what).isEqualTo(expected.keySet());
        for (Map.Entry<String, Graph> e : expected.entrySet()) {
            Graph got = actual.get(e.getKey());
            assertThat(got.isIsomorphicWith(e.getValue()))
                    .as("graph %s in %s:%nexpected%n%s%nactual%n%s", e.getKey(), what, nt(e.getValue()), nt(got))
                    .isTrue();
        }
    }

    private static String nt(Graph graph) {
        return RDFWriter.source(graph).lang(Lang.NTRIPLES).asString().lines().sorted()
                .collect(Collectors.joining("\n"));
    }
}
