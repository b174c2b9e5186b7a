package org.scholarkg.record;

/**
 * The identifiers of a paper outside ScholarKG; any may be null.
 *
 * @param doi e.g. {@code 10.1145/3292500.3330701}
 * @param arxiv e.g. {@code 2410.12345}
 * @param handle e.g. {@code 1765/1234}
 */
public record PaperIds(String doi, String arxiv, String handle) {

    /** No identifiers. */
    public static final PaperIds NONE = new PaperIds(null, null, null);
}
