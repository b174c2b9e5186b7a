package org.scholarkg.store;

import java.nio.file.Path;
import java.util.List;
import java.util.function.ObjLongConsumer;
import org.apache.jena.atlas.lib.Lib;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.scholarkg.KgConfigException;
import org.scholarkg.KgException;

/**
 * The embedded store: Apache Jena TDB2 in a folder, with the union of the named graphs as the default
 * graph. The first load into an empty store goes through TDB2's bulk loader; later loads replace one
 * graph per write transaction.
 */
public final class Tdb2Store implements KnowledgeGraph {

    /** The default folder. */
    public static final Path DEFAULT_LOCATION = Path.of("var", "tdb2");

    private final Path location;
    private final Dataset dataset;

    /** Opens (or creates) the store in a folder. */
    public Tdb2Store(Path location) {
        this.location = location;
        try {
            this.dataset = TDB2Factory.connectDataset(location.toString());
        } catch (RuntimeException e) {
            throw new KgConfigException("cannot open the TDB2 store in " + location + ": " + e.getMessage());
        }
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /** The dataset, for the server; touch it only inside transactions. */
    public DatasetGraph datasetGraph() {
        return dataset.asDatasetGraph();
    }

    @Override
    public long replaceGraph(String graph, GraphContent content) {
        try {
            return replace(graph, content);
        } catch (InternalError e) {
            throw diskFull(e, "Graphs loaded before this one are complete; this one was not changed.");
        }
    }

    private long replace(String graph, GraphContent content) {
        Node g = NodeFactory.createURI(graph);
        DatasetGraph dsg = dataset.asDatasetGraph();
        if (Txn.calculateRead(dsg, dsg::isEmpty)) {
            long count = bulkLoad(dsg, g, content);
            countCommit(dsg);
            return count;
        }
        return Txn.calculateWrite(dsg, () -> {
            dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            InGraph sink = new InGraph(dsg, g);
            content.writeTo(sink);
            return sink.count;
        });
    }

    private static long bulkLoad(DatasetGraph dsg, Node g, GraphContent content) {
        DataLoader loader = LoaderFactory.createLoader(dsg, (fmt, args) -> { });
        loader.startBulk();
        try {
            content.writeTo(new BulkInGraph(loader.stream(), g));
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        return loader.countQuads() + loader.countTriples();
    }

    /**
     * Into an empty store, all graphs go through one run of TDB2's bulk loader (one transaction: all of them
     * or none); otherwise each graph is replaced in its own write transaction.
     */
    @Override
    public void replaceGraphs(List<GraphUpdate> updates, ObjLongConsumer<GraphUpdate> done) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        if (updates.size() < 2 || !Txn.calculateRead(dsg, dsg::isEmpty)) {
            KnowledgeGraph.super.replaceGraphs(updates, done);
            return;
        }
        DataLoader loader = LoaderFactory.createLoader(dsg, (fmt, args) -> { });
        loader.startBulk();
        try {
            bulkLoad(loader, updates, done);
        } catch (InternalError e) {
            throw diskFull(e, "The bulk load is one transaction: the store is as empty as before.");
        }
        countCommit(dsg);
    }

    /**
     * Commits an empty write transaction. TDB2 counts committed write transactions (the version the server's
     * document cache keys on), and its bulk loader bypasses that count; this makes every load a new version.
     */
    private static void countCommit(DatasetGraph dsg) {
        Txn.executeWrite(dsg, () -> { });
    }

    private static void bulkLoad(DataLoader loader, List<GraphUpdate> updates, ObjLongConsumer<GraphUpdate> done) {
        try {
            for (GraphUpdate update : updates) {
                BulkInGraph sink = new BulkInGraph(loader.stream(), NodeFactory.createURI(update.graph()));
                update.content().writeTo(sink);
                done.accept(update, sink.count);
            }
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
    }

    /** TDB2 maps its files into memory: a full disk shows up as a fault in a memory access. */
    private KgException diskFull(InternalError e, String state) {
        return new KgException("cannot write to the TDB2 store in " + location + "; is its disk full? ("
                + e.getMessage() + "). " + state, e);
    }

    /**
     * Compacts the database: TDB2 never reuses the space of deleted triples, so a store whose graphs are
     * replaced again and again grows until compacted. Readers go on during compaction; the old generation
     * of the files is deleted afterwards.
     */
    public void compact() {
        org.apache.jena.tdb2.DatabaseMgr.compact(dataset.asDatasetGraph(), true);
    }

    @Override
    public RDFConnection connect() {
        return RDFConnection.connect(dataset);
    }

    @Override
    public String describe() {
        return "TDB2 store " + location;
    }

    /**
     * Closes the store and releases its folder (and lock), so another process can open it. Every
     * {@code Tdb2Store} of the same folder in this JVM shares one database: close them together.
     */
    @Override
    public void close() {
        dataset.close();
        org.apache.jena.tdb2.sys.TDBInternal.expel(dataset.asDatasetGraph());
    }

    private static void checkGraph(Node g, Quad quad) {
        if (!quad.getGraph().equals(g)) {
            throw new IllegalArgumentException("a statement for graph " + quad.getGraph() + " while loading " + g);
        }
    }

    /** Passes the triples and quads of one graph to a bulk loader's stream, as quads, counting them. */
    private static final class BulkInGraph extends StreamRDFBase {
        private final StreamRDF stream;
        private final Node graph;
        private long count;

        BulkInGraph(StreamRDF stream, Node graph) {
            this.stream = stream;
            this.graph = graph;
        }

        @Override
        public void triple(Triple triple) {
            stream.quad(Quad.create(graph, triple));
            count++;
        }

        @Override
        public void quad(Quad quad) {
            checkGraph(graph, quad);
            stream.quad(quad);
            count++;
        }
    }

    /** Adds triples and quads of one graph to a dataset inside the caller's transaction. */
    private static final class InGraph extends StreamRDFBase {
        private final DatasetGraph dsg;
        private final Node graph;
        private long count;

        InGraph(DatasetGraph dsg, Node graph) {
            this.dsg = dsg;
            this.graph = graph;
        }

        @Override
        public void triple(Triple triple) {
            dsg.add(graph, triple.getSubject(), triple.getPredicate(), triple.getObject());
            count++;
        }

        @Override
        public void quad(Quad quad) {
            checkGraph(graph, quad);
            dsg.add(quad);
            count++;
        }
    }

    @Override
    public String toString() {
        return Lib.className(this) + "[" + location + "]";
    }
}
