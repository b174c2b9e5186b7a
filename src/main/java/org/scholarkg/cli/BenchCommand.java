package org.scholarkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.scholarkg.bench.BenchFigure;
import org.scholarkg.bench.BenchReport;
import org.scholarkg.bench.ConvertBenchmark;
import org.scholarkg.bench.LoadBenchmark;
import org.scholarkg.bench.PageBenchmark;
import org.scholarkg.bench.QueryBenchmark;
import org.scholarkg.bench.ServedStore;
import org.scholarkg.bench.SizePlot;
import org.scholarkg.bench.StartBenchmark;
import org.scholarkg.bench.SyntheticRecords;
import org.scholarkg.bench.VirtuosoBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: the benchmark suite on synthetic records. Each benchmark prints a table and one
 * {@code BENCH ...} line per figure, and appends the lines to {@code WORK/results.txt}.
 *
 * <pre>{@code
 * java -jar target/scholarkg.jar bench all --sizes 10000,100000
 * }</pre>
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks on synthetic records: generate, convert, load, query, pages, start, virtuoso, "
                + "plot, or all of them for several sizes.",
        subcommands = {BenchCommand.Generate.class, BenchCommand.Convert.class, BenchCommand.Load.class,
            BenchCommand.Query.class, BenchCommand.Pages.class, BenchCommand.Start.class,
            BenchCommand.Virtuoso.class, BenchCommand.Plot.class, BenchCommand.All.class})
