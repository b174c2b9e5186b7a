package org.scholarkg.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFHandler;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.StatementCollector;
import org.junit.jupiter.api.Test;
import org.scholarkg.record.RecordFile;
import org.scholarkg.record.RecordReader;
import org.scholarkg.record.RecordSet;

/** Converters as pure functions: records in, statements out, compared by isomorphism with hand-written Turtle. */
class ConverterTest {

    private static final Iris IRIS = new Iris(Iris.DEFAULT_BASE);
    private static final RecordSet RECORDS =
            new RecordReader().read(List.of(Path.of("src/test/resources/record/valid/small.yaml")));
    private static final RecordFile FILE = RECORDS.files().get(0);

    private static Model emitted(Consumer<RDFHandler> conversion) {
        Model model = new LinkedHashModel();
        conversion.accept(new StatementCollector(model));
        return model;
    }

    private static Model expected(String name) throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("src/test/resources/rdf", name))) {
            return Rio.parse(in, RDFFormat.TURTLE);
        }
    }

    @Test
    void paperWithTwoAuthorsPrintedAlikeAndAnAlias() throws IOException {
        Model out = emitted(h -> new PaperConverter(IRIS, RECORDS.index()).convert(FILE.papers().get(0), h));
        assertThat(Models.isomorphic(out, expected("paper-p1.ttl")))
                .as("emitted:%n%s", out).isTrue();
    }

    @Test
    void groupWithPiMembersAndRole() throws IOException {
        Model out = emitted(h -> new GroupConverter(IRIS, RECORDS.index()).convert(FILE.group(), h));
        assertThat(Models.isomorphic(out, expected("group-lab.ttl"))).as("emitted:%n%s", out).isTrue();
    }

    @Test
    void venuesAsEventSeriesEventAndPeriodical() throws IOException {
        Model out = emitted(h -> FILE.venues().forEach(v -> new VenueConverter(IRIS).convert(v, h)));
        assertThat(Models.isomorphic(out, expected("venues.ttl"))).as("emitted:%n%s", out).isTrue();
    }

    @Test
    void journalArticleIsPartOfTheJournalWithVolumeIssueAndDay() {
        Model out = emitted(h -> new PaperConverter(IRIS, RECORDS.index()).convert(FILE.papers().get(1), h));
        org.eclipse.rdf4j.model.IRI p2 = IRIS.paper("p2");
        assertThat(out.filter(p2, org.scholarkg.rdf.vocab.SchemaOrg.IS_PART_OF, IRIS.journal("jex"))).hasSize(1);
        assertThat(Models.objectLiteral(out.filter(p2, org.scholarkg.rdf.vocab.SchemaOrg.DATE_PUBLISHED, null)))
                .hasValueSatisfying(l -> {
                    assertThat(l.getLabel()).isEqualTo("2024-03-05");
                    assertThat(l.getDatatype()).isEqualTo(org.eclipse.rdf4j.model.vocabulary.XSD.DATE);
                });
        assertThat(Models.objectLiteral(out.filter(p2, org.scholarkg.rdf.vocab.Bibo.VOLUME, null)))
                .hasValueSatisfying(l -> assertThat(l.getLabel()).isEqualTo("12"));
    }

    @Test
    void sameRecordsGiveTheSameStatementsEveryTime() {
        Model first = emitted(h -> new RecordSetConverter(IRIS).convert(RECORDS, h));
        Model second = emitted(h -> new RecordSetConverter(IRIS).convert(
                new RecordReader().read(List.of(Path.of("src/test/resources/record/valid/small.yaml"))), h));
        assertThat(first).isEqualTo(second);
    }

    @Test
    void everyStatementOfAFileIsInItsSourceGraph() {
        Model out = emitted(h -> new RecordSetConverter(IRIS).convert(RECORDS, h));
        assertThat(out.contexts()).containsExactly(IRIS.graph("small"));
    }

    @Test
    void theBaseIsUsedForEveryMintedIri() {
        Iris other = new Iris("https://kg.example.org/");
        Model out = emitted(h -> new RecordSetConverter(other).convert(RECORDS, h));
        assertThat(out.subjects()).allSatisfy(s -> assertThat(s.stringValue()).startsWith("https://kg.example.org/"));
    }

    @Test
    void aPersonPrintedTwiceInOneAuthorListIsEmittedAsAuthorOnce() {
        org.scholarkg.record.PaperRecord paper = new org.scholarkg.record.PaperRecord("twice", "T",
                org.scholarkg.record.PaperType.JOURNAL_ARTICLE,
                List.of(new org.scholarkg.record.AuthorRef("Ada Lovelace", "ada"),
                        new org.scholarkg.record.AuthorRef("B. Chen", null),
                        new org.scholarkg.record.AuthorRef("A. Lovelace", "ada")),
                null, null, null, null, org.scholarkg.record.PartialDate.parse("2024"), List.of(), null,
                new org.scholarkg.record.PaperIds(null, null, null), List.of());
        List<org.eclipse.rdf4j.model.Statement> statements = new java.util.ArrayList<>();
        new PaperConverter(IRIS, RECORDS.index()).convert(paper, new StatementCollector(statements));
        // Every statement emitted once, so a count of what was emitted is a count of what a store keeps.
        assertThat(statements).doesNotHaveDuplicates();
        assertThat(statements).filteredOn(st -> st.getPredicate().equals(org.scholarkg.rdf.vocab.SchemaOrg.AUTHOR))
                .hasSize(2);
        assertThat(statements).filteredOn(st -> st.getPredicate().equals(org.scholarkg.rdf.vocab.Skg.HAS_AUTHORSHIP))
                .hasSize(3);
    }
}
