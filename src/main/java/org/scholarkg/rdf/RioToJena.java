package org.scholarkg.rdf;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.vocabulary.XSD;
import org.eclipse.rdf4j.rio.helpers.AbstractRDFHandler;

/**
 * The one adapter between RDF4J and Jena: a Rio {@link org.eclipse.rdf4j.rio.RDFHandler} that passes
 * statements to a Jena {@link StreamRDF}, as triples or, with a context, as quads.
 *
 * <pre>{@code
 * Graph graph = GraphFactory.createDefaultGraph();
 * RioToJena adapter = new RioToJena(StreamRDFLib.graph(graph));
 * adapter.startRDF();
 * converter.convert(records, adapter);
 * adapter.endRDF();
 * }</pre>
 *
 * <p>{@code startRDF}/{@code endRDF} map to the stream's {@code start}/{@code finish}. Datatypes and
 * blank nodes are cached, so a long load does not create one Jena object per repeated term.
 */
public final class RioToJena extends AbstractRDFHandler {

    private final StreamRDF out;
    private final Map<String, RDFDatatype> datatypes = new HashMap<>();
    private final Map<String, Node> blankNodes = new HashMap<>();
    private long count;

    public RioToJena(StreamRDF out) {
        this.out = out;
    }

    /** The number of statements passed on so far. */
    public long count() {
        return count;
    }

    @Override
    public void startRDF() {
        out.start();
    }

    @Override
    public void endRDF() {
        out.finish();
    }

    @Override
    public void handleNamespace(String prefix, String uri) {
        out.prefix(prefix, uri);
    }

    @Override
    public void handleStatement(Statement st) {
        Node s = node(st.getSubject());
        Node p = NodeFactory.createURI(st.getPredicate().stringValue());
        Node o = node(st.getObject());
        Resource context = st.getContext();
        if (context == null) {
            out.triple(org.apache.jena.graph.Triple.create(s, p, o));
        } else {
            out.quad(Quad.create(node(context), s, p, o));
        }
        count++;
    }

    /** The Jena node for an RDF4J value. */
    Node node(Value value) {
        if (value instanceof IRI iri) {
            return NodeFactory.createURI(iri.stringValue());
        }
        if (value instanceof BNode bnode) {
            return blankNodes.computeIfAbsent(bnode.getID(), id -> NodeFactory.createBlankNode());
        }
        Literal literal = (Literal) value;
        if (literal.getLanguage().isPresent()) {
            return NodeFactory.createLiteralLang(literal.getLabel(), literal.getLanguage().get());
        }
        IRI datatype = literal.getDatatype();
        if (datatype == null || XSD.STRING.equals(datatype)) {
            return NodeFactory.createLiteralString(literal.getLabel());
        }
        RDFDatatype type = datatypes.computeIfAbsent(datatype.stringValue(),
                uri -> TypeMapper.getInstance().getSafeTypeByName(uri));
        return NodeFactory.createLiteralDT(literal.getLabel(), type);
    }
}
