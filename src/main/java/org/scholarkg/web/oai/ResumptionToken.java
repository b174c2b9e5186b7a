package org.scholarkg.web.oai;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * The state of a list request between pages, carried by the harvester: the verb's arguments, the offset
 * of the next page, and the store version the list was made for (a token from before a change is refused
 * as {@code badResumptionToken}, since offsets would no longer line up).
 */
public record ResumptionToken(String metadataPrefix, String set, Instant from, Instant until, int offset,
        String version) {

    /** The opaque text form. */
    public String encode() {
        String plain = String.join("\u001f", nullable(metadataPrefix), nullable(set),
                from == null ? "" : from.toString(), until == null ? "" : until.toString(), Integer.toString(offset),
                nullable(version));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a token; any damage is {@code badResumptionToken}. */
    public static ResumptionToken decode(String token) throws OaiError {
        try {
            String[] p = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\u001f", -1);
            if (p.length != 6) {
                throw new IllegalArgumentException("wrong number of fields");
            }
            return new ResumptionToken(empty(p[0]), empty(p[1]), p[2].isEmpty() ? null : Instant.parse(p[2]),
                    p[3].isEmpty() ? null : Instant.parse(p[3]), Integer.parseInt(p[4]), empty(p[5]));
        } catch (RuntimeException e) {
            throw new OaiError("badResumptionToken", "the resumption token is not one this repository issued");
        }
    }

    private static String nullable(String s) {
        return s == null ? "" : s;
    }

    private static String empty(String s) {
        return s.isEmpty() ? null : s;
    }
}
