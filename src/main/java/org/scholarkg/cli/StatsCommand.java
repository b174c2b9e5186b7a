package org.scholarkg.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.scholarkg.store.KnowledgeGraph;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code stats}: triples per graph and instances per class. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Count the triples of each named graph and the instances of each class.")
final class StatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (KnowledgeGraph store = storeOptions.open()) {
            Map<String, Long> graphs = store.graphSizes();
            out.println("triples per graph (" + store.describe() + "):");
            graphs.forEach((g, n) -> out.printf("  %,12d  %s%n", n, g));
            out.printf("  %,12d  total%n", graphs.values().stream().mapToLong(Long::longValue).sum());
            out.println("instances per class:");
            try (RDFConnection conn = store.connect()) {
                conn.querySelect("""
                        SELECT ?class (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s a ?class } }
                        GROUP BY ?class ORDER BY DESC(?n) ?class""", (QuerySolution row) -> out.printf(
                        "  %,12d  %s%n", row.getLiteral("n").getLong(), row.getResource("class").getURI()));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
