package org.scholarkg.source.mcml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrintedNamesTest {

    @Test
    void splitsOnCommasAndTheLastAnd() {
        assertThat(PrintedNames.splitAuthors("G. Ma, Y. Wang, D. Lim, S. Jegelka and Y. Wang."))
                .containsExactly("G. Ma", "Y. Wang", "D. Lim", "S. Jegelka", "Y. Wang");
        assertThat(PrintedNames.splitAuthors("K. Gatmiry, N. Saunshi, S. J. Reddi, S. Jegelka and S. Kumar."))
                .containsExactly("K. Gatmiry", "N. Saunshi", "S. J. Reddi", "S. Jegelka", "S. Kumar");
        assertThat(PrintedNames.splitAuthors("Z. Müller.")).containsExactly("Z. Müller");
    }

    @Test
    void initialsFormsAndMatching() {
        assertThat(PrintedNames.initialsForm("Jean-Pierre", "Dupont")).isEqualTo("J.-P. Dupont");
        assertThat(PrintedNames.matches("S. Jegelka", "Stefanie Jegelka")).isTrue();
        assertThat(PrintedNames.matches("E. Akyurek", "Ekin Akyürek")).isTrue();
        assertThat(PrintedNames.matches("S. Jegelka", "Sebastian Jegelka")).isTrue();
        assertThat(PrintedNames.matches("Y. Wang", "Yifei Zhang")).isFalse();
    }
}
