package org.scholarkg.rdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.scholarkg.InputLocation;
import org.scholarkg.InputProblem;
import org.scholarkg.KgInputException;

/**
 * Reads RDF files (any syntax Jena knows by file extension) with errors located by file, line and column.
 * Quads go into one graph: validation looks at the union.
 */
public final class RdfFiles {

    private RdfFiles() {
    }

    /** True when the file name has an RDF extension Jena knows. */
    public static boolean isRdf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.endsWith(".json") && RDFLanguages.filenameToLang(name) != null;
    }

    /** A new graph holding the file's triples (and the triples of its quads). */
    public static Graph read(Path file) {
        Graph graph = GraphFactory.createDefaultGraph();
        readInto(file, StreamRDFLib.graph(graph));
        return graph;
    }

    /**
     * Parses a file into a stream.
     *
     * @throws KgInputException naming file, line and column of the first syntax error
     */
    public static void readInto(Path file, StreamRDF out) {
        String name = file.toString().replace('\\', '/');
        if (!Files.isRegularFile(file)) {
            throw new KgInputException(new InputProblem(InputLocation.of(name), "", "no such file"));
        }
        Lang lang = RDFLanguages.filenameToLang(file.getFileName().toString());
        try {
            RDFParser.source(file).lang(lang).errorHandler(new Located(name)).parse(out);
        } catch (LocatedRiotException e) {
            throw new KgInputException(e.problem);
        } catch (RiotException e) {
            throw new KgInputException(new InputProblem(InputLocation.of(name), "", e.getMessage()));
        }
    }

    /** Turns Jena's parse errors into exceptions that carry an {@link InputProblem}. */
    private record Located(String file) implements ErrorHandler {
        @Override
        public void warning(String message, long line, long col) {
            // Warnings (e.g. unusual IRIs) do not stop validation.
        }

        @Override
        public void error(String message, long line, long col) {
            throw new LocatedRiotException(new InputProblem(new InputLocation(file, (int) line, (int) col), "",
                    message));
        }

        @Override
        public void fatal(String message, long line, long col) {
            error(message, line, col);
        }
    }

    private static final class LocatedRiotException extends RiotException {
        private static final long serialVersionUID = 1L;
        private final transient InputProblem problem;

        LocatedRiotException(InputProblem problem) {
            super(problem.toString());
            this.problem = problem;
        }
    }
}
