package org.scholarkg.rdf;

import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.rio.RDFHandler;
import org.eclipse.rdf4j.rio.helpers.AbstractRDFHandler;

/**
 * Puts every statement passing through into one named graph. Passes statements and namespaces only:
 * {@code startRDF}/{@code endRDF} stay with whoever owns the underlying handler.
 */
public final class NamedGraphHandler extends AbstractRDFHandler {

    private static final ValueFactory VALUES = SimpleValueFactory.getInstance();
    private final Resource graph;
    private final RDFHandler out;

    public NamedGraphHandler(Resource graph, RDFHandler out) {
        this.graph = graph;
        this.out = out;
    }

    @Override
    public void handleStatement(Statement st) {
        out.handleStatement(VALUES.createStatement(st.getSubject(), st.getPredicate(), st.getObject(), graph));
    }

    @Override
    public void handleNamespace(String prefix, String uri) {
        out.handleNamespace(prefix, uri);
    }
}
