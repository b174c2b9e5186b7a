package org.scholarkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.scholarkg.export.GraphRecords;
import org.scholarkg.export.McmlPageWriter;
import org.scholarkg.record.RecordFile;
import org.scholarkg.store.KnowledgeGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code export}: the graph, read back through SPARQL, in an outside format. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write what the store holds in an outside format. Formats: mcml-page (a group's page).")
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    StoreOptions storeOptions;

    @Parameters(index = "0", paramLabel = "FORMAT", description = "mcml-page")
    String format;

    @Option(names = "--group", required = true, paramLabel = "ID", description = "The group's id, e.g. jegelka.")
    String group;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of stdout.")
    Path output;

    @Override
    public Integer call() throws IOException {
        if (!"mcml-page".equals(format)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "unknown format '" + format + "'; expected mcml-page");
        }
        String page;
        try (KnowledgeGraph store = storeOptions.open()) {
            RecordFile records = new GraphRecords(common.iris(), store).group(group);
            page = new McmlPageWriter().write(records);
        }
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(page);
            out.flush();
        } else {
            Files.writeString(output, page, StandardCharsets.UTF_8);
        }
        return ExitCodes.OK;
    }
}
