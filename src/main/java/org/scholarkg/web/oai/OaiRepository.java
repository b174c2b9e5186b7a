package org.scholarkg.web.oai;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.scholarkg.web.ld.GraphReader;

/**
 * The store as an OAI-PMH repository: every paper is an item, its datestamp the latest
 * {@code dcterms:modified} of the source graphs that describe it; every group is a set
 * ({@code group:{slug}}) holding the papers it lists.
 */
final class OaiRepository {

    private static final String SET_PREFIX = "group:";
    private final GraphReader reader;
    private final String namespace;

    OaiRepository(GraphReader reader) {
        this.reader = reader;
        this.namespace = java.net.URI.create(reader.iris().base()).getHost();
    }

    /** A record's header. */
    record Header(String identifier, String paper, Instant datestamp, List<String> sets) {
    }

    /** A record's oai_dc metadata: each element's values in order. */
    record DublinCore(Map<String, List<String>> elements) {
    }

    String identifier(String paperIri) {
        return "oai:" + namespace + ":paper/" + paperIri.substring(paperIri.lastIndexOf('/') + 1);
    }

    /** The paper IRI of an OAI identifier, or null when it is not one of ours. */
    String paperOf(String identifier) {
        String prefix = "oai:" + namespace + ":paper/";
        if (!identifier.startsWith(prefix) || !identifier.substring(prefix.length()).matches("[a-z0-9][a-z0-9-]{0,199}")) {
            return null;
        }
        return reader.iris().paper(identifier.substring(prefix.length())).stringValue();
    }

    Instant earliestDatestamp() {
        List<QuerySolution> rows = reader.select("SELECT (MIN(?m) AS ?min) { GRAPH ?g { ?g dcterms:modified ?m } }", Map.of());
        return rows.isEmpty() || !rows.get(0).contains("min") ? Instant.EPOCH
                : Instant.parse(rows.get(0).getLiteral("min").getLexicalForm());
    }

    /** Set spec to set name, by spec. */
    Map<String, String> sets() {
        Map<String, String> sets = new TreeMap<>();
        for (QuerySolution row : reader.select("SELECT ?g ?name { ?g a foaf:Group ; schema:name ?name }", Map.of())) {
            String iri = row.getResource("g").getURI();
            sets.put(SET_PREFIX + iri.substring(iri.lastIndexOf('/') + 1), row.getLiteral("name").getString());
        }
        return sets;
    }

    boolean setExists(String spec) {
        return sets().containsKey(spec);
    }

    /** The headers of a list request, in identifier order, from offset, at most limit; and the total. */
    List<Header> headers(String set, Instant from, Instant until, int offset, int limit) {
        ParameterizedSparqlString q = listQuery(set, from, until,
                "SELECT ?p (MAX(?m) AS ?stamp) (GROUP_CONCAT(DISTINCT STR(?o); SEPARATOR=\" \") AS ?orgs)");
        q.append(" GROUP BY ?p HAVING (" + window(from, until) + ") ORDER BY ?p OFFSET " + offset + " LIMIT " + limit);
        List<Header> headers = new ArrayList<>();
        for (QuerySolution row : select(q)) {
            headers.add(header(row));
        }
        return headers;
    }

    int count(String set, Instant from, Instant until) {
        ParameterizedSparqlString q = listQuery(set, from, until, "SELECT (COUNT(*) AS ?n) { SELECT ?p (MAX(?m) AS ?stamp)");
        q.append(" GROUP BY ?p HAVING (" + window(from, until) + ") }");
        List<QuerySolution> rows = select(q);
        return rows.isEmpty() ? 0 : rows.get(0).getLiteral("n").getInt();
    }

    /** The header of one paper, or null when the store does not have it. */
    Header header(String paper) {
        ParameterizedSparqlString q = listQuery(null, null, null,
                "SELECT ?p (MAX(?m) AS ?stamp) (GROUP_CONCAT(DISTINCT STR(?o); SEPARATOR=\" \") AS ?orgs)", true);
        q.append(" GROUP BY ?p");
        q.setIri("paper", paper);
        List<QuerySolution> rows = select(q);
        return rows.isEmpty() || !rows.get(0).contains("p") ? null : header(rows.get(0));
    }

