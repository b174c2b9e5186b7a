package org.scholarkg.web.ld;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;

/**
 * Writes a document with the HTTP headers that make it cacheable: {@code Content-Type},
 * {@code Content-Location}, the signposting {@code Link} when there is one, a strong {@code ETag} (a hash of
 * the bytes), {@code Last-Modified} (the latest
 * {@code dcterms:modified} of the sources) and 304 for a matching conditional GET.
 */
public final class Documents {

    private final GraphReader reader;

    public Documents(GraphReader reader) {
        this.reader = reader;
    }

    /** RDF in one of the RDF formats. */
    public static byte[] rdf(Model model, DocumentFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, model, format.lang());
        return out.toByteArray();
    }

    /** When the store last changed, by its sources' {@code dcterms:modified}; null when unknown. */
    public Instant lastModified() {
        List<QuerySolution> rows = reader.select(
                "SELECT (MAX(?m) AS ?modified) { GRAPH ?g { ?g dcterms:modified ?m } }", Map.of());
        if (rows.isEmpty() || !rows.get(0).contains("modified")) {
            return null;
        }
        try {
            return Instant.parse(rows.get(0).getLiteral("modified").getLexicalForm());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** A document with its ETag and Last-Modified, ready to send (and to keep). */
    public PreparedDocument prepare(byte[] body, String mediaType, String contentLocation, String link) {
        return new PreparedDocument(body, mediaType, contentLocation, link, "\"" + hash(body) + "\"", lastModified());
    }

    /** Sends a document, or 304 when the client has it already. */
    public void send(HttpServletRequest req, HttpServletResponse resp, byte[] body, String mediaType,
            String contentLocation) throws IOException {
        send(req, resp, prepare(body, mediaType, contentLocation, null));
    }

    /** Sends a prepared document, or 304 when the client has it already. */
    public static void send(HttpServletRequest req, HttpServletResponse resp, PreparedDocument doc) throws IOException {
        String etag = doc.etag();
        Instant modified = doc.lastModified();
        resp.setHeader("ETag", etag);
        if (doc.link() != null) {
            resp.setHeader("Link", doc.link());
        }
        if (modified != null) {
            resp.setDateHeader("Last-Modified", modified.toEpochMilli());
        }
        if (doc.contentLocation() != null) {
            resp.setHeader("Content-Location", doc.contentLocation());
        }
        String ifNoneMatch = req.getHeader("If-None-Match");
        boolean notModified = ifNoneMatch != null ? matches(ifNoneMatch, etag)
                : modified != null && req.getDateHeader("If-Modified-Since") >= modified.toEpochMilli() / 1000 * 1000;
        if (notModified) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        String mediaType = doc.mediaType();
        resp.setContentType(mediaType + (mediaType.startsWith("text/") || mediaType.endsWith("json")
                ? "; charset=utf-8" : ""));
        resp.setContentLength(doc.body().length);
        if (!"HEAD".equals(req.getMethod())) {
            resp.getOutputStream().write(doc.body());
        }
    }

    /** Sends text as UTF-8 with the same caching headers. */
    public void send(HttpServletRequest req, HttpServletResponse resp, String body, String mediaType,
            String contentLocation) throws IOException {
        send(req, resp, body.getBytes(StandardCharsets.UTF_8), mediaType, contentLocation);
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.strip();
            if (c.equals("*") || c.equals(etag) || c.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    private static String hash(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
