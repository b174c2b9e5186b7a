package org.scholarkg.web.ld;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;

/**
 * {@code /doc/{kind}/{slug}.{html|ttl|jsonld|rdf|nt}}: a resource's documents, each with its media type,
 * caching headers and signposting links.
 */
public final class DocServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private final transient GraphReader reader;
    private final transient Describer describer;
    private final transient Signposting signposting;
    private final transient Documents documents;
    private final transient HtmlRenderer html;

    /** Renders the HTML page of a resource from its path, IRI and description. */
    @FunctionalInterface
    public interface HtmlRenderer {
        String render(ResourcePath path, String iri, Model description);
    }

    public DocServlet(GraphReader reader, Describer describer, Signposting signposting, Documents documents,
            HtmlRenderer html) {
        this.reader = reader;
        this.describer = describer;
        this.signposting = signposting;
        this.documents = documents;
        this.html = html;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<ResourcePath.Document> doc = ResourcePath.fromDoc(req.getRequestURI());
        if (doc.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "not a document path");
            return;
        }
        ResourcePath path = doc.get().resource();
        String iri = reader.iris().base() + path.idPath().substring(1);
        Model description = describer.describe(iri);
        if (description.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "no such resource");
            return;
        }
        DocumentFormat format = doc.get().format();
        resp.setHeader("Link", signposting.header(path, iri, description));
        if (format.isRdf()) {
            documents.send(req, resp, Documents.rdf(description, format), format.mediaType(), path.docPath(format));
        } else {
            documents.send(req, resp, html.render(path, iri, description), format.mediaType(), path.docPath(format));
        }
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        doGet(req, resp);
    }

}
