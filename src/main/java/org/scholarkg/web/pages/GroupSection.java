package org.scholarkg.web.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.QuerySolution;
import org.scholarkg.web.ld.GraphReader;

/** The group-specific part of a page: members (head first) and the publications it lists, by year. */
final class GroupSection {

    private final GraphReader reader;
    private final Links links;

    GroupSection(GraphReader reader, Links links) {
        this.reader = reader;
        this.links = links;
    }

    void addTo(Map<String, Object> page, String iri) {
        Map<String, Object> group = new LinkedHashMap<>();
        List<Map<String, Object>> members = new ArrayList<>();
        for (QuerySolution row : reader.select("""
                SELECT ?m ?name (SAMPLE(?t) AS ?title) (SAMPLE(?r) AS ?role) (SAMPLE(?f) AS ?family) (SAMPLE(?h) AS ?head) {
                  ?g foaf:member ?m . ?m schema:name ?name .
                  OPTIONAL { ?m schema:honorificPrefix ?t } OPTIONAL { ?m schema:familyName ?f }
                  OPTIONAL { ?ms org:member ?m ; org:organization ?g ; schema:roleName ?r }
                  BIND (EXISTS { ?m org:headOf ?g } AS ?h)
                } GROUP BY ?m ?name ORDER BY DESC(?head) ?family ?name""", Map.of("g", GraphReader.iri(iri)))) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", row.getLiteral("name").getString());
            m.put("href", links.href(row.getResource("m").getURI()));
            if (row.contains("title")) {
                m.put("honorific", row.getLiteral("title").getString());
            }
            if (row.contains("role")) {
                m.put("memberRole", row.getLiteral("role").getString());
            }
            members.add(m);
        }
        group.put("members", members);
        group.put("memberCount", members.size());
        Map<String, Map<String, Object>> papers = new LinkedHashMap<>();
        Map<String, TreeMap<Integer, String>> authors = new LinkedHashMap<>();
        for (QuerySolution row : reader.select("""
                SELECT ?paper ?title ?date ?pos ?name {
                  ?paper schema:sourceOrganization ?g ; schema:name ?title ; schema:datePublished ?date ;
                         skg:authorship [ skg:position ?pos ; skg:printedName ?name ] .
                  BIND (STR(?date) AS ?day)
                } ORDER BY DESC(?day) ?title""", Map.of("g", GraphReader.iri(iri)))) {
            String paper = row.getResource("paper").getURI();
            papers.computeIfAbsent(paper, k -> {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("href", links.href(k));
                p.put("title", row.getLiteral("title").getString());
                p.put("year", row.getLiteral("date").getLexicalForm().substring(0, 4));
                return p;
            });
            authors.computeIfAbsent(paper, k -> new TreeMap<>()).put(row.getLiteral("pos").getInt(),
                    row.getLiteral("name").getString());
        }
        Map<String, List<Map<String, Object>>> byYear = new TreeMap<>(java.util.Comparator.reverseOrder());
        papers.forEach((paper, p) -> {
            p.put("authors", String.join(", ", authors.get(paper).values()));
            byYear.computeIfAbsent((String) p.get("year"), y -> new ArrayList<>()).add(p);
        });
        List<Map<String, Object>> years = new ArrayList<>();
        byYear.forEach((year, list) -> years.add(Map.of("year", year, "count", list.size(), "papers", list)));
        group.put("years", years);
        group.put("paperCount", papers.size());
        page.put("group", group);
    }
}
