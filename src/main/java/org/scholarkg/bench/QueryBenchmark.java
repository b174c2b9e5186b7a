package org.scholarkg.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The fixed {@link QueryMix} sent over HTTP to a SPARQL endpoint, each query a bounded number of times after
 * a warm-up, with p50 and p99 latency. Runs against ScholarKG's {@code /kg/sparql} and against any other
 * store's endpoint (Virtuoso) holding the same data.
 */
public final class QueryBenchmark {

    /** The benchmark's name in result lines. */
    public static final String NAME = "query";
    /** The p50 target for the non-aggregate queries, in milliseconds. */
    public static final double TARGET_P50_MS = 50;

    private static final int WARM_UP_RUNS = 3;
    private static final int MIN_RUNS = 5;
    private static final int MAX_RUNS = 50;
    private static final Duration BUDGET_PER_QUERY = Duration.ofSeconds(20);

    /**
     * Runs the mix.
     *
     * @param endpoint the SPARQL query URL
     * @param store a short name for the result lines, e.g. {@code tdb2} or {@code virtuoso}
     */
    public List<BenchFigure> run(String endpoint, String store, long size) {
        SparqlClient client = new SparqlClient(endpoint);
        QueryMix.Subjects subjects = QueryMix.Subjects.pick(client);
        List<BenchFigure> figures = new ArrayList<>();
        for (QueryMix.Query query : QueryMix.of(subjects)) {
            long warmUpEnd = System.nanoTime() + BUDGET_PER_QUERY.toNanos();
            for (int i = 0; i < WARM_UP_RUNS && (i == 0 || System.nanoTime() < warmUpEnd); i++) {
                client.count(query.text().apply(i));
            }
            Latencies latencies = new Latencies();
            long rows = 0;
            long start0 = System.nanoTime();
            long deadline = start0 + BUDGET_PER_QUERY.toNanos();
            // At least MIN_RUNS while they fit three budgets: an aggregate over a million papers that takes
            // minutes is run once, not five times.
            long hardDeadline = start0 + 3 * BUDGET_PER_QUERY.toNanos();
            for (int i = 0; i < MAX_RUNS && (i == 0 || System.nanoTime() < deadline
                    || i < MIN_RUNS && System.nanoTime() < hardDeadline); i++) {
                String text = query.text().apply(i);
                long start = System.nanoTime();
                rows += client.count(text);
                latencies.add(System.nanoTime() - start);
            }
            double p50 = latencies.percentile(50);
            figures.add(BenchFigure.of(NAME, size)
                    .with("store", store)
                    .with("query", query.name())
                    .with("p50_ms", p50)
                    .with("p99_ms", latencies.percentile(99))
                    .with("runs", latencies.count())
                    .with("mean_rows", (double) rows / latencies.count())
                    .with("target", query.aggregate() ? "none(aggregate)" : p50 < TARGET_P50_MS ? "met" : "missed"));
        }
        return figures;
    }
}
