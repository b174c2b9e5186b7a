package org.scholarkg.web.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.scholarkg.web.ld.GraphReader;

/** The person-specific part of a page: groups with roles, and papers newest first with their co-authors. */
final class PersonSection {

    private final GraphReader reader;
    private final Links links;
    private final PersonPapers papers;

    PersonSection(GraphReader reader, Links links) {
        this.reader = reader;
        this.links = links;
        this.papers = new PersonPapers(reader, links);
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
        PersonPapers.Listing listing = papers.of(iri);
        person.put("papers", listing.papers());
        person.put("paperCount", listing.total());
        person.put("listedPapers", listing.papers().size());
        person.put("morePapers", listing.total() - listing.papers().size());
        person.put("hasMorePapers", listing.total() > listing.papers().size());
        page.put("person", person);
    }
}
