package org.scholarkg.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.scholarkg.KgConfigException;
import org.scholarkg.record.Slugs;

class IrisTest {

    @Test
    void mintsResourceIrisUnderTheBase() {
        Iris iris = new Iris("https://kg.example.org/");
        assertThat(iris.person("stefanie-jegelka").stringValue())
                .isEqualTo("https://kg.example.org/id/person/stefanie-jegelka");
        assertThat(iris.authorship(iris.paper("p1"), 3).stringValue())
                .isEqualTo("https://kg.example.org/id/paper/p1#author-3");
        assertThat(iris.graph("MCML Jegelka").stringValue()).isEqualTo("https://kg.example.org/graph/mcml-jegelka");
    }

    @Test
    void slugsAreLowerCaseAsciiAndStable() {
        assertThat(Slugs.of("Eduardo Santos Escriche")).isEqualTo("eduardo-santos-escriche");
        assertThat(Slugs.of("Ekin Akyürek")).isEqualTo("ekin-akyurek");
        assertThat(Slugs.of("10.1145/3292500.3330701")).isEqualTo("10-1145-3292500-3330701");
        assertThat(Slugs.of("x".repeat(200))).hasSize(80);
    }

    @Test
    void rejectsABaseThatIsNotAnAbsoluteHttpIriEndingInSlash() {
        assertThatThrownBy(() -> new Iris("kg.example.org/")).isInstanceOf(KgConfigException.class)
                .hasMessageContaining("'kg.example.org/'");
        assertThatThrownBy(() -> new Iris("https://kg.example.org")).isInstanceOf(KgConfigException.class);
    }
}
