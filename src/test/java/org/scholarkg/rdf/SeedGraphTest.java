package org.scholarkg.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scholarkg.SeedGraph;

/** The group's graph built from {@code data/}: the facts of the seed page, queried with SPARQL. */
class SeedGraphTest {

    private static final String PREFIXES = """
            PREFIX schema: <http://schema.org/>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX bibo: <http://purl.org/ontology/bibo/>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX skg: <https://w3id.org/scholarkg/ns#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;
    private static final String BASE = "http://localhost:3030/";
    private static final String PI = BASE + "id/person/stefanie-jegelka";

    private static Model graph;

    @BeforeAll
    static void build() {
        graph = SeedGraph.union();
    }

    private static List<QuerySolution> select(String query) {
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.model(graph).query(PREFIXES + query).build()) {
            ResultSet rs = qe.execSelect();
            rs.forEachRemaining(rows::add);
        }
        return rows;
    }

    private static boolean ask(String query) {
        try (QueryExecution qe = QueryExecution.model(graph).query(PREFIXES + query).build()) {
            return qe.execAsk();
        }
    }

    @Test
    void holdsNinePapers() {
        assertThat(select("SELECT ?p { ?p a schema:ScholarlyArticle, foaf:Document }")).hasSize(9);
    }

    @Test
    void fourPapersWerePresentedAtNeurips2024InVancouver() {
        List<QuerySolution> rows = select("""
                SELECT ?p ?place ?start ?end ?acronym ?series {
                  ?p bibo:presentedAt ?e .
                  ?e a schema:Event ; schema:location ?place ; schema:startDate ?start ; schema:endDate ?end ;
                     schema:alternateName ?acronym ; schema:superEvent ?s ; skg:editionNumber 38 .
                  ?s a schema:EventSeries ; schema:alternateName ?series .
                }""");
        assertThat(rows).hasSize(4);
        for (QuerySolution row : rows) {
            assertThat(row.getLiteral("place").getString()).isEqualTo("Vancouver, Canada");
            assertThat(row.getLiteral("start").getLexicalForm()).isEqualTo("2024-12-10");
            assertThat(row.getLiteral("start").getDatatypeURI()).endsWith("#date");
            assertThat(row.getLiteral("end").getLexicalForm()).isEqualTo("2024-12-15");
            assertThat(row.getLiteral("acronym").getString()).isEqualTo("NeurIPS 2024");
            assertThat(row.getLiteral("series").getString()).isEqualTo("NeurIPS");
        }
    }

    @Test
    void fivePreprintsAreDatedOctober2024AsYearMonth() {
        List<QuerySolution> rows = select("""
                SELECT ?p { ?p schema:datePublished "2024-10"^^xsd:gYearMonth ;
                               schema:creativeWorkStatus "Preprint" }""");
        assertThat(rows).hasSize(5);
    }

    @Test
    void conferencePapersAreToBePublishedWithAPreprintAvailable() {
        assertThat(select("""
                SELECT ?p { ?p schema:datePublished "2024"^^xsd:gYear ;
                   schema:creativeWorkStatus "To be published", "Preprint available" }""")).hasSize(4);
    }

    @Test
    void theTwoYWangOfTheCanonicalizationPaperAreTwoPeople() {
        List<QuerySolution> rows = select("""
                SELECT ?pos ?person {
                  ?paper schema:name "A Canonicalization Perspective on Invariant and Equivariant Learning" ;
                         skg:authorship ?a .
                  ?a skg:printedName "Y. Wang" ; skg:position ?pos ; skg:person ?person .
                } ORDER BY ?pos""");
        assertThat(rows).extracting(r -> r.getLiteral("pos").getInt()).containsExactly(2, 5);
        assertThat(rows.get(0).getResource("person")).isNotEqualTo(rows.get(1).getResource("person"));
        assertThat(ask("""
                ASK { ?paper schema:name "A Canonicalization Perspective on Invariant and Equivariant Learning" ;
                             schema:author ?a, ?b . ?a schema:name "Y. Wang" . ?b schema:name "Y. Wang" .
                      FILTER(?a != ?b) }""")).isTrue();
    }

    @Test
    void authorshipsFollowThePrintedOrder() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("A Canonicalization Perspective on Invariant and Equivariant Learning",
                "G. Ma, Y. Wang, D. Lim, S. Jegelka, Y. Wang");
        expected.put("On the Role of Depth and Looping for In-Context Learning with Task Diversity",
                "K. Gatmiry, N. Saunshi, S. J. Reddi, S. Jegelka, S. Kumar");
        expected.put("What is Wrong with Perplexity for Long-context Language Modeling?",
                "L. Fang, Y. Wang, Z. Liu, C. Zhang, S. Jegelka, J. Gao, B. Ding, Y. Wang");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            List<QuerySolution> rows = select("""
                    SELECT ?name { ?paper schema:name ?title ; skg:authorship ?a .
                                   ?a skg:position ?pos ; skg:printedName ?name } ORDER BY ?pos"""
                    .replace("?title", "\"" + e.getKey() + "\""));
            assertThat(String.join(", ", rows.stream().map(r -> r.getLiteral("name").getString()).toList()))
                    .isEqualTo(e.getValue());
        }
    }

    @Test
    void everyPaperHasContiguousPositionsEachWithOnePersonWhoIsAnAuthor() {
        assertThat(ask("""
                ASK { ?paper skg:authorship ?a . ?a skg:position ?pos .
                      FILTER NOT EXISTS { ?a skg:person ?person . ?paper schema:author ?person ; foaf:maker ?person } }
                """)).isFalse();
        List<QuerySolution> rows = select("""
                SELECT ?paper (COUNT(?a) AS ?n) (MAX(?pos) AS ?max) (MIN(?pos) AS ?min)
                { ?paper skg:authorship ?a . ?a skg:position ?pos } GROUP BY ?paper""");
        assertThat(rows).hasSize(9);
        for (QuerySolution row : rows) {
            assertThat(row.getLiteral("min").getInt()).isEqualTo(1);
            assertThat(row.getLiteral("max").getInt()).isEqualTo(row.getLiteral("n").getInt());
        }
    }

    @Test
    void sJegelkaInAllNinePapersIsThePi() {
        List<QuerySolution> rows = select("""
                SELECT DISTINCT ?paper { ?paper skg:authorship ?a .
                  ?a skg:printedName "S. Jegelka" ; skg:person <%s> . ?paper schema:author <%s> }"""
                .formatted(PI, PI));
        assertThat(rows).hasSize(9);
        assertThat(ask("ASK { ?a skg:printedName \"S. Jegelka\" ; skg:person ?p . FILTER(?p != <" + PI + ">) }"))
                .isFalse();
    }

    @Test
    void thePiHeadsTheGroupWhichHasFourMembers() {
        List<QuerySolution> rows = select("""
                SELECT ?m { <%s> org:headOf ?g . ?g a foaf:Group, schema:ResearchOrganization ;
                  foaf:member ?m ; schema:member ?m . ?m schema:memberOf ?g }""".formatted(PI));
        assertThat(rows).hasSize(4);
        assertThat(ask("""
                ASK { ?ms a org:Membership ; org:member <%s> ; schema:roleName "Principal Investigator" }"""
                .formatted(PI))).isTrue();
    }

    @Test
    void thePiHasTitleJobAffiliationWithRorAndArea() {
        assertThat(ask("""
                ASK { <%s> a foaf:Person, schema:Person ; schema:name "Stefanie Jegelka" ; foaf:name "Stefanie Jegelka" ;
                  schema:honorificPrefix "Prof. Dr." ; schema:jobTitle "Humboldt Professor" ;
                  schema:affiliation ?tum ; schema:knowsAbout ?area .
                  ?tum a schema:CollegeOrUniversity ; schema:sameAs <https://ror.org/02kkvpp62> .
                  ?area a skos:Concept ; skos:prefLabel "Foundations of Deep Neural Networks" ; skos:inScheme ?s .
                  ?s a skos:ConceptScheme }""".formatted(PI))).isTrue();
    }

    @Test
    void titlesKeepTheirOwnQuestionMarks() {
        assertThat(select("SELECT ?t { ?p schema:name ?t FILTER(STRENDS(?t, \"?\")) }")).hasSize(2);
        assertThat(select("SELECT ?t { ?p a schema:ScholarlyArticle ; schema:name ?t FILTER(STRENDS(?t, \".\")) }"))
                .isEmpty();
    }

    @Test
    void linksShownOnThePageArePresentWithTheirKinds() {
        assertThat(select("SELECT ?p { ?p a schema:ScholarlyArticle ; skg:link [ skg:linkKind \"arxiv\" ] }"))
                .hasSize(9);
        assertThat(select("SELECT ?p { ?p a schema:ScholarlyArticle ; skg:link [ skg:linkKind \"code\" ] }"))
                .hasSize(3);
    }

    @Test
    void theSourceGraphRecordsItsProvenance() {
        assertThat(ask("""
                PREFIX void: <http://rdfs.org/ns/void#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                PREFIX dcterms: <http://purl.org/dc/terms/>
                ASK { <http://localhost:3030/graph/mcml-jegelka> a void:Dataset ; dcterms:modified ?m ;
                      dcterms:source "data/mcml-jegelka.yaml" ; prov:wasGeneratedBy [ a prov:Activity ] }""")).isTrue();
    }
}
