package org.scholarkg.web.ld;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code /doc/{kind}/{slug}.{html|ttl|jsonld|rdf|nt}}: a resource's documents, each with its media type,
 * caching headers and signposting links.
 */
public final class DocServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private final transient ResourceDocuments documents;

    public DocServlet(ResourceDocuments documents) {
        this.documents = documents;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<ResourcePath.Document> doc = ResourcePath.fromDoc(req.getRequestURI());
        if (doc.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "not a document path");
            return;
        }
        Optional<PreparedDocument> prepared = documents.get(doc.get().resource(), doc.get().format());
        if (prepared.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "no such resource");
            return;
        }
        Documents.send(req, resp, prepared.get());
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        doGet(req, resp);
    }
}
