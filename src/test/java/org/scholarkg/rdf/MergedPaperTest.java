package org.scholarkg.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.rio.helpers.StatementCollector;
import org.junit.jupiter.api.Test;
import org.scholarkg.rdf.vocab.SchemaOrg;
import org.scholarkg.rdf.vocab.Skg;
import org.scholarkg.record.RecordReader;
import org.scholarkg.record.RecordSet;

/** A paper two sources describe is one node: one title, one author list, the second source's additions. */
class MergedPaperTest {

    private static final Iris IRIS = new Iris(Iris.DEFAULT_BASE);

    @Test
    void theSecondSourceAddsToThePrimaryPaper() {
        RecordSet records = new RecordReader().read(List.of(Path.of("src/test/resources/record/merge")));
        Model model = new LinkedHashModel();
        new RecordSetConverter(IRIS).convert(records, new StatementCollector(model));
        IRI paper = IRIS.paper("engine-notes");
        assertThat(model.filter(IRIS.paper("lovelace1843notes"), null, null)).isEmpty();
        assertThat(model.filter(paper, SchemaOrg.NAME, null).objects()).hasSize(1);
        assertThat(model.filter(paper, Skg.HAS_AUTHORSHIP, null).objects()).hasSize(2);
        assertThat(model.filter(paper, SchemaOrg.ABSTRACT, null).objects()).hasSize(1);
        assertThat(model.filter(paper, Skg.HAS_LINK, null).objects()).hasSize(1);
        // Both sources' graphs speak of the one paper.
        assertThat(model.filter(paper, null, null).contexts())
                .containsExactlyInAnyOrder(IRIS.graph("a-page"), IRIS.graph("b-bibtex"));
    }
}
