package org.scholarkg.rdf;

import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.model.vocabulary.XSD;
import org.scholarkg.record.PartialDate;

/** Typed literals as ScholarKG writes them. */
public final class Literals {

    private Literals() {
    }

    /** A date typed as precisely as it is known: {@code xsd:gYear}, {@code xsd:gYearMonth} or {@code xsd:date}. */
    public static Literal date(PartialDate date) {
        return switch (date.precision()) {
            case YEAR -> Values.literal(date.toString(), XSD.GYEAR);
            case MONTH -> Values.literal(date.toString(), XSD.GYEARMONTH);
            case DAY -> Values.literal(date.toString(), XSD.DATE);
        };
    }

    /** An {@code xsd:integer}. */
    public static Literal integer(long value) {
        return Values.literal(Long.toString(value), XSD.INTEGER);
    }

    /** An {@code xsd:dateTime} in UTC. */
    public static Literal dateTime(java.time.Instant instant) {
        return Values.literal(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString(), XSD.DATETIME);
    }
}
