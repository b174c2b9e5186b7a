package org.scholarkg.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top-level {@code scholarkg} command; it only holds the subcommands. */
@Command(name = "scholarkg", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Research groups, people and papers as a linked-data knowledge graph.",
        subcommands = {ConvertCommand.class, ValidateCommand.class, LoadCommand.class, ServeCommand.class,
            QueryCommand.class, StatsCommand.class, ImportCommand.class, ExportCommand.class, HarvestCommand.class, CompactCommand.class,
            BenchCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:ok", "1:failure", "2:usage", "3:invalid input"})
public final class ScholarKgCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a command is needed");
    }
}
