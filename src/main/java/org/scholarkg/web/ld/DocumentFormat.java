package org.scholarkg.web.ld;

import java.util.Locale;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;

/**
 * The documents a resource has: an HTML page for people and RDF for machines, by file extension and media
 * type. {@link #negotiate} picks one for an {@code Accept} header, preferring HTML on a tie, as browsers send
 * {@code * / *} too.
 */
public enum DocumentFormat {
    HTML("html", "text/html", null),
    TURTLE("ttl", "text/turtle", Lang.TURTLE),
    JSONLD("jsonld", "application/ld+json", Lang.JSONLD),
    RDFXML("rdf", "application/rdf+xml", Lang.RDFXML),
    NTRIPLES("nt", "application/n-triples", Lang.NTRIPLES);

    private static final AcceptList OFFERS = AcceptList.create(
            "text/html", "text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples",
            "application/xhtml+xml", "application/json", "text/plain");

    private final String extension;
    private final String mediaType;
    private final Lang lang;

    DocumentFormat(String extension, String mediaType, Lang lang) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.lang = lang;
    }

    /** The file extension, without dot. */
    public String extension() {
        return extension;
    }

    /** The media type. */
    public String mediaType() {
        return mediaType;
    }

    /** The Jena language for RDF formats; null for HTML. */
    public Lang lang() {
        return lang;
    }

    /** True for the RDF formats. */
    public boolean isRdf() {
        return lang != null;
    }

    /** The format with this extension or short name ({@code ttl}, {@code turtle}, {@code jsonld}, ...). */
    public static Optional<DocumentFormat> fromName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (DocumentFormat f : values()) {
            if (f.extension.equals(n) || f.name().toLowerCase(Locale.ROOT).equals(n) || f.mediaType.equals(n)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * The best format for an {@code Accept} header; HTML when the header is absent, empty, malformed or
     * matches nothing we have.
     */
    public static DocumentFormat negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return HTML;
        }
        MediaType chosen;
        try {
            chosen = AcceptList.match(AcceptList.create(accept), OFFERS);
        } catch (RuntimeException malformed) {
            return HTML;
        }
        if (chosen == null) {
            return HTML;
        }
        return switch (chosen.getContentTypeStr()) {
            case "text/turtle" -> TURTLE;
            case "application/ld+json", "application/json" -> JSONLD;
            case "application/rdf+xml" -> RDFXML;
            case "application/n-triples", "text/plain" -> NTRIPLES;
            default -> HTML;
        };
    }
}
