package org.scholarkg.web.ld;

import java.time.Instant;

/**
 * A document ready to send: its bytes and the headers that go with them, so a kept copy answers a request
 * (or a conditional one with 304) without hashing or querying again.
 *
 * @param body the bytes
 * @param mediaType the media type, without charset
 * @param contentLocation the {@code Content-Location}, or null
 * @param link the signposting {@code Link} header, or null
 * @param etag the strong {@code ETag}, quoted: a hash of the bytes
 * @param lastModified the latest {@code dcterms:modified} of the sources, or null when unknown
 */
public record PreparedDocument(byte[] body, String mediaType, String contentLocation, String link, String etag,
        Instant lastModified) {

    /** Roughly the bytes it holds in memory: the body, the header strings (UTF-16) and the objects around them. */
    public long weight() {
        long strings = (link == null ? 0 : link.length()) + (contentLocation == null ? 0 : contentLocation.length())
                + etag.length() + mediaType.length();
        return body.length + 2 * strings + 256;
    }
}
