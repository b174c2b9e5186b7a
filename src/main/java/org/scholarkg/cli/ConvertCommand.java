package org.scholarkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.scholarkg.rdf.Iris;
import org.scholarkg.rdf.RdfFormat;
import org.scholarkg.rdf.RdfOutput;
import org.scholarkg.rdf.RecordSetConverter;
import org.scholarkg.record.RecordReader;
import org.scholarkg.record.Records;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code convert}: record files to RDF, streamed to stdout or a file. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert record files (YAML/JSON; folders are searched) to RDF.")
final class ConvertCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(arity = "1..*", paramLabel = "RECORDS", description = "Record files or folders.")
    List<Path> inputs;

    @Option(names = {"-f", "--format"}, defaultValue = "turtle", paramLabel = "FORMAT",
            converter = RdfFormatConverter.class,
            description = "turtle, trig, ntriples, nquads, jsonld or rdfxml (default: ${DEFAULT-VALUE}). "
                    + "trig and nquads keep one named graph per source.")
    RdfFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of stdout.")
    Path output;

    @Override
    public Integer call() throws IOException {
        Iris iris = common.iris();
        Records records = new RecordReader().open(inputs);
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            write(records, iris, out);
            out.flush();
        } else {
            try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                write(records, iris, out);
            }
        }
        return ExitCodes.OK;
    }

    private void write(Records records, Iris iris, Writer out) {
        RDFWriter writer = RdfOutput.start(format, out, iris);
        new RecordSetConverter(iris).convert(records, writer);
        writer.endRDF();
    }
}
