package org.scholarkg.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.scholarkg.KgException;

/**
 * The first request of each of several different pages, one after the other, as a crawler or a reader
 * following links meets them: none is in the server's document cache yet, so each is made for its request.
 */
final class FirstRequests {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** What the requests took. */
    record Result(Latencies latencies, long errors, double seconds) {
    }

    /** Requests each URL once, in order; answers other than 2xx count as errors. */
    Result run(List<String> urls) {
        Latencies latencies = new Latencies();
        long errors = 0;
        long start = System.nanoTime();
        for (String url : urls) {
            long t = System.nanoTime();
            try {
                HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
                if (r.statusCode() / 100 != 2) {
                    errors++;
                }
            } catch (IOException e) {
                errors++;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new KgException("interrupted", e);
            }
            latencies.add(System.nanoTime() - t);
        }
        return new Result(latencies, errors, WorkFolders.secondsSince(start));
    }
}
