package org.scholarkg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.helpers.StatementCollector;
import org.scholarkg.rdf.Iris;
import org.scholarkg.rdf.RdfFormat;
import org.scholarkg.rdf.RdfOutput;
import org.scholarkg.rdf.RecordSetConverter;
import org.scholarkg.record.RecordReader;
import org.scholarkg.record.Records;

/**
 * Records to N-Triples, as {@code convert -f ntriples} does it, beside the ceiling: the rate at which Rio's
 * N-Triples writer alone writes the same statements (collected per source file beforehand, untimed).
 * The first pass over the records (checking them and building the index, {@code read_s}) is timed apart
 * from the second (reading each file again and converting it, {@code convert_s}), so the figures say the
 * rate with and without the check.
 *
 * <p>Heap is watched in this JVM ({@link HeapWatch}) over reading and converting: the peak in use after a
 * collection (what the step holds) and the peak in use at all, under the JVM's {@code -Xmx}.
 *
 * <p>Also writes the same statements as N-Quads ({@link #nquads}), for the load benchmark's reference.
 */
public final class ConvertBenchmark {

    /** The benchmark's name in result lines. */
    public static final String NAME = "convert";

    private final Iris iris;
    private final Path work;

    public ConvertBenchmark(Iris iris, Path work) {
        this.iris = iris;
        this.work = work;
    }

    /** The N-Quads file this benchmark leaves for a size. */
    public static Path nquads(Path work, long size) {
        return work.resolve("records-" + size + ".nq");
    }

    /** Runs on the records in a folder (generated for {@code size} papers). */
    public List<BenchFigure> run(Path records, long size) {
        Path output = work.resolve("convert-" + size + ".nt");
        long triples;
        double readSeconds;
        double convertSeconds;
        double peakLive;
        double peakUsed;
        Records set;
        try (HeapWatch heap = HeapWatch.start()) {
            long start = System.nanoTime();
            set = new RecordReader().open(List.of(records));
            readSeconds = WorkFolders.secondsSince(start);
            start = System.nanoTime();
            triples = convert(set, output);
            convertSeconds = WorkFolders.secondsSince(start);
            peakLive = heap.peakLiveMib();
            peakUsed = heap.peakUsedMib();
        }
        double outputMib = WorkFolders.sizeMib(output);
        WorkFolders.delete(output);
        double ceilingSeconds = ceiling(set, work.resolve("ceiling-" + size + ".nt"), nquads(work, size));
        double rate = triples / convertSeconds;
        double ceilingRate = triples / ceilingSeconds;
        return List.of(BenchFigure.of(NAME, size)
                .with("triples", triples)
                .with("read_s", readSeconds)
                .with("convert_s", convertSeconds)
                .with("triples_per_s", rate)
                .with("triples_per_s_with_read", triples / (readSeconds + convertSeconds))
                .with("ceiling_triples_per_s", ceilingRate)
                .with("ratio", rate / ceilingRate)
                .with("ratio_with_read", triples / (readSeconds + convertSeconds) / ceilingRate)
                .with("peak_live_heap_mib", peakLive)
                .with("peak_used_heap_mib", peakUsed)
                .with("max_heap_mib", HeapWatch.maxHeapMib())
                .with("output_mib", outputMib));
    }

    private long convert(Records set, Path output) {
        try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            RDFWriter writer = RdfOutput.start(RdfFormat.NTRIPLES, out, iris);
            StatementCount count = new StatementCount(writer);
            new RecordSetConverter(iris).convert(set, count);
            writer.endRDF();
            return count.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The seconds Rio's N-Triples writer takes to write the statements of every file, collected first;
     * the same statements go, untimed, to an N-Quads file.
     */
    private double ceiling(Records set, Path output, Path quads) {
        RecordSetConverter converter = new RecordSetConverter(iris);
        long nanos = 0;
        try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8);
                Writer quadsOut = Files.newBufferedWriter(quads, StandardCharsets.UTF_8)) {
            long start = System.nanoTime();
            RDFWriter writer = RdfOutput.start(RdfFormat.NTRIPLES, out, iris);
            nanos += System.nanoTime() - start;
            RDFWriter quadsWriter = RdfOutput.start(RdfFormat.NQUADS, quadsOut, iris);
            for (int i = 0; i < set.sources().size(); i++) {
                List<Statement> statements = new ArrayList<>();
                converter.convert(set.index(), set.file(i), new StatementCollector(statements));
                start = System.nanoTime();
                for (Statement st : statements) {
                    writer.handleStatement(st);
                }
                nanos += System.nanoTime() - start;
                statements.forEach(quadsWriter::handleStatement);
            }
            start = System.nanoTime();
            writer.endRDF();
            out.flush();
            nanos += System.nanoTime() - start;
            quadsWriter.endRDF();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        WorkFolders.delete(output);
        return nanos / 1e9;
    }
}
