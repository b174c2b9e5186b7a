package org.scholarkg.record;

/**
 * Where a paper appeared: a conference or workshop edition, the series it belongs to, or a journal.
 *
 * @param acronym e.g. {@code NeurIPS 2024}, or null
 * @param edition the ordinal of the edition (38 for the 38th), or null
 * @param series id of the series venue this edition belongs to, or null
 * @param place as printed, e.g. {@code Vancouver, Canada}, or null
 */
public record VenueRecord(String id, VenueKind kind, String name, String acronym, Integer edition, String series,
        String place, PartialDate start, PartialDate end, String issn) {

    /** The kinds of venue. */
    public enum VenueKind {
        CONFERENCE, WORKSHOP, SERIES, JOURNAL;

        /** True for the kinds a paper is presented at (conference and workshop editions). */
        public boolean isEvent() {
            return this == CONFERENCE || this == WORKSHOP;
        }
    }
}
