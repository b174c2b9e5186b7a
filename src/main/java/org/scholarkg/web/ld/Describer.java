package org.scholarkg.web.ld;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * The RDF description of a resource, as its documents serve it: the resource's own triples, the triples of
 * the nodes inside it ({@code <iri>#author-N}, {@code #person-N}, {@code #link-N}, {@code #membership-...}),
 * the triples that point at it (at most {@value #MAX_INVERSE}), and the labels of everything it links to, so
 * a client can show it without a second request.
 *
 * <p>A node is inside the resource when its IRI starts with the resource's IRI and {@code #}, and it is an
 * object of the resource, an object of one of the resource's objects, or a subject of a triple that points
 * at the resource. Everything is read by index lookups on the union graph (subject, subject and predicate,
 * or object bound), never by a scan of the store, so the cost follows the size of the description, not of
 * the store: the resource's objects and their objects, and the triples that point at the resource (all of
 * them are looked at for inner nodes, the first {@value #MAX_INVERSE} are kept).
 *
 * <pre>{@code
 * Model description = new Describer(reader).describe("https://kg.example.org/id/paper/p1");
 * }</pre>
 */
public final class Describer {

    static final int MAX_INVERSE = 5000;

    private static final List<Node> LABELS = List.of(NodeFactory.createURI("http://schema.org/name"),
            NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#prefLabel"),
            NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"));
    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("schema", "http://schema.org/").setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/")
            .setNsPrefix("skg", "https://w3id.org/scholarkg/ns#").setNsPrefix("bibo", "http://purl.org/ontology/bibo/")
            .setNsPrefix("org", "http://www.w3.org/ns/org#").setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
            .setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#").setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
            .lock();

    private final GraphReader reader;

    public Describer(GraphReader reader) {
        this.reader = reader;
    }

    /** True when the store says anything about the resource (it is the subject of a triple). */
    public boolean exists(String iri) {
        return reader.read(() -> reader.union().contains(NodeFactory.createURI(iri), Node.ANY, Node.ANY));
    }

    /** The description; empty when the store knows nothing of the resource. */
    public Model describe(String iri) {
        return reader.read(() -> {
            Graph store = reader.union();
            Graph out = GraphFactory.createDefaultGraph();
            Node r = NodeFactory.createURI(iri);
            String hash = iri + "#";
            Set<Node> inner = new LinkedHashSet<>();
            Set<Node> objects = new LinkedHashSet<>();
            forEach(store.find(r, Node.ANY, Node.ANY), t -> {
                out.add(t);
                if (!t.getObject().isLiteral()) {
                    objects.add(t.getObject());
                }
            });
            for (Node o : objects) {
                addIfInside(inner, o, hash);
                forEach(store.find(o, Node.ANY, Node.ANY), t -> addIfInside(inner, t.getObject(), hash));
            }
            // Every triple that points at the resource is looked at for inner nodes; the first MAX_INVERSE are kept.
            int[] kept = {0};
            forEach(store.find(Node.ANY, Node.ANY, r), t -> {
                addIfInside(inner, t.getSubject(), hash);
                if (kept[0] < MAX_INVERSE) {
                    out.add(t);
                    kept[0]++;
                }
            });
            for (Node c : inner) {
                forEach(store.find(c, Node.ANY, Node.ANY), out::add);
            }
            addLabels(store, out);
            Model model = ModelFactory.createModelForGraph(out);
            model.setNsPrefixes(PREFIXES);
            return model;
        });
    }

    /** The labels of every IRI the description names but does not describe (is not a subject of). */
    private static void addLabels(Graph store, Graph out) {
        Set<Node> described = new LinkedHashSet<>();
        Set<Node> others = new LinkedHashSet<>();
        forEach(out.find(), t -> described.add(t.getSubject()));
        forEach(out.find(), t -> {
            for (Node n : new Node[] {t.getSubject(), t.getObject()}) {
                if (n.isURI() && !described.contains(n)) {
                    others.add(n);
                }
            }
        });
        for (Node o : others) {
            for (Node label : LABELS) {
                forEach(store.find(o, label, Node.ANY), out::add);
            }
        }
    }

    private static void addIfInside(Set<Node> inner, Node node, String hash) {
        if (node.isURI() && node.getURI().startsWith(hash)) {
            inner.add(node);
        }
    }

    private static void forEach(ExtendedIterator<Triple> triples, Consumer<Triple> action) {
        try {
            triples.forEachRemaining(action);
        } finally {
            triples.close();
        }
    }
}
