package org.scholarkg.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholarkg.KgException;

/**
 * HTML pages ({@code /doc/person/...} and {@code /doc/paper/...}) three ways: under a bounded concurrent load
 * from Debian's {@code wrk} on loopback against a server that keeps no documents (every page made for its
 * request), the first request of {@value #FIRST_PAGES} other pages of the kind one after the other (each a
 * cache miss), and under the same {@code wrk} load against the server that keeps documents per store version
 * (after the first request, a lookup). Each gives requests per second, p50 and p99 latency, and errors
 * (socket errors and answers other than 2xx or 3xx).
 */
public final class PageBenchmark {

    /** The benchmark's name in result lines. */
    public static final String NAME = "pages";
    /** The load generator's command. */
    public static final String WRK = "wrk";
    /** How many different pages of each kind are requested once. */
    public static final int FIRST_PAGES = 20;

    private static final int THREADS = 2;
    private static final int CONNECTIONS = 8;
    private static final int SECONDS = 10;
    /** Long enough that a slow page is measured, not dropped as a timeout (wrk's default is 2 s). */
    private static final int TIMEOUT_SECONDS = 30;
    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
    private static final Pattern SOCKET = Pattern.compile(
            "Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    /**
     * Measures a typical member's page and a paper's page (the same ones as before there was a cache), and
     * the first requests of other members' and papers' pages.
     *
     * @param baseUrl the server that keeps documents, e.g. {@code http://localhost:41234}
     * @param uncachedBaseUrl a server of the same store that keeps none
     * @param endpoint its SPARQL endpoint, where the pages' resources are picked
     */
    public List<BenchFigure> run(String baseUrl, String uncachedBaseUrl, String endpoint, long size) {
        QueryMix.Subjects subjects = QueryMix.Subjects.pick(new SparqlClient(endpoint), FIRST_PAGES + 1);
        List<BenchFigure> figures = new ArrayList<>();
        // Typical members' pages; a head's page lists hundreds of papers and is measured apart in the write-up.
        for (List<String> iris : List.of(subjects.members(), subjects.papers())) {
            String kind = kind(iris.get(0));
            String loaded = docPath(iris.get(0));
            figures.add(wrkFigure(size, kind, "uncached", wrk(uncachedBaseUrl + loaded)));
            List<String> others = iris.subList(1, iris.size()).stream().map(iri -> baseUrl + docPath(iri)).toList();
            FirstRequests.Result first = new FirstRequests().run(others);
            figures.add(BenchFigure.of(NAME, size)
                    .with("page", kind)
                    .with("mode", "first")
                    .with("requests_per_s", first.latencies().count() / first.seconds())
                    .with("requests", first.latencies().count())
                    .with("p50_ms", first.latencies().percentile(50))
                    .with("p99_ms", first.latencies().percentile(99))
                    .with("errors", first.errors())
                    .with("connections", 1)
                    .with("duration_s", first.seconds()));
            figures.add(wrkFigure(size, kind, "cached", wrk(baseUrl + loaded)));
        }
        return figures;
    }

    private static String kind(String iri) {
        String path = iri.substring(iri.indexOf("/id/") + "/id/".length());
        return path.substring(0, path.indexOf('/'));
    }

    private static String docPath(String iri) {
        return "/doc/" + iri.substring(iri.indexOf("/id/") + "/id/".length()) + ".html";
    }

    private static BenchFigure wrkFigure(long size, String kind, String mode, String report) {
        return BenchFigure.of(NAME, size)
                .with("page", kind)
                .with("mode", mode)
                .with("requests_per_s", Double.parseDouble(group(RATE, report, "0")))
                .with("requests", Long.parseLong(group(REQUESTS, report, "0")))
                .with("p50_ms", latency(report, "50%"))
                .with("p99_ms", latency(report, "99%"))
                .with("errors", errors(report))
                .with("connections", CONNECTIONS)
                .with("duration_s", SECONDS);
    }

    private static String wrk(String url) {
        ProcessBuilder builder = new ProcessBuilder(WRK, "-t" + THREADS, "-c" + CONNECTIONS, "-d" + SECONDS + "s",
                "--timeout", TIMEOUT_SECONDS + "s", "--latency", url).redirectErrorStream(true);
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes());
            if (process.waitFor() != 0) {
                throw new KgException("wrk failed on " + url + ":\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new KgException("cannot run " + WRK + " (Debian package wrk): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KgException("interrupted", e);
        }
    }

    private static long errors(String report) {
        long errors = Long.parseLong(group(NON_2XX, report, "0"));
        Matcher socket = SOCKET.matcher(report);
        if (socket.find()) {
            for (int i = 1; i <= socket.groupCount(); i++) {
                errors += Long.parseLong(socket.group(i));
            }
        }
        return errors;
    }

    /** A latency percentile of wrk's distribution, in milliseconds. */
    private static double latency(String report, String percentile) {
        Matcher m = Pattern.compile("\\s" + Pattern.quote(percentile) + "\\s+([0-9.]+)(us|ms|s)").matcher(report);
        if (!m.find()) {
            return Double.NaN;
        }
        double value = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }

    private static String group(Pattern pattern, String text, String otherwise) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : otherwise;
    }
}
