package org.scholarkg.source.mcml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scholarkg.record.PartialDate;

class VenueLineTest {

    @Test
    void aConferenceWithStatusesAndLinks() {
        VenueLine v = VenueLine.parse("NeurIPS 2024 - 38th Conference on Neural Information Processing Systems. "
                + "Vancouver, Canada, Dec 10-15, 2024. To be published. Preprint available. arXiv GitHub");
        assertThat(v.kind()).isEqualTo(VenueLine.Kind.CONFERENCE);
        assertThat(v.acronym()).isEqualTo("NeurIPS 2024");
        assertThat(v.seriesAcronym()).isEqualTo("NeurIPS");
        assertThat(v.edition()).isEqualTo(38);
        assertThat(v.seriesName()).isEqualTo("Conference on Neural Information Processing Systems");
        assertThat(v.place()).isEqualTo("Vancouver, Canada");
        assertThat(v.start()).isEqualTo(PartialDate.parse("2024-12-10"));
        assertThat(v.end()).isEqualTo(PartialDate.parse("2024-12-15"));
        assertThat(v.statuses()).containsExactly("To be published", "Preprint available");
        assertThat(v.links()).containsExactly("arXiv", "GitHub");
        assertThat(v.rest()).isEmpty();
    }

    @Test
    void aJournalWithoutIssueAndAPreprint() {
        VenueLine j = VenueLine.parse("Journal of Examples 12 (Sep. 2023).");
        assertThat(j.kind()).isEqualTo(VenueLine.Kind.JOURNAL);
        assertThat(j.volume()).isEqualTo("12");
        assertThat(j.issue()).isNull();
        assertThat(j.date()).isEqualTo(PartialDate.parse("2023-09"));
        VenueLine p = VenueLine.parse("Preprint (Oct. 2024). arXiv");
        assertThat(p.kind()).isEqualTo(VenueLine.Kind.PREPRINT);
        assertThat(p.date()).isEqualTo(PartialDate.parse("2024-10"));
        assertThat(p.links()).isEqualTo(List.of("arXiv"));
    }

    @Test
    void whatIsNotUnderstoodIsKeptAsRest() {
        VenueLine v = VenueLine.parse("Somewhere, sometime");
        assertThat(v.kind()).isEqualTo(VenueLine.Kind.OTHER);
        assertThat(v.rest()).isEqualTo("Somewhere, sometime");
    }
}
