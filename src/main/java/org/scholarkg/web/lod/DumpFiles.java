package org.scholarkg.web.lod;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.scholarkg.rdf.Iris;

/**
 * The dump files of the dataset: N-Triples (gzip) and Turtle of the whole graph ({@code all}) and of each
 * source, written from the store into a folder and rewritten when the store's version changes. Each file is
 * written to a temporary name and moved into place, so a download never sees half a file.
 */
public final class DumpFiles {

    /** The kinds of dump file. */
    public enum Kind {
        NTRIPLES_GZ(".nt.gz", "application/n-triples"), TURTLE(".ttl", "text/turtle");

        private final String suffix;
        private final String mediaType;

        Kind(String suffix, String mediaType) {
            this.suffix = suffix;
            this.mediaType = mediaType;
        }

        public String suffix() {
            return suffix;
        }

        public String mediaType() {
            return mediaType;
        }
    }

    private static final java.util.Map<String, String> PREFIXES = java.util.Map.of(
            "schema", "http://schema.org/", "foaf", "http://xmlns.com/foaf/0.1/",
            "skg", "https://w3id.org/scholarkg/ns#", "bibo", "http://purl.org/ontology/bibo/",
            "xsd", "http://www.w3.org/2001/XMLSchema#");

    private final DatasetGraph dataset;
    private final Iris iris;
    private final Path folder;
    private String writtenFor;

    public DumpFiles(DatasetGraph dataset, Iris iris, Path folder) {
        this.dataset = dataset;
        this.iris = iris;
        this.folder = folder;
    }

    /** The name of a source's dumps: the last segment of its graph IRI. */
    static String sourceName(String graph, Iris iris) {
        return graph.startsWith(iris.base() + "graph/") ? graph.substring((iris.base() + "graph/").length())
                : org.scholarkg.record.Slugs.of(graph);
    }

    /** Makes sure the files are those of the given store version; returns the folder. */
    public synchronized Path ensure(DatasetStatistics.Snapshot stats) {
        if (stats.version().equals(writtenFor) && Files.isDirectory(folder)) {
            return folder;
        }
        try {
            Files.createDirectories(folder);
            Txn.executeRead(dataset, () -> {
                write("all", null);
                for (String graph : stats.graphs().keySet()) {
                    write(sourceName(graph, iris), NodeFactory.createURI(graph));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        writtenFor = stats.version();
        return folder;
    }

    /** The files of the last {@link #ensure}, by name. */
    public List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        try (var list = Files.list(folder)) {
            list.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().forEach(files::add);
        }
        return files;
    }

    private void write(String name, Node graph) {
        writeOne(name + Kind.NTRIPLES_GZ.suffix(), graph, true);
        writeOne(name + Kind.TURTLE.suffix(), graph, false);
    }

    private void writeOne(String fileName, Node graph, boolean ntriplesGzip) {
        Path target = folder.resolve(fileName);
        Path temp = folder.resolve("." + fileName + ".tmp");
        try (OutputStream file = Files.newOutputStream(temp);
                OutputStream out = ntriplesGzip ? new GZIPOutputStream(file, 1 << 16) : file) {
            // Streaming writers: Turtle in blocks; a pretty writer would hold the graph in memory.
            StreamRDF stream = ntriplesGzip ? StreamRDFWriter.getWriterStream(out, Lang.NTRIPLES)
                    : StreamRDFWriter.getWriterStream(out, org.apache.jena.riot.RDFFormat.TURTLE_BLOCKS);
            stream.start();
            if (!ntriplesGzip) {
                PREFIXES.forEach(stream::prefix);
            }
            // The whole graph is the union (TDB2 yields each triple once, from its sorted indexes).
            var triples = (graph == null ? dataset.getUnionGraph() : dataset.getGraph(graph))
                    .find(Node.ANY, Node.ANY, Node.ANY);
            while (triples.hasNext()) {
                stream.triple(triples.next());
            }
            stream.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
