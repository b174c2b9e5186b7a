package org.scholarkg.source.bibtex;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Author fields to printed names in natural order. */
class BibtexNamesTest {

    @Test
    void lastFirstBecomesFirstLastAndFirstLastStays() {
        assertThat(BibtexNames.printed("Jegelka, S. and Stefanie Jegelka and Hedderich, Michael A."))
                .containsExactly("S. Jegelka", "Stefanie Jegelka", "Michael A. Hedderich");
    }

    @Test
    void particlesInBracesAndTheJuniorForm() {
        assertThat(BibtexNames.printed("{van der Goot}, Rob and {de Marneffe}, Marie-Catherine and van Dyk, Jr, John"))
                .containsExactly("Rob van der Goot", "Marie-Catherine de Marneffe", "John van Dyk, Jr");
    }

    @Test
    void andSplitsOnlyOutsideBracesAndAtWordBoundaries() {
        assertThat(BibtexNames.printed("{Barnes and Noble} and Anderson, Ferdinand  AND\n  Chandler, Ann"))
                .containsExactly("Barnes and Noble", "Ferdinand Anderson", "Ann Chandler");
    }

    @Test
    void othersIsNotAName() {
        assertThat(BibtexNames.printed("Ma, Yunpu and others")).containsExactly("Yunpu Ma");
    }

    @Test
    void htmlMarksAndClosingRemarksAreRemoved() {
        assertThat(BibtexNames.printed("{<u>Yifei Wang</u>}* and {<b>A. B&amp;C</b>}\u2020 and Jane Doe\u2021 "
                + "and {<u>Yifei Wang</u>} (Corresponding Author) and {<u>Yifei Wang</u>*}"))
                .containsExactly("Yifei Wang", "A. B&C", "Jane Doe", "Yifei Wang", "Yifei Wang");
    }

    @Test
    void anEmptyFieldHasNoNames() {
        assertThat(BibtexNames.printed(null)).isEmpty();
        assertThat(BibtexNames.printed("  ")).isEmpty();
    }
}
