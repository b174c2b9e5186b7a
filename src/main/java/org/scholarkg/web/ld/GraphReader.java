package org.scholarkg.web.ld;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.scholarkg.rdf.Iris;

/**
 * Read-only SPARQL over the server's dataset (default graph: the union of the sources' graphs), in read
 * transactions, with every value from outside bound as a parameter, never spliced into query text.
 *
 * <pre>{@code
 * List<QuerySolution> rows = reader.select("SELECT ?n { ?s schema:name ?n }", Map.of("s", GraphReader.iri(iri)));
 * }</pre>
 */
public final class GraphReader {

    /** The prefixes every query may use. */
    public static final String PREFIXES = org.scholarkg.rdf.Prefixes.SPARQL;

    private final DatasetGraph dataset;
    private final org.apache.jena.query.Dataset view;
    private final Iris iris;

    public GraphReader(DatasetGraph dataset, Iris iris) {
        this.dataset = dataset;
        this.view = org.apache.jena.query.DatasetFactory.wrap(dataset);
        this.iris = iris;
    }

    /** The dataset as a Jena {@code Dataset}, for queries a caller prepares itself; use inside {@link #read}. */
    public org.apache.jena.query.Dataset view() {
        return view;
    }

    /**
     * The union of the sources' graphs (what queries see as the default graph), for lookups by index
     * ({@code find} with a subject, object or subject and predicate); use inside {@link #read}.
     */
    public Graph union() {
        return dataset.getUnionGraph();
    }

    /** A CONSTRUCT prepared by the caller (e.g. with {@code VALUES} set). */
    public Model construct(ParameterizedSparqlString query) {
        Query q = query.asQuery();
        return read(() -> {
            try (QueryExecution qe = QueryExecution.dataset(view).query(q).build()) {
                return qe.execConstruct();
            }
        });
    }

    /** The IRI minter of this deployment. */
    public Iris iris() {
        return iris;
    }

    /** Runs work in one read transaction (several queries see one state of the store). */
    public <T> T read(Supplier<T> work) {
        return dataset.isInTransaction() ? work.get() : Txn.calculateRead(dataset, work);
    }

    /** An IRI to bind: {@code Map.of("s", GraphReader.iri(x))}; plain strings bind as literals. */
    public static RDFNode iri(String iri) {
        return org.apache.jena.rdf.model.ResourceFactory.createResource(iri);
    }

    /**
     * A SELECT; bindings map variable names to values: {@link RDFNode}s (see {@link #iri}), numbers, or
     * strings, which bind as plain literals.
     */
    public List<QuerySolution> select(String query, Map<String, ?> bindings) {
        return rows(bind(query, bindings));
    }

    private List<QuerySolution> rows(Query q) {
        return read(() -> {
            List<QuerySolution> rows = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(view).query(q).build()) {
                // Copied inside the transaction: TDB2 rows resolve their terms lazily, and a row read after
                // the transaction fails ("Not in a transaction") once the node cache no longer holds them.
                qe.execSelect().forEachRemaining(row -> {
                    QuerySolutionMap copy = new QuerySolutionMap();
                    row.varNames().forEachRemaining(v -> copy.add(v, row.get(v)));
                    rows.add(copy);
                });
            }
            return rows;
        });
    }

    /** A SELECT prepared by the caller (e.g. with {@code VALUES} set), rows copied as {@link #select} copies them. */
    public List<QuerySolution> select(ParameterizedSparqlString query) {
        return rows(query.asQuery());
    }

    /** A CONSTRUCT, bound as {@link #select} binds. */
    public Model construct(String query, Map<String, ?> bindings) {
        Query q = bind(query, bindings);
        return read(() -> {
            try (QueryExecution qe = QueryExecution.dataset(view).query(q).build()) {
                return qe.execConstruct();
            }
        });
    }

    /** An ASK, bound as {@link #select} binds. */
    public boolean ask(String query, Map<String, ?> bindings) {
        Query q = bind(query, bindings);
        return read(() -> {
            try (QueryExecution qe = QueryExecution.dataset(view).query(q).build()) {
                return qe.execAsk();
            }
        });
    }

    private static Query bind(String query, Map<String, ?> bindings) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(PREFIXES + query);
        bindings.forEach((name, value) -> {
            if (value instanceof RDFNode node) {
                pss.setParam(name, node);
            } else if (value instanceof Long n) {
                pss.setLiteral(name, n);
            } else {
                pss.setLiteral(name, String.valueOf(value));
            }
        });
        return pss.asQuery();
    }
}
