package org.scholarkg.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.rdfconnection.RDFConnection;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarkg.SeedGraph;
import org.scholarkg.SharedFixtures;
import org.scholarkg.record.AuthorRef;
import org.scholarkg.record.PaperRecord;
import org.scholarkg.record.RecordFile;
import org.scholarkg.record.RecordReader;
import org.scholarkg.record.RecordSet;
import org.scholarkg.record.RecordYamlWriter;
import org.scholarkg.source.bibtex.BibtexImporter;
import org.scholarkg.store.GraphLoader;
import org.scholarkg.store.Tdb2Store;

/**
 * The repository formats both ways: the group page and a real BibTeX list loaded together give one node
 * per shared paper with both sources; the BibTeX export imports back to the same papers; the CSL-JSON
 * export validates against the CSL data schema.
 */
@Tag(SharedFixtures.TAG)
class RepositoryFormatsTest {

    private static final String CANONICAL = "A Canonicalization Perspective on Invariant and Equivariant Learning";

    @Test
    void theGroupPageAndABibtexListGiveOneNodeWithBothSources(@TempDir Path dir) throws Exception {
        Path bib = dir.resolve("yifeiwang77.yaml");
        Files.writeString(bib, new RecordYamlWriter().write(new BibtexImporter()
                .read(SharedFixtures.root().resolve("bibtex/yifeiwang77-papers.bib")).records()));
        RecordSet records = new RecordReader().read(List.of(Path.of("data/mcml-jegelka.yaml"), bib));
        assertThat(records.paperIdentity().merges()).extracting(m -> m.into())
                .contains("ma-2024-canonicalization-perspective");
        try (Tdb2Store store = new Tdb2Store(dir.resolve("tdb2"))) {
            new GraphLoader(SeedGraph.IRIS).load(records, store, g -> { });
            try (RDFConnection conn = store.connect()) {
                long[] nodes = new long[1];
                conn.querySelect("SELECT (COUNT(DISTINCT ?p) AS ?n) { ?p <http://schema.org/name> \"" + CANONICAL + "\" }",
                        r -> nodes[0] = r.getLiteral("n").getLong());
                assertThat(nodes[0]).isEqualTo(1);
                List<String> graphs = new java.util.ArrayList<>();
                conn.querySelect("SELECT DISTINCT ?g { GRAPH ?g { <" + SeedGraph.IRIS.paper("ma-2024-canonicalization-perspective")
                        + "> ?p ?o } } ORDER BY ?g", r -> graphs.add(r.getResource("g").getURI()));
                assertThat(graphs).containsExactly(SeedGraph.IRIS.graph("mcml-jegelka").stringValue(),
                        SeedGraph.IRIS.graph("yifeiwang77").stringValue());
                long[] titles = new long[1];
                conn.querySelect("SELECT (COUNT(?t) AS ?n) { <" + SeedGraph.IRIS.paper("ma-2024-canonicalization-perspective")
                        + "> <http://schema.org/name> ?t }", r -> titles[0] = r.getLiteral("n").getLong());
                assertThat(titles[0]).isEqualTo(1);
            }
        }
    }

    @Test
    void theBibtexExportImportsBackToTheSamePapers(@TempDir Path dir) throws Exception {
        RecordFile exported;
        try (Tdb2Store store = new Tdb2Store(dir.resolve("tdb2"))) {
            new GraphLoader(SeedGraph.IRIS).load(SeedGraph.records(), store, g -> { });
            exported = new GraphRecords(SeedGraph.IRIS, store).all();
        }
        Path bib = dir.resolve("export.bib");
        Files.writeString(bib, new BibtexWriter().write(exported));
        var back = new BibtexImporter().read(bib);
        assertThat(back.unplaced()).isEmpty();
        Map<String, PaperRecord> again = back.records().papers().stream()
                .collect(Collectors.toMap(PaperRecord::id, Function.identity()));
        assertThat(again.keySet()).containsExactlyInAnyOrderElementsOf(
                exported.papers().stream().map(PaperRecord::id).toList());
        for (PaperRecord p : exported.papers()) {
            PaperRecord q = again.get(p.id());
            assertThat(q.title()).isEqualTo(p.title());
            assertThat(q.type()).as(p.id()).isEqualTo(p.type());
            assertThat(q.date()).isEqualTo(p.date());
            assertThat(q.abstractText()).isEqualTo(p.abstractText());
            assertThat(q.authors()).extracting(AuthorRef::printedName)
                    .containsExactlyElementsOf(p.authors().stream().map(AuthorRef::printedName).toList());
        }
    }

    @Test
    void theCslJsonExportValidatesAgainstTheCslDataSchema(@TempDir Path dir) throws Exception {
        String json;
        try (Tdb2Store store = new Tdb2Store(dir.resolve("tdb2"))) {
            new GraphLoader(SeedGraph.IRIS).load(SeedGraph.records(), store, g -> { });
            json = new CslJsonWriter().write(new GraphRecords(SeedGraph.IRIS, store).person("stefanie-jegelka"));
        }
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(
                Files.newInputStream(SharedFixtures.root().resolve("csl-datacite/csl-data.schema.json")), InputFormat.JSON);
        assertThat(schema.validate(json, InputFormat.JSON)).isEmpty();
        assertThat(json).contains("\"literal\" : \"S. J. Reddi\"", "\"date-parts\" : [ [ 2024, 10 ] ]");
        assertThat(json.split("\"id\" :")).hasSize(10);
    }
}
