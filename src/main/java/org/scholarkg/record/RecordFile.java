package org.scholarkg.record;

import java.util.List;

/** The records of one file, i.e. of one source. {@code group} may be null. */
public record RecordFile(SourceInfo source, List<OrganizationRecord> organizations, List<AreaRecord> areas,
        List<VenueRecord> venues, GroupRecord group, List<PersonRecord> people, List<PaperRecord> papers) {

    public RecordFile {
        organizations = List.copyOf(organizations);
        areas = List.copyOf(areas);
        venues = List.copyOf(venues);
        people = List.copyOf(people);
        papers = List.copyOf(papers);
    }
}
