package org.scholarkg.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.scholarkg.SeedGraph;
import org.scholarkg.rdf.vocab.Skg;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The files under {@code ontology/}: every local term the output uses is declared and described. */
class OntologyTest {

    private static Set<String> localTermsUsed(Model data) {
        Set<String> terms = new TreeSet<>();
        for (Statement st : data.listStatements().toList()) {
            terms.add(st.getPredicate().getURI());
            RDFNode o = st.getObject();
            if (st.getPredicate().equals(RDF.type) && o.isURIResource()) {
                terms.add(o.asResource().getURI());
            }
        }
        terms.removeIf(t -> !t.startsWith(Skg.NAMESPACE));
        return terms;
    }

    @Test
    void everyLocalTermUsedIsDeclaredWithLabelCommentAndDefinedBy() {
        Model ontology = RDFDataMgr.loadModel(Path.of("ontology/scholarkg.ttl").toString());
        Set<String> used = localTermsUsed(SeedGraph.union());
        assertThat(used).contains(Skg.AUTHORSHIP.stringValue(), Skg.POSITION.stringValue());
        for (String term : used) {
            Resource r = ontology.getResource(term);
            assertThat(r.hasProperty(RDFS.label)).as(term + " has a label").isTrue();
            assertThat(r.hasProperty(RDFS.comment)).as(term + " has a comment").isTrue();
            assertThat(r.hasProperty(RDFS.isDefinedBy)).as(term + " is defined by").isTrue();
        }
    }

    @Test
    void theShippedShapesAreTheOntologyFolders() throws Exception {
        byte[] shipped = ShapesValidator.class.getResourceAsStream(ShapesValidator.SHAPES_RESOURCE).readAllBytes();
        assertThat(shipped).isEqualTo(java.nio.file.Files.readAllBytes(Path.of("ontology/shapes.ttl")));
    }

    @Test
    void theShapesRejectWhatTheyShould() {
        var violations = ShapesValidator.builtIn().validate(
                RDFDataMgr.loadGraph("src/test/resources/rdf/paper-without-title.ttl"));
        assertThat(violations).extracting(ShapesValidator.Violation::path)
                .contains("<http://schema.org/name>", "<https://w3id.org/scholarkg/ns#position>");
    }

    @Test
    void theJsonLdContextMapsThePrefixesAndTerms() throws Exception {
        JsonNode context = JsonMapper.builder().build().readTree(Path.of("ontology/context.jsonld").toFile())
                .get("@context");
        assertThat(context.get("schema").stringValue()).isEqualTo("http://schema.org/");
        assertThat(context.get("skg").stringValue()).isEqualTo(Skg.NAMESPACE);
        assertThat(context.get("author").get("@type").stringValue()).isEqualTo("@id");
        assertThat(context.get("position").get("@id").stringValue()).isEqualTo("skg:position");
    }
}
