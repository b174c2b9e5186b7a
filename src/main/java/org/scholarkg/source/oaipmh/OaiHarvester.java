package org.scholarkg.source.oaipmh;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.scholarkg.InputLocation;
import org.scholarkg.InputProblem;
import org.scholarkg.KgInputException;
import org.scholarkg.record.PaperRecord;
import org.scholarkg.record.RecordFile;
import org.scholarkg.record.Slugs;
import org.scholarkg.record.SourceInfo;

/**
 * Harvests an OAI-PMH 2.0 repository: {@code ListRecords} in {@code oai_dc} (optionally one set, from a
 * date), following resumption tokens to the end, into one {@link RecordFile}.
 *
 * <pre>{@code
 * RecordFile records = new OaiHarvester().harvest(URI.create("https://repo.example.org/oai"), null, null, page -> {});
 * }</pre>
 *
 * <p>Every request is a plain GET with {@code Accept: text/xml}; a 503 is retried after its
 * {@code Retry-After} (at most {@value #RETRIES} times); a token seen twice, or more than
 * {@value #MAX_PAGES} pages, stops the harvest with an error rather than loop.
 */
public final class OaiHarvester {

    static final int RETRIES = 3;
    static final int MAX_PAGES = 100_000;
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(15))
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final OaiPmhImporter parser = new OaiPmhImporter();

    /** What was harvested: the records and the problems met on the way (records left out, deleted ones). */
    public record Harvest(RecordFile records, int pages, int deleted, List<InputProblem> unplaced) {
    }

    /**
     * Harvests everything (or a set, from a date).
     *
     * @param progress told after each page how many papers have come in
     * @throws KgInputException when the repository answers with an OAI error or something that is not
     *     OAI-PMH, naming the request
     */
    public Harvest harvest(URI base, String set, String from, Consumer<Integer> progress) {
        Map<String, PaperRecord> papers = new LinkedHashMap<>();
        List<InputProblem> unplaced = new ArrayList<>();
        Set<String> tokens = new HashSet<>();
        String query = "verb=ListRecords&metadataPrefix=oai_dc" + (set == null ? "" : "&set=" + encode(set))
                + (from == null ? "" : "&from=" + encode(from));
        int pages = 0;
        int deleted = 0;
        while (query != null) {
            URI uri = URI.create(base + (base.toString().contains("?") ? "&" : "?") + query);
            OaiPage page = parser.parse(fetch(uri), uri.toString());
            pages++;
            deleted += page.deleted();
            unplaced.addAll(page.unplaced());
            for (PaperRecord p : page.papers()) {
                // Ids are OAI identifiers; one seen on an earlier page is the same item again.
                papers.putIfAbsent(p.id(), p);
            }
            progress.accept(papers.size());
            query = null;
            if (page.resumption().hasMore()) {
                String token = page.resumption().token();
                if (!tokens.add(token) || pages >= MAX_PAGES) {
                    throw new KgInputException(new InputProblem(InputLocation.of(uri.toString()), "",
                            "the repository repeats resumption token '" + token + "' (or sent over " + MAX_PAGES
                                    + " pages); stopped after " + pages + " pages"));
                }
                query = "verb=ListRecords&resumptionToken=" + encode(token);
            }
        }
        SourceInfo source = new SourceInfo(base.toString(), "oai-" + Slugs.of(base.getHost() + base.getPath()
                + (set == null ? "" : "-" + set)), "OAI-PMH harvest of " + base + (set == null ? "" : " (set " + set + ")"),
                base.toString(), Instant.now());
        RecordFile records = new RecordFile(source, List.of(), List.of(), List.of(), null, List.of(),
                new ArrayList<>(papers.values()));
        return new Harvest(records, pages, deleted, unplaced);
    }

    private InputStream fetch(URI uri) {
        for (int attempt = 0; ; attempt++) {
            try {
                HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                        .header("Accept", "text/xml, application/xml").build(), HttpResponse.BodyHandlers.ofInputStream());
                if (r.statusCode() == 503 && attempt < RETRIES) {
                    r.body().close();
                    long wait = r.headers().firstValue("Retry-After").map(OaiHarvester::seconds).orElse(5L);
                    Thread.sleep(Math.min(wait, 60) * 1000);
                    continue;
                }
                if (r.statusCode() / 100 != 2) {
                    r.body().close();
                    throw new KgInputException(new InputProblem(InputLocation.of(uri.toString()), "",
                            "the repository answered HTTP " + r.statusCode()));
                }
                return r.body();
            } catch (IOException e) {
                throw new KgInputException(new InputProblem(InputLocation.of(uri.toString()), "",
                        "cannot reach the repository: " + e.getMessage()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new KgInputException(new InputProblem(InputLocation.of(uri.toString()), "", "interrupted"));
            }
        }
    }

    private static long seconds(String retryAfter) {
        try {
            return Long.parseLong(retryAfter.strip());
        } catch (NumberFormatException e) {
            return 5;
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
