package org.scholarkg.web.ld;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.jena.rdf.model.Model;

/**
 * The documents of a resource, its HTML page and its RDF in each format, each with its signposting
 * {@code Link} header: made from the resource's description in one read transaction, and kept in a
 * {@link DocumentCache} for the store version that transaction saw, so the next request for the same
 * document costs a lookup until the store changes.
 *
 * <pre>{@code
 * Optional<PreparedDocument> page = documents.get(new ResourcePath("person", "x"), DocumentFormat.HTML);
 * }</pre>
 */
public final class ResourceDocuments {

    /** Renders the HTML page of a resource from its path, IRI and description. */
    @FunctionalInterface
    public interface HtmlRenderer {
        String render(ResourcePath path, String iri, Model description);
    }

    private final GraphReader reader;
    private final Describer describer;
    private final Signposting signposting;
    private final Documents documents;
    private final HtmlRenderer html;
    private final DocumentCache cache;
    private final StoreVersion version;

    public ResourceDocuments(GraphReader reader, Describer describer, Signposting signposting, Documents documents,
            HtmlRenderer html, DocumentCache cache, StoreVersion version) {
        this.reader = reader;
        this.describer = describer;
        this.signposting = signposting;
        this.documents = documents;
        this.html = html;
        this.cache = cache;
        this.version = version;
    }

    /** The document; empty when the store knows nothing of the resource. */
    public Optional<PreparedDocument> get(ResourcePath path, DocumentFormat format) {
        return Optional.ofNullable(reader.read(() -> {
            OptionalLong v = version.inTransaction();
            return v.isEmpty() ? make(path, format) : cache.get(path.docPath(format), v.getAsLong(), () -> make(path, format));
        }));
    }

    private PreparedDocument make(ResourcePath path, DocumentFormat format) {
        String iri = reader.iris().base() + path.idPath().substring(1);
        Model description = describer.describe(iri);
        if (description.isEmpty()) {
            return null;
        }
        byte[] body = format.isRdf() ? Documents.rdf(description, format)
                : html.render(path, iri, description).getBytes(StandardCharsets.UTF_8);
        return documents.prepare(body, format.mediaType(), path.docPath(format), signposting.header(path, iri, description));
    }
}
