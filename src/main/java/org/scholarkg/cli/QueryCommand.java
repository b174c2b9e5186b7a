package org.scholarkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.scholarkg.InputLocation;
import org.scholarkg.InputProblem;
import org.scholarkg.KgConfigException;
import org.scholarkg.KgInputException;
import org.scholarkg.store.KnowledgeGraph;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code query}: a SPARQL query against the store or an endpoint. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a SPARQL query against the store (the default graph is the union of the sources' "
                + "graphs) or a remote endpoint.")
final class QueryCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { table, csv, tsv, json, xml, turtle, jsonld }

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Parameters(paramLabel = "QUERY", description = "The query text.")
        String text;

        @Option(names = {"-f", "--file"}, paramLabel = "FILE", description = "A file holding the query (.rq).")
        Path file;
    }

    @Option(names = "--format", defaultValue = "table",
            description = "table, csv, tsv, json, xml (SELECT, ASK); turtle, jsonld (CONSTRUCT, DESCRIBE). "
                    + "Default: ${DEFAULT-VALUE}.")
    Format format;

    @Override
    public Integer call() throws IOException {
        String name = source.file == null ? "query" : source.file.toString();
        String text = source.file == null ? source.text : Files.readString(source.file, StandardCharsets.UTF_8);
        Query query;
        try {
            query = QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new KgInputException(new InputProblem(new InputLocation(name, e.getLine(), e.getColumn()), "",
                    e.getMessage()));
        }
        PrintWriter writer = spec.commandLine().getOut();
        try (KnowledgeGraph store = storeOptions.open(); RDFConnection conn = store.connect()) {
            Txn.executeRead(conn, () -> {
                try (QueryExecution qe = conn.query(query)) {
                    write(query, qe, writer);
                }
            });
        }
        writer.flush();
        return ExitCodes.OK;
    }

    private void write(Query query, QueryExecution qe, PrintWriter writer) {
        OutputStream out = new WriterOutputStream(writer);
        if (query.isSelectType()) {
            switch (format) {
                case table -> ResultSetFormatter.out(out, qe.execSelect(), query.getPrologue());
                case csv -> ResultSetFormatter.outputAsCSV(out, qe.execSelect());
                case tsv -> ResultSetFormatter.outputAsTSV(out, qe.execSelect());
                case json -> ResultSetFormatter.outputAsJSON(out, qe.execSelect());
                case xml -> ResultSetFormatter.outputAsXML(out, qe.execSelect());
                default -> throw new KgConfigException("--format " + format + " is for CONSTRUCT and DESCRIBE");
            }
        } else if (query.isAskType()) {
            boolean answer = qe.execAsk();
            switch (format) {
                case json -> ResultSetFormatter.outputAsJSON(out, answer);
                case xml -> ResultSetFormatter.outputAsXML(out, answer);
                case csv -> ResultSetFormatter.outputAsCSV(out, answer);
                case tsv -> ResultSetFormatter.outputAsTSV(out, answer);
                default -> writer.println(answer);
            }
        } else {
            Model model = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
            model.setNsPrefixes(query.getPrefixMapping());
            Lang lang = format == Format.jsonld ? Lang.JSONLD : Lang.TURTLE;
            RDFDataMgr.write(out, model, lang);
        }
        try {
            out.flush();
        } catch (IOException e) {
            throw StoreOptions.unchecked(e);
        }
    }

    /** Bridges Jena's OutputStream writers to picocli's PrintWriter, as UTF-8. */
    private static final class WriterOutputStream extends OutputStream {
        private final PrintWriter writer;
        private final java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();

        WriterOutputStream(PrintWriter writer) {
            this.writer = writer;
        }

        @Override
        public void write(int b) {
            buffer.write(b);
            if (b == '\n') {
                flush();
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            buffer.write(b, off, len);
            if (buffer.size() > 1 << 16) {
                flush();
            }
        }

        @Override
        public void flush() {
            // Lines end in '\n', so a flush never splits a UTF-8 sequence written line by line.
            writer.write(buffer.toString(StandardCharsets.UTF_8));
            buffer.reset();
            writer.flush();
        }
    }
}
