package org.scholarkg.web.ld;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;

/** {@code /linkset/{kind}/{slug}}: a resource's full signposting linkset as {@code application/linkset+json}. */
public final class LinksetServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private final transient GraphReader reader;
    private final transient Describer describer;
    private final transient Signposting signposting;
    private final transient Documents documents;

    public LinksetServlet(GraphReader reader, Describer describer, Signposting signposting, Documents documents) {
        this.reader = reader;
        this.describer = describer;
        this.signposting = signposting;
        this.documents = documents;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<ResourcePath> path = ResourcePath.fromId(req.getRequestURI().replaceFirst("^/linkset/", "/id/"));
        if (path.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "not a resource");
            return;
        }
        String iri = reader.iris().base() + path.get().idPath().substring(1);
        Model description = describer.describe(iri);
        if (description.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "no such resource");
            return;
        }
        documents.send(req, resp, signposting.linkset(path.get(), iri, description), "application/linkset+json", null);
    }
}
