package org.scholarkg.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.util.Statements;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.model.vocabulary.VOID;
import org.eclipse.rdf4j.model.vocabulary.XSD;
import org.eclipse.rdf4j.rio.RDFHandler;
import org.eclipse.rdf4j.rio.helpers.AbstractRDFHandler;
import org.scholarkg.rdf.Iris;
import org.scholarkg.rdf.RecordSetConverter;
import org.scholarkg.rdf.RioToJena;
import org.scholarkg.record.Records;
import org.scholarkg.record.SourceInfo;

/**
 * Loads records into a {@link KnowledgeGraph}: each source's statements stream from the converters
 * through the Rio to Jena adapter into the store, replacing the source's named graph in one
 * transaction, and end with the graph's {@code void:triples} count (which counts itself).
 *
 * <pre>{@code
 * LoadReport report = new GraphLoader(iris).load(records, store, graph -> System.err.println(graph));
 * }</pre>
 */
public final class GraphLoader {

    private final Iris iris;

    public GraphLoader(Iris iris) {
        this.iris = iris;
    }

    /** What one load did. */
    public record LoadReport(List<GraphReport> graphs, Duration took,
            List<org.scholarkg.record.PaperIdentity.Merge> merges) {
        /** All statements written. */
        public long triples() {
            return graphs.stream().mapToLong(GraphReport::triples).sum();
        }
    }

    /** One graph replaced: its IRI, its source file and its triple count. */
    public record GraphReport(String graph, String source, long triples) {
    }

    /**
     * Replaces the graph of every file of the record set, in order.
     *
     * @param progress told of each graph when it is done
     */
    public LoadReport load(Records records, KnowledgeGraph store, Consumer<GraphReport> progress) {
        long start = System.nanoTime();
        List<GraphReport> done = new ArrayList<>();
        RecordSetConverter converter = new RecordSetConverter(iris);
        List<KnowledgeGraph.GraphUpdate> updates = new ArrayList<>();
        Map<String, String> sourceFiles = new HashMap<>();
        List<SourceInfo> sources = records.sources();
        for (int i = 0; i < sources.size(); i++) {
            int fileIndex = i;
            IRI graph = iris.graph(sources.get(i).name());
            sourceFiles.put(graph.stringValue(), sources.get(i).file());
            updates.add(new KnowledgeGraph.GraphUpdate(graph.stringValue(), stream -> {
                RioToJena adapter = new RioToJena(stream);
                Counting counting = new Counting(adapter);
                converter.convert(records.index(), records.file(fileIndex), counting);
                // The count includes the statement that states it.
                adapter.handleStatement(Statements.statement(graph, VOID.TRIPLES,
                        Values.literal(Long.toString(counting.count + 1), XSD.INTEGER), graph));
            }));
        }
        store.replaceGraphs(updates, (update, written) -> {
            GraphReport report = new GraphReport(update.graph(), sourceFiles.get(update.graph()), written);
            done.add(report);
            progress.accept(report);
        });
        return new LoadReport(done, Duration.ofNanos(System.nanoTime() - start), records.index().paperIdentity().merges());
    }

    /** Counts statements on their way through. */
    private static final class Counting extends AbstractRDFHandler {
        private final RDFHandler out;
        private long count;

        Counting(RDFHandler out) {
            this.out = out;
        }

        @Override
        public void handleStatement(Statement st) {
            out.handleStatement(st);
            count++;
        }
    }
}