    /** The oai_dc elements of a paper: creators in author order. */
    DublinCore dublinCore(String paper) {
        Map<String, List<String>> dc = new LinkedHashMap<>();
        RDFNode p = GraphReader.iri(paper);
        List<QuerySolution> rows = reader.select("""
                SELECT ?title ?date ?abstract ?doi ?venue ?type {
                  ?p schema:name ?title .
                  OPTIONAL { ?p schema:datePublished ?date } OPTIONAL { ?p schema:abstract ?abstract }
                  OPTIONAL { ?p bibo:doi ?doi }
                  OPTIONAL { { ?p bibo:presentedAt ?v } UNION { ?p schema:isPartOf ?v } ?v schema:name ?venue }
                } LIMIT 1""", Map.of("p", p));
        if (!rows.isEmpty()) {
            QuerySolution r = rows.get(0);
            add(dc, "title", r, "title");
        }
        Map<Integer, String> creators = new TreeMap<>();
        for (QuerySolution row : reader.select(
                "SELECT ?pos ?name { ?p skg:authorship ?a . ?a skg:position ?pos ; skg:printedName ?name }", Map.of("p", p))) {
            creators.put(row.getLiteral("pos").getInt(), row.getLiteral("name").getString());
        }
        dc.put("creator", new ArrayList<>(creators.values()));
        if (!rows.isEmpty()) {
            QuerySolution r = rows.get(0);
            add(dc, "description", r, "abstract");
            add(dc, "date", r, "date");
            add(dc, "source", r, "venue");
            dc.computeIfAbsent("type", k -> new ArrayList<>()).add("Text");
            List<String> ids = dc.computeIfAbsent("identifier", k -> new ArrayList<>());
            ids.add(paper);
            if (r.contains("doi")) {
                ids.add("https://doi.org/" + r.getLiteral("doi").getString());
            }
        }
        for (QuerySolution row : reader.select("SELECT ?id { ?p schema:identifier ?id FILTER STRSTARTS(?id, \"arXiv:\") }",
                Map.of("p", p))) {
            dc.computeIfAbsent("identifier", k -> new ArrayList<>())
                    .add("https://arxiv.org/abs/" + row.getLiteral("id").getString().substring(6));
        }
        return new DublinCore(dc);
    }

    private static void add(Map<String, List<String>> dc, String element, QuerySolution r, String var) {
        if (r.contains(var)) {
            dc.computeIfAbsent(element, k -> new ArrayList<>()).add(r.get(var).asLiteral().getLexicalForm());
        }
    }

    private Header header(QuerySolution row) {
        String paper = row.getResource("p").getURI();
        List<String> sets = new ArrayList<>();
        if (row.contains("orgs")) {
            for (String org : row.getLiteral("orgs").getString().split(" ")) {
                if (org.startsWith(reader.iris().base() + "id/group/")) {
                    sets.add(SET_PREFIX + org.substring(org.lastIndexOf('/') + 1));
                }
            }
        }
        sets.sort(null);
        return new Header(identifier(paper), paper, Instant.parse(row.getLiteral("stamp").getLexicalForm()), sets);
    }

    private ParameterizedSparqlString listQuery(String set, Instant from, Instant until, String select) {
        return listQuery(set, from, until, select, false);
    }

    private ParameterizedSparqlString listQuery(String set, Instant from, Instant until, String select, boolean one) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(GraphReader.PREFIXES + select + """
                 WHERE {
                  GRAPH ?g { ?p a foaf:Document . ?g dcterms:modified ?m }
                  OPTIONAL { ?p schema:sourceOrganization ?o }
                """ + (set == null ? "" : "  ?p schema:sourceOrganization ?set .\n")
                + (one ? "  FILTER (?p = ?paper)\n" : "") + "}");
        if (set != null) {
            q.setIri("set", reader.iris().group(set.substring(SET_PREFIX.length())).stringValue());
        }
        if (from != null) {
            q.setLiteral("from", literal(from));
        }
        if (until != null) {
            q.setLiteral("until", literal(until));
        }
        return q;
    }

    private static String window(Instant from, Instant until) {
        String w = "true";
        if (from != null) {
            w += " && MAX(?m) >= ?from";
        }
        if (until != null) {
            w += " && MAX(?m) <= ?until";
        }
        return w;
    }

    private static Literal literal(Instant t) {
        return ResourceFactory.createTypedLiteral(t.toString(), XSDDatatype.XSDdateTime);
    }

    private List<QuerySolution> select(ParameterizedSparqlString q) {
        List<QuerySolution> rows = new ArrayList<>();
        reader.read(() -> {
            try (var qe = org.apache.jena.query.QueryExecution.dataset(reader.view()).query(q.asQuery()).build()) {
                qe.execSelect().forEachRemaining(rows::add);
            }
            return null;
        });
        return rows;
    }
}
