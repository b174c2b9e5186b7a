package org.scholarkg.web.lod;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.scholarkg.web.ld.GraphReader;

/**
 * The counts that describe the dataset (triples per graph, instances per class, entities), computed with
 * the same queries as {@code stats} and kept until the store changes, so the VoID description and the home
 * page do not count millions of triples per request.
 */
public final class DatasetStatistics {

    private final GraphReader reader;
    private volatile Snapshot snapshot;

    public DatasetStatistics(GraphReader reader) {
        this.reader = reader;
    }

    /** One set of counts, and the store state they belong to. */
    public record Snapshot(String version, Map<String, Long> graphs, Map<String, Long> classes, long entities,
            Map<String, String> modified) {
        /** Triples over all graphs. */
        public long triples() {
            return graphs.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** The counts for the store as it is now. */
    public Snapshot current() {
        return reader.read(() -> {
            Map<String, String> modified = new LinkedHashMap<>();
            for (QuerySolution row : reader.select(
                    "SELECT ?g ?m ?n { GRAPH ?g { ?g dcterms:modified ?m OPTIONAL { ?g void:triples ?n } } } ORDER BY ?g",
                    Map.of())) {
                modified.put(row.getResource("g").getURI(), row.getLiteral("m").getLexicalForm()
                        + (row.contains("n") ? "/" + row.getLiteral("n").getLexicalForm() : ""));
            }
            String version = modified.toString();
            Snapshot s = snapshot;
            if (s != null && s.version().equals(version)) {
                return s;
            }
            s = compute(version, modified);
            snapshot = s;
            return s;
        });
    }

    private Snapshot compute(String version, Map<String, String> modified) {
        Map<String, Long> graphs = new LinkedHashMap<>();
        for (QuerySolution row : reader.select(
                "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g", Map.of())) {
            graphs.put(row.getResource("g").getURI(), row.getLiteral("n").getLong());
        }
        Map<String, Long> classes = new LinkedHashMap<>();
        for (QuerySolution row : reader.select("""
                SELECT ?class (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s a ?class } }
                GROUP BY ?class ORDER BY DESC(?n) ?class""", Map.of())) {
            classes.put(row.getResource("class").getURI(), row.getLiteral("n").getLong());
        }
        List<QuerySolution> entities = reader.select("""
                SELECT (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s a ?c }
                  FILTER (STRSTARTS(STR(?s), ?idBase) && !CONTAINS(STR(?s), "#")) }""",
                Map.of("idBase", reader.iris().base() + "id/"));
        long entityCount = entities.isEmpty() ? 0 : entities.get(0).getLiteral("n").getLong();
        Map<String, String> modifiedOnly = new LinkedHashMap<>();
        modified.forEach((g, m) -> modifiedOnly.put(g, m.split("/")[0]));
        return new Snapshot(version, graphs, classes, entityCount, modifiedOnly);
    }
}
