package org.scholarkg.web.ld;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kind and slug of a resource, as its {@code /id/} and {@code /doc/} paths spell them:
 * {@code /id/person/stefanie-jegelka}, {@code /doc/person/stefanie-jegelka.ttl}. Anything else (other kinds,
 * dots, slashes, over-long slugs) is not a resource path, so no path can reach outside the graph.
 */
public record ResourcePath(String kind, String slug) {

    /** The kinds of resource with pages. */
    public static final Set<String> KINDS = Set.of("group", "person", "org", "paper", "event", "journal", "area");

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,199}");
    private static final Pattern ID = Pattern.compile("^/id/([a-z]+)/([^/]+)$");
    private static final Pattern DOC = Pattern.compile("^/doc/([a-z]+)/([^/.]+)(?:\\.([a-z]+))?$");

    /** A resource from an {@code /id/kind/slug} path. */
    public static Optional<ResourcePath> fromId(String path) {
        Matcher m = ID.matcher(path == null ? "" : path);
        return m.matches() ? of(m.group(1), m.group(2)) : Optional.empty();
    }

    /** A resource and its document format from a {@code /doc/kind/slug.ext} path (no extension: HTML). */
    public static Optional<Document> fromDoc(String path) {
        Matcher m = DOC.matcher(path == null ? "" : path);
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<DocumentFormat> format = m.group(3) == null ? Optional.of(DocumentFormat.HTML)
                : DocumentFormat.fromName(m.group(3));
        return format.flatMap(f -> of(m.group(1), m.group(2)).map(r -> new Document(r, f)));
    }

    private static Optional<ResourcePath> of(String kind, String slug) {
        return KINDS.contains(kind) && SLUG.matcher(slug).matches()
                ? Optional.of(new ResourcePath(kind, slug)) : Optional.empty();
    }

    /** {@code /id/kind/slug}. */
    public String idPath() {
        return "/id/" + kind + "/" + slug;
    }

    /** {@code /doc/kind/slug.ext}. */
    public String docPath(DocumentFormat format) {
        return "/doc/" + kind + "/" + slug + "." + format.extension();
    }

    /** A resource's document in one format. */
    public record Document(ResourcePath resource, DocumentFormat format) {
    }
}
