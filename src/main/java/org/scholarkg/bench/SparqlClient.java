package org.scholarkg.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.scholarkg.KgException;

/**
 * Sends SELECT queries to a SPARQL endpoint over HTTP (POST, form-encoded, CSV results), as any client
 * of the endpoint would: ScholarKG's {@code /kg/sparql} and Virtuoso's {@code /sparql} alike.
 */
final class SparqlClient {

    private static final Duration TIMEOUT = ServedStore.QUERY_TIMEOUT.plusSeconds(30);
    private static final String CSV = "text/csv";

    private final URI endpoint;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    SparqlClient(String endpoint) {
        this.endpoint = URI.create(endpoint);
    }

    String endpoint() {
        return endpoint.toString();
    }

    /** The answer's rows, each a list of cells as CSV gives them (no quoting in the values asked for). */
    List<List<String>> select(String query) {
        String body = send(query);
        List<List<String>> rows = new ArrayList<>();
        String[] lines = body.split("\r?\n");
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].isEmpty()) {
                rows.add(Arrays.stream(lines[i].split(",", -1)).map(SparqlClient::unquote).toList());
            }
        }
        return rows;
    }

    /** A CSV cell without the quotes some stores (Virtuoso) put around every value. */
    private static String unquote(String cell) {
        return cell.length() >= 2 && cell.startsWith("\"") && cell.endsWith("\"")
                ? cell.substring(1, cell.length() - 1).replace("\"\"", "\"") : cell;
    }

    /** Runs a query and returns the number of result rows; the whole answer is read. */
    int count(String query) {
        String body = send(query);
        int rows = -1;
        for (int i = 0; i < body.length(); i++) {
            if (body.charAt(i) == '\n') {
                rows++;
            }
        }
        return Math.max(rows, 0);
    }

    private String send(String query) {
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", CSV)
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new KgException(endpoint + " answered " + response.statusCode() + " to " + query + ": "
                        + response.body().lines().limit(5).toList());
            }
            return response.body();
        } catch (IOException e) {
            throw new KgException("cannot reach " + endpoint + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KgException("interrupted", e);
        }
    }
}
