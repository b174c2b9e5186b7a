package org.scholarkg.record;

/**
 * A link a source shows, e.g. "arXiv" or "Link to website"; the URL is null when the source gives only
 * the label.
 */
public record LinkRecord(String kind, String label, String url) {
}
