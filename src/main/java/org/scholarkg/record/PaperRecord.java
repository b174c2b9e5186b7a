package org.scholarkg.record;

import java.util.List;

/**
 * A publication.
 *
 * @param authors in printed order, never empty
 * @param venue id of a {@link VenueRecord}, or null
 * @param date as precise as the source gives it
 * @param statuses e.g. "To be published", "Preprint available"
 */
public record PaperRecord(String id, String title, PaperType type, List<AuthorRef> authors, String venue,
        String volume, String issue, String pages, PartialDate date, List<String> statuses, String abstractText,
        PaperIds ids, List<LinkRecord> links) {

    public PaperRecord {
        authors = List.copyOf(authors);
        statuses = List.copyOf(statuses);
        links = List.copyOf(links);
    }
}
