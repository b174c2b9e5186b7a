package org.scholarkg.source.oaipmh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.scholarkg.KgInputException;
import org.scholarkg.SeedGraph;
import org.scholarkg.SharedFixtures;
import org.scholarkg.record.AuthorRef;
import org.scholarkg.record.PaperRecord;
import org.scholarkg.record.RecordSet;
import org.scholarkg.store.GraphLoader;
import org.scholarkg.store.Tdb2Store;
import org.scholarkg.web.KgServer;

/**
 * {@code harvest} against real repository answers served by a local HTTP server (the DSpace responses and
 * Sickle's resumption-token chain of {@code ../shared/fixtures/oai-pmh}), and against ScholarKG's own
 * {@code /oai}: every paper comes back with its authors in order.
 */
@Tag(SharedFixtures.TAG)
class OaiHarvesterTest {

    private HttpServer http;
    private final List<String> requests = new ArrayList<>();

    private URI serve(Map<String, Path> byQuery, Path fallback) throws IOException {
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/oai", exchange -> {
            String query = exchange.getRequestURI().getRawQuery();
            requests.add(query);
            Path file = byQuery.entrySet().stream().filter(e -> query != null && query.contains(e.getKey()))
                    .map(Map.Entry::getValue).findFirst().orElse(fallback);
            byte[] body = Files.readAllBytes(file);
            exchange.getResponseHeaders().add("Content-Type", "text/xml; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        http.start();
        return URI.create("http://127.0.0.1:" + http.getAddress().getPort() + "/oai");
    }

    @AfterEach
    void stop() {
        if (http != null) {
            http.stop(0);
        }
    }

    @Test
    void harvestsTheDspaceResponse() throws Exception {
        Path dir = SharedFixtures.root().resolve("oai-pmh/pyoai-erasmus-dspace-2003");
        Path file = dir.resolve("ListRecords_oai_dc_from-2004-01-01.xml");
        URI base = serve(Map.of(), file);
        OaiHarvester.Harvest harvest = new OaiHarvester().harvest(base, null, "2004-01-01", n -> { });
        int direct = new OaiPmhImporter().parse(Files.newInputStream(file), "direct").papers().size();
        assertThat(harvest.records().papers()).hasSize(direct).hasSizeGreaterThan(70);
        assertThat(harvest.pages()).isEqualTo(1);
        assertThat(requests).containsExactly("verb=ListRecords&metadataPrefix=oai_dc&from=2004-01-01");
    }

    @Test
    void followsTheTokenChainAndSaysWhereItBroke() throws Exception {
        Path dir = SharedFixtures.root().resolve("oai-pmh/sickle-fixtures");
        URI base = serve(Map.of("resumptionToken=ListRecords2.xml", dir.resolve("ListRecords2.xml"),
                "resumptionToken=ListRecords3.xml", dir.resolve("ListRecords3.xml"),
                "resumptionToken=ListRecords4.xml", dir.resolve("badResumptionToken.xml")), dir.resolve("ListRecords.xml"));
        KgInputException e = catchThrowableOfType(KgInputException.class,
                () -> new OaiHarvester().harvest(base, null, null, n -> { }));
        assertThat(requests).hasSize(4);
        assertThat(requests.get(3)).isEqualTo("verb=ListRecords&resumptionToken=ListRecords4.xml");
        assertThat(e.getMessage()).contains("badResumptionToken").contains("resumptionToken=ListRecords4.xml");
    }

    @Test
    void harvestingScholarKgsOwnOaiGetsEveryPaperWithAuthorsInOrder() throws Exception {
        Path dir = Files.createTempDirectory("harvest");
        RecordSet seed = SeedGraph.records();
        try (Tdb2Store store = new Tdb2Store(dir.resolve("source"))) {
            new GraphLoader(SeedGraph.IRIS).load(seed, store, g -> { });
            KgServer server = KgServer.builder(store.datasetGraph()).port(0).oaiPageSize(4).build().start();
            try {
                OaiHarvester.Harvest harvest = new OaiHarvester().harvest(
                        URI.create("http://localhost:" + server.port() + "/oai"), "group:jegelka", null, n -> { });
                assertThat(harvest.pages()).isEqualTo(3);
                Map<String, List<String>> harvested = new TreeMap<>();
                for (PaperRecord p : harvest.records().papers()) {
                    harvested.put(p.title(), p.authors().stream().map(AuthorRef::printedName).toList());
                }
                Map<String, List<String>> original = new TreeMap<>();
                for (PaperRecord p : seed.files().get(0).papers()) {
                    original.put(p.title(), p.authors().stream().map(AuthorRef::printedName).toList());
                }
                assertThat(harvested).isEqualTo(original);
            } finally {
                server.stop();
            }
        }
    }
}
