package org.scholarkg.record;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as precise as its source: a year, a year and month, or a full date.
 *
 * <pre>{@code
 * PartialDate.parse("2024-10").precision()  // MONTH
 * }</pre>
 */
public record PartialDate(int year, int month, int day, Precision precision) {

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /** How much of the date is known. */
    public enum Precision {
        YEAR, MONTH, DAY
    }

    /**
     * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
     *
     * @throws IllegalArgumentException if the text is not such a date, or names a month or day that does
     *     not exist
     */
    public static PartialDate parse(String text) {
        Matcher m = FORM.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
        }
        int year = Integer.parseInt(m.group(1));
        try {
            if (m.group(2) == null) {
                return new PartialDate(year, 0, 0, Precision.YEAR);
            }
            int month = Integer.parseInt(m.group(2));
            if (m.group(3) == null) {
                YearMonth.of(year, month);
                return new PartialDate(year, month, 0, Precision.MONTH);
            }
            int day = Integer.parseInt(m.group(3));
            LocalDate.of(year, month, day);
            return new PartialDate(year, month, day, Precision.DAY);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date: " + e.getMessage(), e);
        }
    }

    /** The lexical form for XSD: {@code 2024}, {@code 2024-10} or {@code 2024-10-07}. */
    @Override
    public String toString() {
        return switch (precision) {
            case YEAR -> String.format("%04d", year);
            case MONTH -> String.format("%04d-%02d", year, month);
            case DAY -> String.format("%04d-%02d-%02d", year, month, day);
        };
    }
}
