package org.scholarkg.web.ld;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code /id/{kind}/{slug}}: the resource itself, answered with 303 See Other to the document that best
 * matches {@code Accept} (or {@code ?format=}), with {@code Vary: Accept} and the signposting links; 404
 * when the store knows nothing of it.
 */
public final class IdServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private final transient Describer describer;
    private final transient GraphReader reader;
    private final transient ResourceDocuments documents;

    public IdServlet(GraphReader reader, Describer describer, ResourceDocuments documents) {
        this.reader = reader;
        this.describer = describer;
        this.documents = documents;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<ResourcePath> path = ResourcePath.fromId(req.getRequestURI());
        resp.setHeader("Vary", "Accept");
        if (path.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "not a resource IRI");
            return;
        }
        String iri = reader.iris().base() + path.get().idPath().substring(1);
        if (!describer.exists(iri)) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "no such resource");
            return;
        }
        String format = req.getParameter("format");
        DocumentFormat chosen = format != null ? DocumentFormat.fromName(format).orElse(null)
                : DocumentFormat.negotiate(req.getHeader("Accept"));
        if (chosen == null) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "unknown format; use html, ttl, jsonld, rdf or nt");
            return;
        }
        // The Link header comes with the document the client is sent to, made (and kept) now: following the 303
        // then costs a lookup.
        documents.get(path.get(), chosen).map(PreparedDocument::link).ifPresent(link -> resp.setHeader("Link", link));
        resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
        resp.setHeader("Location", path.get().docPath(chosen));
    }
}
