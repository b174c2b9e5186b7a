package org.scholarkg.record;

/**
 * Where a record file's records come from.
 *
 * @param file the record file as the user named it
 * @param name the source's short name, from the file name without extension; names its graph
 * @param title a title for the source, or null
 * @param url the source's URL, or null
 * @param lastModified the record file's modification time
 */
public record SourceInfo(String file, String name, String title, String url, java.time.Instant lastModified) {
}
