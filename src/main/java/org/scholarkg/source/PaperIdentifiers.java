package org.scholarkg.source;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads DOIs, arXiv ids and handles out of the forms sources write them in, and gives them in the form the
 * records keep ({@code 10.1145/3292500.3330701}, {@code 2410.12345}, {@code 1765/315}), or null when the text
 * is not one.
 *
 * <pre>{@code
 * PaperIdentifiers.doi("https://doi.org/10.18653/v1/2024.acl-long.508")  // "10.18653/v1/2024.acl-long.508"
 * PaperIdentifiers.arxiv("https://arxiv.org/pdf/2403.12448v2.pdf")       // "2403.12448"
 * PaperIdentifiers.handle("http://hdl.handle.net/1765/315")              // "1765/315"
 * }</pre>
 */
public final class PaperIdentifiers {

    /** What the record schema accepts as a DOI. */
    private static final Pattern DOI = Pattern.compile("10\\.[0-9]{4,9}/\\S+");
    private static final Pattern DOI_PREFIX = Pattern.compile(
            "(?i)^(?:doi:\\s*|(?:https?://)?(?:dx\\.)?doi\\.org/|info:doi/)");
    /** New-style ids (2007 on) and old-style archive/number ids, each with an optional version. */
    private static final Pattern ARXIV = Pattern.compile(
            "([0-9]{4}\\.[0-9]{4,5}|[a-z-]+(?:\\.[A-Z]{2})?/[0-9]{7})(?:v[0-9]+)?");
    private static final Pattern ARXIV_URL = Pattern.compile(
            "(?i)^https?://(?:www\\.|export\\.)?arxiv\\.org/(?:abs|pdf|html|format)/(.+?)(?:\\.pdf)?/?(?:[?#].*)?$");
    private static final Pattern ARXIV_DOI = Pattern.compile("(?i)^10\\.48550/arxiv\\.(.+)$");
    private static final Pattern HANDLE = Pattern.compile("[0-9]+(?:\\.[0-9]+)*/\\S+");
    private static final Pattern HANDLE_PREFIX = Pattern.compile(
            "(?i)^(?:hdl:\\s*|info:hdl/|https?://hdl\\.handle\\.net/)");

    private PaperIdentifiers() {
    }

    /** A DOI from {@code 10.x/y}, {@code doi:10.x/y} or a {@code doi.org} URL; null for anything else. */
    public static String doi(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        Matcher prefix = DOI_PREFIX.matcher(t);
        boolean url = false;
        if (prefix.find()) {
            url = prefix.group().toLowerCase(java.util.Locale.ROOT).contains("doi.org");
            t = t.substring(prefix.end());
        }
        if (url && t.contains("%")) {
            // A DOI in a URL may be percent-encoded (10.1002%2Fabc); the record keeps the DOI itself.
            t = URLDecoder.decode(t, StandardCharsets.UTF_8);
        }
        return DOI.matcher(t).matches() ? t : null;
    }

    /**
     * An arXiv id, without version, from the id itself ({@code 2301.01234v2}, {@code arXiv:2301.01234},
     * {@code hep-th/9901001}), an arxiv.org URL or an arXiv DOI ({@code 10.48550/arXiv.2301.01234}); null for
     * anything else.
     */
    public static String arxiv(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        Matcher url = ARXIV_URL.matcher(t);
        if (url.matches()) {
            t = url.group(1);
        } else {
            String doi = doi(t);
            Matcher arxivDoi = doi == null ? null : ARXIV_DOI.matcher(doi);
            if (arxivDoi != null && arxivDoi.matches()) {
                t = arxivDoi.group(1);
            }
        }
        if (t.regionMatches(true, 0, "arxiv:", 0, 6)) {
            t = t.substring(6).strip();
        }
        Matcher id = ARXIV.matcher(t);
        return id.matches() ? id.group(1) : null;
    }

    /** An arXiv id found anywhere in a text such as {@code "arXiv preprint arXiv:2310.06387"}; null if none. */
    public static String arxivIn(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = Pattern.compile("(?i)arxiv[:\\s./]+(?:abs/|pdf/)?("
                + ARXIV.pattern() + ")").matcher(text);
        return m.find() ? arxiv(m.group(1)) : null;
    }

    /** A handle from {@code hdl:1765/315}, {@code 1765/315} or a {@code hdl.handle.net} URL; null otherwise. */
    public static String handle(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        Matcher prefix = HANDLE_PREFIX.matcher(t);
        if (!prefix.find()) {
            return null;
        }
        t = t.substring(prefix.end());
        // A DOI is a handle too, but the records keep it as a DOI.
        return HANDLE.matcher(t).matches() && doi(t) == null ? t : null;
    }
}
