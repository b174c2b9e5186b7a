package org.scholarkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.scholarkg.record.RecordReader;
import org.scholarkg.record.Records;
import org.scholarkg.store.GraphLoader;
import org.scholarkg.store.KnowledgeGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code load}: records into the store, one named graph per source, each replaced atomically. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Load record files into the store: one named graph per source file, replaced in one "
                + "transaction. All files are read and checked first; a bad record changes nothing.")
final class LoadCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    PutOptions putOptions;

    @Parameters(arity = "1..*", paramLabel = "RECORDS", description = "Record files or folders.")
    List<Path> inputs;

    @Override
    public Integer call() {
        Records records = new RecordReader().open(inputs);
        PrintWriter err = spec.commandLine().getErr();
        boolean terminal = System.console() != null;
        try (KnowledgeGraph store = storeOptions.open(putOptions)) {
            GraphLoader.LoadReport report = new GraphLoader(common.iris()).load(records, store, graph -> {
                if (terminal || common.verbose) {
                    err.printf("  %s <- %s: %,d triples%n", graph.graph(), graph.source(), graph.triples());
                    err.flush();
                }
            });
            PrintWriter out = spec.commandLine().getOut();
            report.merges().forEach(m -> out.println("merged: " + m));
            out.printf("loaded %d graph(s), %,d triples in %.1f s into %s%n", report.graphs().size(),
                    report.triples(), report.took().toMillis() / 1000.0, store.describe());
            out.flush();
        }
        return ExitCodes.OK;
    }
}
