package org.scholarkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.scholarkg.export.BibtexWriter;
import org.scholarkg.export.CslJsonWriter;
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
        description = "Write what the store holds in an outside format: mcml-page (a group's page), bibtex or "
                + "csl-json (the papers of --group, of --person, or of everything).")
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    StoreOptions storeOptions;

    @Parameters(index = "0", paramLabel = "FORMAT", description = "mcml-page, bibtex or csl-json")
    String format;

    @Option(names = "--group", paramLabel = "ID", description = "A group's id, e.g. jegelka.")
    String group;

    @Option(names = "--person", paramLabel = "ID", description = "A person's id, e.g. stefanie-jegelka.")
    String person;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of stdout.")
    Path output;

    @Override
    public Integer call() throws IOException {
        if (!java.util.List.of("mcml-page", "bibtex", "csl-json").contains(format)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "unknown format '" + format + "'; expected mcml-page, bibtex or csl-json");
        }
        if (group != null && person != null || "mcml-page".equals(format) && group == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "mcml-page needs --group; "
                    + "bibtex and csl-json take --group, --person or neither (everything), not both");
        }
        String page;
        try (KnowledgeGraph store = storeOptions.open()) {
            GraphRecords graph = new GraphRecords(common.iris(), store);
            RecordFile records = group != null ? graph.group(group) : person != null ? graph.person(person) : graph.all();
            page = switch (format) {
                case "mcml-page" -> new McmlPageWriter().write(records);
                case "bibtex" -> new BibtexWriter().write(records);
                default -> new CslJsonWriter().write(records);
            };
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
