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
import org.scholarkg.source.mcml.McmlPageImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code import}: an outside format to records (YAML). */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Turn an outside format into records (YAML) on stdout or -o. Formats: mcml-page.")
final class ImportCommand implements Callable<Integer> {

    /** The formats import reads. */
    enum Format {
        MCML_PAGE("mcml-page");

        final String label;

        Format(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "mcml-page (an MCML group page exported as text).")
    Format format;

    @Parameters(index = "1", paramLabel = "INPUT", description = "The file to import.")
    Path input;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the records here.")
    Path output;

    @Option(names = "--strict", description = "Lines the importer cannot place are errors (exit 3), not warnings.")
    boolean strict;

    @Override
    public Integer call() throws IOException {
        Importer importer = switch (format) {
            case MCML_PAGE -> new McmlPageImporter();
        };
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

    /** Reads FORMAT by its command-line name. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            for (Format f : Format.values()) {
                if (f.label.equals(value)) {
                    return f;
                }
            }
            throw new picocli.CommandLine.TypeConversionException("unknown format '" + value + "'; expected mcml-page");
        }
    }
}
