package org.scholarkg.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.scholarkg.SeedGraph;
import org.scholarkg.SharedFixtures;
import org.scholarkg.record.AuthorRef;
import org.scholarkg.record.LinkRecord;
import org.scholarkg.record.PaperIds;
import org.scholarkg.record.PaperRecord;
import org.scholarkg.record.PaperType;
import org.scholarkg.record.PartialDate;
import org.scholarkg.record.RecordReader;
import org.scholarkg.record.RecordSet;

/**
 * Every class and property of schema.org, FOAF, DCTERMS, BIBO and VoID that ScholarKG writes is defined
 * by the published vocabulary (the real files in {@code ../shared/fixtures/vocab/}). schema.org is
 * checked across its http and https variants.
 */
@Tag(SharedFixtures.TAG)
class VocabularyTermsTest {

    private static final Map<String, String> VOCABULARIES = Map.of(
            "http://schema.org/", "schemaorg-current-https-30.0.ttl",
            "http://xmlns.com/foaf/0.1/", "foaf-index.rdf",
            "http://purl.org/dc/terms/", "dublin_core_terms.ttl",
            "http://purl.org/ontology/bibo/", "bibo-1.3.owl",
            "http://rdfs.org/ns/void#", "void.nq");

    private static Set<String> defined;
    private static Model output;

    @BeforeAll
    static void load() {
        defined = new TreeSet<>();
        Path vocab = SharedFixtures.root().resolve("vocab");
        for (String file : VOCABULARIES.values()) {
            Dataset ds = RDFDataMgr.loadDataset(vocab.resolve(file).toString());
            Model all = ModelFactory.createDefaultModel().add(ds.getDefaultModel()).add(ds.getUnionModel());
            all.listSubjects().forEach(s -> {
                if (s.isURIResource()) {
                    defined.add(s.getURI().replace("https://schema.org/", "http://schema.org/"));
                }
            });
        }
        output = ModelFactory.createDefaultModel();
        output.add(SeedGraph.union());
        output.add(convert(new RecordReader().read(List.of(Path.of("src/test/resources/record/valid/small.yaml")))));
        output.add(everyPaperType());
    }

    private static Model convert(RecordSet records) {
        Model model = ModelFactory.createDefaultModel();
        RioToJena adapter = new RioToJena(StreamRDFLib.graph(model.getGraph()));
        adapter.startRDF();
        new RecordSetConverter(SeedGraph.IRIS).convert(records, new org.eclipse.rdf4j.rio.helpers.AbstractRDFHandler() {
            @Override
            public void handleStatement(org.eclipse.rdf4j.model.Statement st) {
                adapter.handleStatement(org.eclipse.rdf4j.model.util.Statements.statement(
                        st.getSubject(), st.getPredicate(), st.getObject(), null));
            }
        });
        adapter.endRDF();
        return model;
    }

    private static Model everyPaperType() {
        Model model = ModelFactory.createDefaultModel();
        RioToJena adapter = new RioToJena(StreamRDFLib.graph(model.getGraph()));
        RecordSet none = new RecordSet(List.of());
        for (PaperType type : PaperType.values()) {
            PaperRecord paper = new PaperRecord("p-" + type.label(), "T", type, List.of(new AuthorRef("A. B", null)),
                    null, "1", "2", "3-4", PartialDate.parse("2024"), List.of("Preprint"), "Abstract",
                    new PaperIds("10.1/x", "2401.00001", "1/2"), List.of(new LinkRecord("pdf", "PDF", "https://x.org/p")));
            new PaperConverter(SeedGraph.IRIS, none.index()).convert(paper, adapter);
        }
        return model;
    }

    @Test
    void everyTermWeWriteIsDefinedByItsVocabulary() {
        List<String> undefined = new ArrayList<>();
        Set<String> checked = new TreeSet<>();
        for (Statement st : output.listStatements().toList()) {
            List<String> terms = new ArrayList<>(List.of(st.getPredicate().getURI()));
            if (st.getPredicate().equals(RDF.type)) {
                terms.add(st.getObject().asResource().getURI());
            }
            for (String term : terms) {
                if (VOCABULARIES.keySet().stream().anyMatch(term::startsWith)) {
                    checked.add(term);
                    if (!defined.contains(term)) {
                        undefined.add(term);
                    }
                }
            }
        }
        assertThat(undefined).as("terms no vocabulary defines").isEmpty();
        assertThat(checked).contains("http://schema.org/ScholarlyArticle", "http://xmlns.com/foaf/0.1/maker",
                "http://purl.org/ontology/bibo/presentedAt", "http://purl.org/dc/terms/modified",
                "http://rdfs.org/ns/void#Dataset", "http://purl.org/ontology/bibo/Patent");
    }

    @Test
    void theCheckWouldCatchAMadeUpTerm() {
        assertThat(defined).doesNotContain("http://schema.org/authorList", "http://xmlns.com/foaf/0.1/author");
        assertThat(defined).contains("http://schema.org/creativeWorkStatus", "http://xmlns.com/foaf/0.1/Group");
    }
}
