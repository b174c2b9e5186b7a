package org.scholarkg.rdf;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.util.FmtUtils;

/**
 * SHACL validation with Jena against ScholarKG's shapes ({@code ontology/shapes.ttl}, also shipped in
 * the jar) or another shapes file.
 *
 * <pre>{@code
 * List<ShapesValidator.Violation> violations = ShapesValidator.builtIn().validate(graph);
 * }</pre>
 */
public final class ShapesValidator {

    /** Where the built-in shapes live on the class path. */
    public static final String SHAPES_RESOURCE = "/org/scholarkg/ontology/shapes.ttl";

    private final Shapes shapes;

    private ShapesValidator(Shapes shapes) {
        this.shapes = shapes;
    }

    /** The shapes shipped with ScholarKG. */
    public static ShapesValidator builtIn() {
        Graph graph = GraphFactory.createDefaultGraph();
        try (InputStream in = ShapesValidator.class.getResourceAsStream(SHAPES_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SHAPES_RESOURCE + " is missing from the class path");
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new ShapesValidator(Shapes.parse(graph));
    }

    /** Shapes from a Turtle (or other RDF) file. */
    public static ShapesValidator fromFile(java.nio.file.Path file) {
        return new ShapesValidator(Shapes.parse(RdfFiles.read(file)));
    }

    /** One result of a validation: the focus node, the path (may be empty), the message and severity. */
    public record Violation(String focusNode, String path, String message, String severity) {
        @Override
        public String toString() {
            return severity + ": " + focusNode + (path.isEmpty() ? "" : " " + path) + ": " + message;
        }
    }

    /** The violations of the data graph, sorted by focus node; empty when the data conforms. */
    public List<Violation> validate(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        List<Violation> violations = new ArrayList<>();
        for (ReportEntry entry : report.getEntries()) {
            violations.add(new Violation(format(entry.focusNode()), formatPath(entry.resultPath()), entry.message(),
                    entry.severity().level().getLocalName()));
        }
        violations.sort(Comparator.comparing(Violation::focusNode).thenComparing(Violation::path));
        return violations;
    }

    private static String format(Node node) {
        return node == null ? "" : FmtUtils.stringForNode(node);
    }

    private static String formatPath(Path path) {
        return path == null ? "" : path.toString();
    }
}
