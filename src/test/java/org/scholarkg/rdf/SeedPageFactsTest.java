package org.scholarkg.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.scholarkg.SeedGraph;
import org.scholarkg.SharedFixtures;

/**
 * The seed page's facts, read from the page itself, all reach the graph built from {@code data/}: each
 * entry's authors in printed order, its exact title, its abstract, its venue line and its links.
 */
@Tag(SharedFixtures.TAG)
class SeedPageFactsTest {

    private static List<String> lines;
    private static Model graph;

    /** One publication entry as printed. */
    record Entry(String authors, String title, String venueLine, String abstractText) {
    }

    @BeforeAll
    static void read() throws IOException {
        lines = Files.readAllLines(SharedFixtures.seedPage(), StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(l -> !l.isEmpty()).toList();
        graph = SeedGraph.union();
    }

    private static List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("\\[\\d+]")) {
                String title = lines.get(i + 2);
                assertThat(lines.get(i + 4)).isEqualTo("Abstract");
                entries.add(new Entry(lines.get(i + 1).replaceAll("\\.$", ""), title.substring(0, title.length() - 1),
                        lines.get(i + 3), lines.get(i + 5)));
            }
        }
        return entries;
    }

    private static List<QuerySolution> select(String query, String title) {
        ParameterizedSparqlString q = new ParameterizedSparqlString("""
                PREFIX schema: <http://schema.org/>
                PREFIX skg: <https://w3id.org/scholarkg/ns#>
                PREFIX bibo: <http://purl.org/ontology/bibo/>
                """ + query);
        q.setLiteral("title", title);
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.model(graph).query(q.asQuery()).build()) {
            qe.execSelect().forEachRemaining(rows::add);
        }
        return rows;
    }

    @Test
    void thePageHasNineEntriesAndTheGraphEveryOneWithItsExactTitle() {
        List<Entry> entries = entries();
        assertThat(entries).hasSize(9);
        for (Entry e : entries) {
            assertThat(select("SELECT ?p { ?p a schema:ScholarlyArticle ; schema:name ?title }", e.title()))
                    .as(e.title()).hasSize(1);
        }
    }

    @Test
    void authorsAreInPrintedOrder() {
        for (Entry e : entries()) {
            List<String> names = select("""
                    SELECT ?name { ?p schema:name ?title ; skg:authorship ?a .
                                   ?a skg:position ?pos ; skg:printedName ?name } ORDER BY ?pos""", e.title())
                    .stream().map(r -> r.getLiteral("name").getString()).toList();
            String printed = names.size() == 1 ? names.get(0)
                    : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
            assertThat(printed).as(e.title()).isEqualTo(e.authors());
        }
    }

    @Test
    void abstractsAreExact() {
        for (Entry e : entries()) {
            List<QuerySolution> rows = select("SELECT ?abs { ?p schema:name ?title ; schema:abstract ?abs }", e.title());
            assertThat(rows).as(e.title()).hasSize(1);
            assertThat(rows.get(0).getLiteral("abs").getString()).isEqualTo(e.abstractText());
        }
    }

    @Test
    void venueLinesStatusesAndLinksAreKept() {
        for (Entry e : entries()) {
            List<String> statuses = select("SELECT ?s { ?p schema:name ?title ; schema:creativeWorkStatus ?s }",
                    e.title()).stream().map(r -> r.getLiteral("s").getString()).toList();
            List<String> links = select("""
                    SELECT ?label { ?p schema:name ?title ; skg:link ?l . ?l <http://www.w3.org/2000/01/rdf-schema#label> ?label }
                    ORDER BY ?l""", e.title()).stream().map(r -> r.getLiteral("label").getString()).toList();
            assertThat(e.venueLine()).as(e.title()).endsWith(String.join(" ", links));
            if (e.venueLine().startsWith("NeurIPS 2024 - 38th Conference on Neural Information Processing Systems.")) {
                assertThat(e.venueLine()).contains("Vancouver, Canada, Dec 10-15, 2024. To be published. Preprint available.");
                assertThat(statuses).containsExactlyInAnyOrder("To be published", "Preprint available");
                assertThat(select("SELECT ?e { ?p schema:name ?title ; bibo:presentedAt ?e }", e.title())).hasSize(1);
            } else {
                assertThat(e.venueLine()).startsWith("Preprint (Oct. 2024).");
                assertThat(statuses).containsExactly("Preprint");
            }
        }
    }

    @Test
    void thePeopleOfThePageAreInTheGraph() {
        for (String name : List.of("Stefanie Jegelka", "Andreas Bergmeister", "Valerie Engelmayer", "Eduardo Santos Escriche")) {
            assertThat(lines).contains(name);
            assertThat(select("SELECT ?p { ?p a schema:Person ; schema:name ?title ; schema:memberOf ?g }", name))
                    .as(name).hasSize(1);
        }
        assertThat(lines).contains("is a Humboldt Professor at TU Munich.", "Prof. Dr.", "Principal Investigator");
        String statement = lines.get(lines.indexOf("is a Humboldt Professor at TU Munich.") + 1);
        assertThat(select("SELECT ?p { ?p schema:description ?title }", statement)).hasSize(1);
    }
}
