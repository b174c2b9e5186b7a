package org.scholarkg.rdf;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.rio.RDFHandler;
import org.scholarkg.rdf.vocab.SchemaOrg;
import org.scholarkg.rdf.vocab.Skg;
import org.scholarkg.record.VenueRecord;

/**
 * Venues to statements: conference and workshop editions as {@code schema:Event} (name, acronym, edition,
 * place, dates, series), series as {@code schema:EventSeries}, journals as {@code schema:Periodical}.
 */
public final class VenueConverter {

    private final Iris iris;

    public VenueConverter(Iris iris) {
        this.iris = iris;
    }

    /** The IRI of a venue: an event IRI, or a journal IRI for journals. */
    public IRI iri(VenueRecord venue) {
        return venue.kind() == VenueRecord.VenueKind.JOURNAL ? iris.journal(venue.id()) : iris.event(venue.id());
    }

    public void convert(VenueRecord venue, RDFHandler out) {
        TripleSink sink = new TripleSink(out);
        IRI s = iri(venue);
        sink.types(s, switch (venue.kind()) {
            case CONFERENCE, WORKSHOP -> SchemaOrg.EVENT;
            case SERIES -> SchemaOrg.EVENT_SERIES;
            case JOURNAL -> SchemaOrg.PERIODICAL;
        });
        sink.text(s, SchemaOrg.NAME, venue.name());
        sink.text(s, SchemaOrg.ALTERNATE_NAME, venue.acronym());
        if (venue.edition() != null) {
            sink.add(s, Skg.EDITION_NUMBER, Literals.integer(venue.edition()));
        }
        sink.text(s, SchemaOrg.LOCATION, venue.place());
        if (venue.start() != null) {
            sink.add(s, SchemaOrg.START_DATE, Literals.date(venue.start()));
        }
        if (venue.end() != null) {
            sink.add(s, SchemaOrg.END_DATE, Literals.date(venue.end()));
        }
        if (venue.series() != null) {
            sink.add(s, SchemaOrg.SUPER_EVENT, iris.event(venue.series()));
        }
        sink.text(s, SchemaOrg.ISSN, venue.issn());
    }
}
