package org.scholarkg.source.oaipmh;

/**
 * The resumption token of a list response: the token to ask for the next page with, and the list's size
 * and this page's cursor when the repository gives them. An empty token marks the last page.
 *
 * <pre>{@code
 * if (page.resumption().hasMore()) {
 *     String next = baseUrl + "?verb=ListRecords&resumptionToken=" + page.resumption().token();
 * }
 * }</pre>
 *
 * @param token the token as sent, or "" on the last page
 * @param completeListSize the number of items in the whole list, or null
 * @param cursor the position of this page's first item in the list (from 0), or null
 */
public record ResumptionToken(String token, Integer completeListSize, Integer cursor) {

    /** No token: a list of one page, or a GetRecord response. */
    public static final ResumptionToken NONE = new ResumptionToken("", null, null);

    public ResumptionToken {
        token = token == null ? "" : token.strip();
    }

    /** True when there is a next page to ask for. */
    public boolean hasMore() {
        return !token.isEmpty();
    }
}
