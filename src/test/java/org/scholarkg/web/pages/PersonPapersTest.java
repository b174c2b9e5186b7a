package org.scholarkg.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.Test;
import org.scholarkg.SeedGraph;
import org.scholarkg.SyntheticStore;
import org.scholarkg.web.ld.GraphReader;

/**
 * A person page lists the same papers, in the same order, with the same co-authors and counts as the one
 * ordered query it replaced, for the most prolific synthetic author (more papers than a page lists) and for
 * typical members.
 */
class PersonPapersTest {

    private final GraphReader reader = new GraphReader(SyntheticStore.get().datasetGraph(), SeedGraph.IRIS);
    private final Links links = new Links(SeedGraph.IRIS);

    @Test
    void theMostProlificAuthorsNewestPapersAndTheCount() {
        String iri = reader.select("""
                SELECT ?x (COUNT(DISTINCT ?p) AS ?n) { ?a skg:person ?x . ?p skg:authorship ?a }
                GROUP BY ?x ORDER BY DESC(?n) LIMIT 1""", Map.of()).get(0).getResource("x").getURI();
        PersonPapers.Listing listing = new PersonPapers(reader, links).of(iri);
        Reference expected = reference(iri);
        assertThat(listing.papers()).hasSize(PersonPapers.MAX_PAPERS);
        assertThat(listing.total()).isGreaterThan(PersonPapers.MAX_PAPERS).isEqualTo(expected.total());
        assertThat(listing.papers()).isEqualTo(expected.papers());
    }

    @Test
    void membersPapersAsBefore() {
        for (QuerySolution row : reader.select("""
                SELECT ?x { ?g foaf:member ?x FILTER NOT EXISTS { ?x org:headOf ?g } } ORDER BY ?x LIMIT 8""", Map.of())) {
            String iri = row.getResource("x").getURI();
            PersonPapers.Listing listing = new PersonPapers(reader, links).of(iri);
            Reference expected = reference(iri);
            assertThat(listing.total()).as(iri).isEqualTo(expected.total());
            assertThat(listing.papers()).as(iri).isEqualTo(expected.papers());
        }
    }

    @Test
    void someoneWithoutPapersHasNone() {
        PersonPapers.Listing listing = new PersonPapers(reader, links).of(SeedGraph.IRIS.base() + "id/person/nobody");
        assertThat(listing.papers()).isEmpty();
        assertThat(listing.total()).isZero();
    }

    private record Reference(List<Map<String, Object>> papers, long total) {
    }

    /** The listing as the earlier version built it: one query ordered by ARQ, and a count when the list is full. */
    private Reference reference(String iri) {
        Map<String, Map<String, Object>> papers = new LinkedHashMap<>();
        Map<String, TreeMap<Integer, Map<String, Object>>> coauthors = new LinkedHashMap<>();
        for (QuerySolution row : reader.select("""
                SELECT ?paper ?title ?date ?pos ?name ?other {
                  { SELECT DISTINCT ?paper ?d { ?mine skg:person ?p . ?paper skg:authorship ?mine ;
                      schema:datePublished ?d } ORDER BY DESC(STR(?d)) ?paper LIMIT %d }
                  ?paper schema:name ?title ; schema:datePublished ?date ; skg:authorship ?a .
                  ?a skg:position ?pos ; skg:printedName ?name ; skg:person ?other .
                } ORDER BY DESC(STR(?date)) ?title ?pos""".formatted(PersonPapers.MAX_PAPERS),
                Map.of("p", GraphReader.iri(iri)))) {
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
        long total = papers.size();
        if (papers.size() >= PersonPapers.MAX_PAPERS) {
            total = reader.select("""
                    SELECT (COUNT(DISTINCT ?paper) AS ?n) { ?mine skg:person ?p . ?paper skg:authorship ?mine }""",
                    Map.of("p", GraphReader.iri(iri))).get(0).getLiteral("n").getLong();
        }
        return new Reference(new ArrayList<>(papers.values()), total);
    }
}
