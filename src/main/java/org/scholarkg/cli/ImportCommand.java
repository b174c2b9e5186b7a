package org.scholarkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.scholarkg.KgInputException;
import org.scholarkg.record.RecordYamlWriter;
import org.scholarkg.source.ImportResult;
import org.scholarkg.source.Importer;
import org.scholarkg.source.Importers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code import}: an outside format to records (YAML). */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Turn an outside format into records (YAML) on stdout or -o.")
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FORMAT", completionCandidates = FormatNames.class,
            description = "One of: ${COMPLETION-CANDIDATES}.")
    String format;

    @Parameters(index = "1", paramLabel = "INPUT", description = "The file to import.")
    Path input;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the records here.")
    Path output;

    @Option(names = "--strict", description = "Lines the importer cannot place are errors (exit 3), not warnings.")
    boolean strict;

    @Override
    public Integer call() throws IOException {
        Importer importer = Importers.forName(format).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "unknown format '" + format + "'; expected one of " + String.join(", ", Importers.names())));
        ImportResult result = importer.read(input);
        PrintWriter err = spec.commandLine().getErr();
        if (strict && !result.unplaced().isEmpty()) {
            throw new KgInputException(result.unplaced());
        }
        result.unplaced().forEach(p -> err.println("warning: " + p));
        err.flush();
        String yaml = "# Records imported by ScholarKG from " + input.getFileName() + " (" + format + ").\n"
                + new RecordYamlWriter().write(result.records());
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(yaml);
            out.flush();
        } else {
            Files.writeString(output, yaml, StandardCharsets.UTF_8);
        }
        return ExitCodes.OK;
    }

    /** The format names for the help text. */
    static final class FormatNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Importers.names().iterator();
        }
    }
}
