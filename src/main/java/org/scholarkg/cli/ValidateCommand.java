package org.scholarkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.scholarkg.rdf.InputGraphs;
import org.scholarkg.rdf.ShapesValidator;
import org.scholarkg.record.RecordReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code validate}: SHACL validation of records or RDF files against ScholarKG's shapes. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check record files or RDF files against the SHACL shapes (ontology/shapes.ttl). "
                + "Exits 3 when the data does not conform.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Record files or folders, or RDF files (.ttl, .nt, .nq, .trig, .rdf, .jsonld).")
    List<Path> inputs;

    @Option(names = "--shapes", paramLabel = "FILE", description = "Shapes to use instead of the built-in ones.")
    Path shapes;

    @Override
    public Integer call() {
        Graph graph = new InputGraphs(common.iris(), new RecordReader()).read(inputs);
        ShapesValidator validator = shapes == null ? ShapesValidator.builtIn() : ShapesValidator.fromFile(shapes);
        List<ShapesValidator.Violation> violations = validator.validate(graph);
        PrintWriter out = spec.commandLine().getOut();
        if (violations.isEmpty()) {
            out.println("conforms: " + graph.size() + " triples checked");
            out.flush();
            return ExitCodes.OK;
        }
        PrintWriter err = spec.commandLine().getErr();
        violations.forEach(err::println);
        err.println("does not conform: " + violations.size() + " violation(s) in " + graph.size() + " triples");
        err.flush();
        return ExitCodes.INVALID_INPUT;
    }
}
