package org.scholarkg.web.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.QuerySolution;
import org.scholarkg.web.ld.GraphReader;

/** The person-specific part of a page: groups with roles, and papers newest first with their co-authors. */
final class PersonSection {

    /** Papers a person page lists at most, newest first; the count and SPARQL give the rest. */
    static final int MAX_PAPERS = 200;

    private final GraphReader reader;
    private final Links links;

    PersonSection(GraphReader reader, Links links) {
        this.reader = reader;
        this.links = links;
    }

    void addTo(Map<String, Object> page, String iri) {
        Map<String, Object> person = new LinkedHashMap<>();
        List<Map<String, Object>> groups = new ArrayList<>();
        for (QuerySolution row : reader.select("""
                SELECT ?g ?name (SAMPLE(?r) AS ?role) (SAMPLE(?h) AS ?head) {
                  ?g foaf:member ?p ; schema:name ?name .
                  OPTIONAL { ?m org:member ?p ; org:organization ?g ; schema:roleName ?r }
                  BIND (EXISTS { ?p org:headOf ?g } AS ?h)
                } GROUP BY ?g ?name ORDER BY ?name""", Map.of("p", GraphReader.iri(iri)))) {
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("name", row.getLiteral("name").getString());
            g.put("href", links.href(row.getResource("g").getURI()));
            if (row.contains("role")) {
                g.put("groupRole", row.getLiteral("role").getString());
            }
            g.put("head", row.getLiteral("head").getBoolean());
            groups.add(g);
        }
        person.put("groups", groups);
        person.put("hasGroups", !groups.isEmpty());
        // One query: every authorship of every paper of the person, assembled per paper below.
        Map<String, Map<String, Object>> papers = new LinkedHashMap<>();
        Map<String, TreeMap<Integer, Map<String, Object>>> coauthors = new LinkedHashMap<>();
        for (QuerySolution row : reader.select("""
                SELECT ?paper ?title ?date ?pos ?name ?other {
                  # The person's newest papers first; without that TDB2 would start from all authorships.
                  { SELECT DISTINCT ?paper ?d { ?mine skg:person ?p . ?paper skg:authorship ?mine ;
                      schema:datePublished ?d } ORDER BY DESC(STR(?d)) ?paper LIMIT %d }
                  ?paper schema:name ?title ; schema:datePublished ?date ; skg:authorship ?a .
                  ?a skg:position ?pos ; skg:printedName ?name ; skg:person ?other .
                } ORDER BY DESC(STR(?date)) ?title ?pos""".formatted(MAX_PAPERS), Map.of("p", GraphReader.iri(iri)))) {
            String paper = row.getResource("paper").getURI();
            papers.computeIfAbsent(paper, k -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("href", links.href(k));
                m.put("title", row.getLiteral("title").getString());
                m.put("date", row.getLiteral("date").getLexicalForm());
                return m;
            });
            String other = row.getResource("other").getURI();
            if (!other.equals(iri)) {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("name", row.getLiteral("name").getString());
                c.put("last", false);
                if (!other.contains("#")) {
                    c.put("link", links.href(other));
                }
                coauthors.computeIfAbsent(paper, k -> new TreeMap<>()).put(row.getLiteral("pos").getInt(), c);
            }
        }
        papers.forEach((paper, m) -> {
            List<Map<String, Object>> list = new ArrayList<>(coauthors.getOrDefault(paper, new TreeMap<>()).values());
            if (!list.isEmpty()) {
                list.get(list.size() - 1).put("last", true);
            }
            m.put("coauthors", list);
            m.put("hasCoauthors", !list.isEmpty());
        });
        person.put("papers", new ArrayList<>(papers.values()));
        long total = papers.size();
        if (papers.size() >= MAX_PAPERS) {
            List<QuerySolution> count = reader.select("""
                    SELECT (COUNT(DISTINCT ?paper) AS ?n) { ?mine skg:person ?p . ?paper skg:authorship ?mine }""",
                    Map.of("p", GraphReader.iri(iri)));
            total = count.get(0).getLiteral("n").getLong();
        }
        person.put("paperCount", total);
        person.put("listedPapers", papers.size());
        person.put("morePapers", total - papers.size());
        person.put("hasMorePapers", total > papers.size());
        page.put("person", person);
    }
}
