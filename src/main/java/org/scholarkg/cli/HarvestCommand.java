package org.scholarkg.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.util.List;
import java.util.concurrent.Callable;
import org.scholarkg.KgConfigException;
import org.scholarkg.record.RecordSet;
import org.scholarkg.source.oaipmh.OaiHarvester;
import org.scholarkg.store.GraphLoader;
import org.scholarkg.store.KnowledgeGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code harvest}: an OAI-PMH repository's records into the store, as one source graph. */
@Command(name = "harvest", mixinStandardHelpOptions = true,
        description = "Harvest an OAI-PMH repository (ListRecords, oai_dc, following resumption tokens) and load "
                + "its papers as one source graph, replaced atomically.")
final class HarvestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    PutOptions putOptions;

    @Parameters(paramLabel = "BASE_URL", description = "The repository's OAI-PMH base URL.")
    String baseUrl;

    @Option(names = "--set", paramLabel = "SPEC", description = "Harvest one set only.")
    String set;

    @Option(names = "--from", paramLabel = "DATE", description = "Records changed since (YYYY-MM-DD).")
    String from;

    @Override
    public Integer call() {
        URI base = URI.create(baseUrl);
        if (base.getScheme() == null || !base.getScheme().startsWith("http")) {
            throw new KgConfigException("base URL '" + baseUrl + "' must be an http(s) URL");
        }
        PrintWriter err = spec.commandLine().getErr();
        boolean terminal = System.console() != null;
        OaiHarvester.Harvest harvest = new OaiHarvester().harvest(base, set, from, n -> {
            if (terminal || common.verbose) {
                err.printf("  %,d records%n", n);
                err.flush();
            }
        });
        harvest.unplaced().forEach(p -> err.println("warning: " + p));
        err.flush();
        PrintWriter out = spec.commandLine().getOut();
        try (KnowledgeGraph store = storeOptions.open(putOptions)) {
            GraphLoader.LoadReport report = new GraphLoader(common.iris())
                    .load(new RecordSet(List.of(harvest.records())), store, g -> { });
            out.printf("harvested %,d records in %d page(s) (%d deleted skipped) from %s; loaded %,d triples into %s%n",
                    harvest.records().papers().size(), harvest.pages(), harvest.deleted(), base, report.triples(),
                    report.graphs().get(0).graph());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