final class BenchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a benchmark is needed");
    }

    /** Options every benchmark shares. */
    static final class BenchOptions {

        /** The seed used when none is given. */
        static final long DEFAULT_SEED = 42;

        @Option(names = "--work", paramLabel = "DIR", defaultValue = "target/bench",
                description = "Folder for records, stores, results and the plot (default: ${DEFAULT-VALUE}).")
        Path work;

        @Option(names = "--seed", defaultValue = "42", description = "Seed of the synthetic records (default: ${DEFAULT-VALUE}).")
        long seed;

        /** The records for a size, generated into the work folder when not there yet. */
        Path records(long papers, PrintWriter out) {
            Path folder = work.resolve("records-" + papers + (seed == DEFAULT_SEED ? "" : "-seed" + seed));
            if (!folder.resolve(SyntheticRecords.SHARED_FILE + ".yaml").toFile().isFile()) {
                long start = System.nanoTime();
                List<Path> files = new SyntheticRecords(Math.toIntExact(papers), seed).write(folder);
                out.printf("generated %,d papers in %d files into %s in %.1f s%n", papers, files.size(), folder,
                        (System.nanoTime() - start) / 1e9);
                out.flush();
            }
            return folder;
        }

        BenchReport report(PrintWriter out) {
            return new BenchReport(out, work.resolve(BenchReport.RESULTS_FILE));
        }
    }

    /** {@code bench generate}. */
    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = "Write deterministic synthetic records (one file per group, plus shared.yaml).")
    static final class Generate implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--papers", required = true, description = "How many papers.")
        int papers;

        @Option(names = "--seed", defaultValue = "42", description = "The same seed gives the same records "
                + "(default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Folder to write to.")
        Path output;

        @Override
        public Integer call() {
            long start = System.nanoTime();
            List<Path> files = new SyntheticRecords(papers, seed).write(output);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("generated %,d papers in %d files into %s in %.1f s%n", papers, files.size(), output,
                    (System.nanoTime() - start) / 1e9);
            out.flush();
            return ExitCodes.OK;
        }
    }

    /** A benchmark of one size. */
    abstract static class SizedBenchmark implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        CommonOptions common;

        @Mixin
        BenchOptions bench;

        @Option(names = "--papers", required = true, description = "The size: how many papers.")
        long papers;

        PrintWriter out() {
            return spec.commandLine().getOut();
        }
    }

    /** {@code bench convert}. */
    @Command(name = "convert", mixinStandardHelpOptions = true,
            description = "Records to N-Triples beside Rio's N-Triples writer alone; heap watched in this JVM.")
    static final class Convert extends SizedBenchmark {
        @Override
        public Integer call() {
            Path records = bench.records(papers, out());
            bench.report(out()).print("convert (records -> N-Triples)",
                    new ConvertBenchmark(common.iris(), bench.work).run(records, papers));
            return ExitCodes.OK;
        }
    }

    /** {@code bench load}. */
    @Command(name = "load", mixinStandardHelpOptions = true,
            description = "Records into an empty TDB2 store beside Jena's TDB2 bulk loader on the same N-Quads.")
    static final class Load extends SizedBenchmark {
        @Override
        public Integer call() {
            Path records = bench.records(papers, out());
            bench.report(out()).print("load (records -> TDB2)",
                    new LoadBenchmark(common.iris(), bench.work).run(records, papers));
            return ExitCodes.OK;
        }
    }

    /** {@code bench query}. */
    @Command(name = "query", mixinStandardHelpOptions = true,
            description = "The query mix through /kg/sparql of a server on the loaded store (or any --endpoint).")
    static final class Query extends SizedBenchmark {
        @Option(names = "--endpoint", paramLabel = "URL", description = "Query this SPARQL endpoint instead.")
        String endpoint;

        @Option(names = "--store-name", defaultValue = "tdb2", description = "Name of the store in result lines.")
        String storeName;

        @Override
        public Integer call() {
            List<BenchFigure> figures;
            if (endpoint != null) {
                figures = new QueryBenchmark().run(endpoint, storeName, papers);
            } else {
                try (var served = new ServedStore(LoadBenchmark.store(bench.work, papers), common.iris())) {
                    figures = new QueryBenchmark().run(served.sparqlEndpoint(), storeName, papers);
                }
            }
            bench.report(out()).print("query mix (p50/p99 over HTTP)", figures);
            return ExitCodes.OK;
        }
    }

    /** {@code bench pages}. */
    @Command(name = "pages", mixinStandardHelpOptions = true,
            description = "Person and paper pages: wrk load without and with the document cache, first requests of other pages.")
    static final class Pages extends SizedBenchmark {
        @Override
        public Integer call() {
            List<BenchFigure> figures;
            try (var served = new ServedStore(LoadBenchmark.store(bench.work, papers), common.iris())) {
                figures = new PageBenchmark().run(served.baseUrl(), served.uncachedBaseUrl(), served.sparqlEndpoint(),
                        papers);
            }
            bench.report(out()).print("pages (wrk)", figures);
            return ExitCodes.OK;
        }
    }

    /** {@code bench start}. */
    @Command(name = "start", mixinStandardHelpOptions = true,
            description = "Seconds from serve (a new JVM) to the first answered query on the loaded store.")
    static final class Start extends SizedBenchmark {
        @Override
        public Integer call() {
            bench.report(out()).print("start (serve -> first answer)",
                    new StartBenchmark().run(LoadBenchmark.store(bench.work, papers), papers));
            return ExitCodes.OK;
        }
    }

    /** {@code bench virtuoso}. */
    @Command(name = "virtuoso", mixinStandardHelpOptions = true,
            description = "The peer engine: Debian's Virtuoso on loopback, loaded as load --endpoint does it, beside its "
                    + "own bulk loader on the same N-Quads; then the same query mix.")
    static final class Virtuoso extends SizedBenchmark {
        @Override
        public Integer call() {
            Path records = bench.records(papers, out());
            bench.report(out()).print("virtuoso (records -> Virtuoso through load --endpoint, bulk loader beside it; "
                    + "query mix)", new VirtuosoBenchmark(common.iris(), bench.work).run(records, papers));
            return ExitCodes.OK;
        }
    }

    /** {@code bench plot}. */
    @Command(name = "plot", mixinStandardHelpOptions = true,
            description = "Draw time against size for convert and load from WORK/results.txt as a PNG.")
    static final class Plot implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        BenchOptions bench;

        @Option(names = {"-o", "--output"}, paramLabel = "PNG", description = "Default: WORK/convert-load.png.")
        Path output;

        @Override
        public Integer call() {
            Path png = output != null ? output : bench.work.resolve("convert-load.png");
            int lines = new SizePlot().write(BenchReport.readResults(bench.work.resolve(BenchReport.RESULTS_FILE)), png);
            spec.commandLine().getOut().printf("plotted %d lines into %s%n", lines, png);
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
    }

    /** {@code bench all}. */
    @Command(name = "all", mixinStandardHelpOptions = true,
            description = "Every benchmark for each size, smallest first, then the plot.")
    static final class All implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        CommonOptions common;

        @Mixin
        BenchOptions bench;

        @Option(names = "--sizes", split = ",", defaultValue = "10000,100000,1000000",
                description = "Sizes in papers (default: ${DEFAULT-VALUE}).")
        List<Long> sizes;

        @Option(names = "--virtuoso-from", defaultValue = "100000", paramLabel = "PAPERS",
                description = "Run the Virtuoso peer from this size on; 0 never (default: ${DEFAULT-VALUE}).")
        long virtuosoFrom;

        @Override
        public Integer call() throws Exception {
            List<Long> sorted = new ArrayList<>(sizes);
            sorted.sort(null);
            for (long size : sorted) {
                String[] sized = {"--work", bench.work.toString(), "--seed", Long.toString(bench.seed), "--base",
                    common.base, "--papers", Long.toString(size)};
                List<Callable<Integer>> steps = new ArrayList<>(List.of(with(new Convert(), sized),
                        with(new Load(), sized), with(new Query(), sized), with(new Pages(), sized),
                        with(new Start(), sized)));
                if (virtuosoFrom > 0 && size >= virtuosoFrom) {
                    steps.add(with(new Virtuoso(), sized));
                }
                for (Callable<Integer> step : steps) {
                    step.call();
                }
            }
            Plot plot = new Plot();
            return with(plot, "--work", bench.work.toString()).call();
        }

        /** A subcommand parsed from arguments, printing where this command prints. */
        private <T extends Callable<Integer>> T with(T command, String... args) {
            picocli.CommandLine line = new picocli.CommandLine(command);
            line.setOut(spec.commandLine().getOut());
            line.setErr(spec.commandLine().getErr());
            line.parseArgs(args);
            return command;
        }
    }
}
