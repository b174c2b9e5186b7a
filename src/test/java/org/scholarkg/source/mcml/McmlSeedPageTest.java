package org.scholarkg.source.mcml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.helpers.StatementCollector;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarkg.SeedGraph;
import org.scholarkg.SharedFixtures;
import org.scholarkg.export.GraphRecords;
import org.scholarkg.export.McmlPageWriter;
import org.scholarkg.rdf.RecordSetConverter;
import org.scholarkg.record.AuthorRef;
import org.scholarkg.record.PaperRecord;
import org.scholarkg.record.PartialDate;
import org.scholarkg.record.RecordFile;
import org.scholarkg.record.RecordSet;
import org.scholarkg.record.VenueRecord;
import org.scholarkg.source.ImportResult;
import org.scholarkg.store.GraphLoader;
import org.scholarkg.store.Tdb2Store;

/**
 * The seed page itself: importing it gives the records in {@code data/} (so the committed data is the
 * importer's output), with every hard fact right, and nothing is lost on the way seed -&gt; graph -&gt; page
 * -&gt; records.
 */
@Tag(SharedFixtures.TAG)
class McmlSeedPageTest {

    private static ImportResult imported;
    private static Map<String, PaperRecord> papers;

    @BeforeAll
    static void importSeed() {
        imported = new McmlPageImporter().read(SharedFixtures.seedPage());
        papers = imported.records().papers().stream().collect(Collectors.toMap(PaperRecord::title, Function.identity()));
    }

    private static Model graphWithoutProvenance(RecordFile file) {
        Model model = new LinkedHashModel();
        new RecordSetConverter(SeedGraph.IRIS).convert(new RecordSet(List.of(file)).index(), file, new StatementCollector(model));
        String graph = SeedGraph.IRIS.graph(file.source().name()).stringValue();
        // The source description names the file and its time, which differ between the two on purpose.
        model.removeIf(st -> st.getSubject().stringValue().startsWith(graph));
        Model triples = new LinkedHashModel();
        model.forEach(st -> triples.add(st.getSubject(), st.getPredicate(), st.getObject()));
        return triples;
    }

    @Test
    void everyLineOfThePageIsPlaced() {
        assertThat(imported.unplaced()).isEmpty();
    }

    @Test
    void theImportIsTheCommittedData() {
        RecordFile data = SeedGraph.records().files().get(0);
        RecordFile mine = imported.records();
        assertThat(mine.group()).isEqualTo(data.group());
        assertThat(mine.people()).isEqualTo(data.people());
        assertThat(mine.papers()).isEqualTo(data.papers());
        assertThat(mine.venues()).isEqualTo(data.venues());
        assertThat(mine.organizations()).isEqualTo(data.organizations());
        assertThat(mine.areas()).isEqualTo(data.areas());
        assertThat(mine.source().title()).isEqualTo(data.source().title());
        assertThat(Models.isomorphic(graphWithoutProvenance(mine), graphWithoutProvenance(data))).isTrue();
    }

    @Test
    void theHardFacts() {
        PaperRecord canonical = papers.get("A Canonicalization Perspective on Invariant and Equivariant Learning");
        assertThat(canonical.authors()).extracting(AuthorRef::printedName)
                .containsExactly("G. Ma", "Y. Wang", "D. Lim", "S. Jegelka", "Y. Wang");
        assertThat(canonical.authors().get(1).person()).isNull();
        assertThat(canonical.authors().get(4).person()).isNull();
        assertThat(canonical.authors().get(3).person()).isEqualTo("stefanie-jegelka");
        assertThat(papers.get("On the Role of Depth and Looping for In-Context Learning with Task Diversity").authors())
                .extracting(AuthorRef::printedName).contains("S. J. Reddi").hasSize(5);
        assertThat(papers).containsKeys("Are Graph Neural Networks Optimal Approximation Algorithms?",
                "What is Wrong with Perplexity for Long-context Language Modeling?");
        VenueRecord neurips = imported.records().venues().stream().filter(v -> v.id().equals("neurips-2024"))
                .findFirst().orElseThrow();
        assertThat(neurips.place()).isEqualTo("Vancouver, Canada");
        assertThat(neurips.start()).isEqualTo(PartialDate.parse("2024-12-10"));
        assertThat(neurips.end()).isEqualTo(PartialDate.parse("2024-12-15"));
        assertThat(papers.values().stream().filter(p -> "neurips-2024".equals(p.venue()))).hasSize(4);
        assertThat(papers.values().stream().filter(p -> p.date().equals(PartialDate.parse("2024-10"))
                && p.statuses().equals(List.of("Preprint")))).hasSize(5);
    }

    @Test
    void seedToGraphToPageToRecordsLosesNothing(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("exported.txt");
        try (Tdb2Store store = new Tdb2Store(dir.resolve("tdb2"))) {
            new GraphLoader(SeedGraph.IRIS).load(new RecordSet(List.of(imported.records())), store, g -> { });
            RecordFile fromGraph = new GraphRecords(SeedGraph.IRIS, store).group("jegelka");
            Files.writeString(page, new McmlPageWriter().write(fromGraph));
        }
        ImportResult again = new McmlPageImporter().read(page);
        assertThat(again.unplaced()).isEmpty();
        RecordFile back = again.records();
        RecordFile first = imported.records();
        assertThat(back.group()).isEqualTo(first.group());
        assertThat(back.people()).isEqualTo(first.people());
        assertThat(back.organizations()).isEqualTo(first.organizations());
        assertThat(back.areas()).isEqualTo(first.areas());
        assertThat(back.venues()).isEqualTo(first.venues());
        // RDF keeps no order of a page's entries within a year; each paper comes back whole.
        assertThat(back.papers()).containsExactlyInAnyOrderElementsOf(first.papers());
    }
}
