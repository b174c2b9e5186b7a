package org.scholarkg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.rdfconnection.RDFConnection;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.scholarkg.bench.SyntheticRecords;
import org.scholarkg.rdf.Iris;
import org.scholarkg.record.RecordFile;
import org.scholarkg.record.RecordSet;
import org.scholarkg.store.GraphLoader;
import org.scholarkg.store.Tdb2Store;

/**
 * A bounded load on loopback against a store of synthetic papers (100,000 by default; the system property
 * {@code scholarkg.loadtest.papers} changes it): SPARQL queries, person and paper pages and OAI-PMH lists
 * from {@value #CLIENTS} clients for {@value #SECONDS} seconds, with one pathological query a second. No
 * 5xx but the stopped pathological queries, page p99 under ten times its unloaded value, heap under its
 * maximum. Tagged {@code load}: the {@code load-test} profile runs it, which {@code .ci/run} does after the
 * main run.
 */
@Tag("load")
class LoadTest {

    static final int CLIENTS = 4;
    static final int SECONDS = 30;
    private static final String PATHOLOGICAL = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void theServiceHoldsUpUnderAMixedLoadWithPathologicalQueries() throws Exception {
        int papers = Integer.getInteger("scholarkg.loadtest.papers", 100_000);
        Iris iris = new Iris(Iris.DEFAULT_BASE);
        try (Tdb2Store store = new Tdb2Store(Files.createTempDirectory("load-tdb2"))) {
            List<RecordFile> files = new ArrayList<>();
            new SyntheticRecords(papers, 7).forEachFile(files::add);
            new GraphLoader(iris).load(new RecordSet(files), store, g -> { });
            List<String> people = sample(store, "SELECT ?x { ?x a <http://schema.org/Person> FILTER(!CONTAINS(STR(?x), \"#\")) } LIMIT 200");
            List<String> paperIris = sample(store, "SELECT ?x { ?x a <http://schema.org/ScholarlyArticle> } LIMIT 200");
            assertThat(people).hasSizeGreaterThan(50);
            KgServer server = KgServer.builder(store.datasetGraph()).port(0).queryTimeout(Duration.ofSeconds(2))
                    .build().start();
            try {
                String base = "http://localhost:" + server.port();
                List<String> pages = new ArrayList<>();
                people.forEach(p -> pages.add(base + "/doc/" + p.substring(iris.base().length() + 3) + ".html"));
                paperIris.forEach(p -> pages.add(base + "/doc/" + p.substring(iris.base().length() + 3) + ".html"));
                List<Long> unloaded = new ArrayList<>();
                for (int i = 0; i < 60; i++) {
                    unloaded.add(time(pages.get(i % pages.size())).millis());
                }
                long unloadedP99 = percentile(unloaded, 99);

                List<String> others = new ArrayList<>();
                // Queries a client asks of a page's worth of data; whole-graph aggregates are the pathological side.
                for (String q : List.of("SELECT ?t { ?p <http://schema.org/name> ?t } LIMIT 20",
                        "SELECT ?paper ?pos { ?a <https://w3id.org/scholarkg/ns#person> <" + people.get(1) + "> ; "
                                + "<https://w3id.org/scholarkg/ns#position> ?pos . ?paper <https://w3id.org/scholarkg/ns#authorship> ?a }")) {
                    others.add(base + "/kg/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
                }
                others.add(base + "/oai?verb=ListIdentifiers&metadataPrefix=oai_dc");
                ConcurrentLinkedQueue<Long> pageTimes = new ConcurrentLinkedQueue<>();
                ConcurrentHashMap<String, AtomicInteger> serverErrors = new ConcurrentHashMap<>();
                AtomicInteger requests = new AtomicInteger();
                long end = System.nanoTime() + Duration.ofSeconds(SECONDS).toNanos();
                ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 1);
                for (int c = 0; c < CLIENTS; c++) {
                    int client = c;
                    pool.submit(() -> {
                        int i = client;
                        while (System.nanoTime() < end) {
                            // Three pages, then a query or an OAI-PMH list, in turn.
                            String url = i % 4 == 3 ? others.get(i / 4 % others.size()) : pages.get(i * 7 % pages.size());
                            i++;
                            Timed t = time(url);
                            requests.incrementAndGet();
                            if (t.status() >= 500) {
                                serverErrors.computeIfAbsent(t.status() + " " + url, k -> new AtomicInteger()).incrementAndGet();
                            }
                            if (url.contains("/doc/")) {
                                pageTimes.add(t.millis());
                            }
                        }
                        return null;
                    });
                }
                AtomicInteger stopped = new AtomicInteger();
                pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        long start = System.nanoTime();
                        Timed t = time(base + "/kg/sparql?query=" + URLEncoder.encode(PATHOLOGICAL, StandardCharsets.UTF_8));
                        if (t.status() == 503) {
                            stopped.incrementAndGet();
                        } else if (t.status() >= 500) {
                            serverErrors.computeIfAbsent(t.status() + " pathological", k -> new AtomicInteger()).incrementAndGet();
                        }
                        Thread.sleep(Math.max(0, 1000 - (System.nanoTime() - start) / 1_000_000));
                    }
                    return null;
                });
                pool.shutdown();
                assertThat(pool.awaitTermination(SECONDS + 60, TimeUnit.SECONDS)).isTrue();
                long loadedP99 = percentile(new ArrayList<>(pageTimes), 99);
                long heapUsed = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                long heapMax = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
                assertThat(requests.get() - pageTimes.size()).as("queries and OAI-PMH lists in the mix").isGreaterThan(0);
                System.out.printf("LOAD papers=%d requests=%d pages=%d unloaded_p99_ms=%d loaded_p99_ms=%d stopped=%d "
                        + "heap_used_mib=%d heap_max_mib=%d%n", papers, requests.get(), pageTimes.size(), unloadedP99,
                        loadedP99, stopped.get(), heapUsed >> 20, heapMax >> 20);
                assertThat(serverErrors).as("5xx answers other than stopped pathological queries").isEmpty();
                assertThat(stopped.get()).isGreaterThan(0);
                assertThat(loadedP99).isLessThanOrEqualTo(Math.max(10 * unloadedP99, 50));
                assertThat(heapUsed).isLessThan(heapMax);
            } finally {
                server.stop();
            }
        }
    }

    private record Timed(int status, long millis) {
    }

    private Timed time(String url) {
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Timed(r.statusCode(), (System.nanoTime() - start) / 1_000_000);
        } catch (Exception e) {
            return new Timed(599, (System.nanoTime() - start) / 1_000_000);
        }
    }

    private static List<String> sample(Tdb2Store store, String query) {
        List<String> out = new ArrayList<>();
        try (RDFConnection conn = store.connect()) {
            conn.querySelect(query, r -> out.add(r.getResource("x").getURI()));
        }
        return out;
    }

    private static long percentile(List<Long> values, int p) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
