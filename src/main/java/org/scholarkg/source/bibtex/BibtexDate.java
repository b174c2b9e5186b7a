package org.scholarkg.source.bibtex;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholarkg.record.PartialDate;

/**
 * The date of a BibTeX entry, as precise as the entry gives it: biblatex's {@code date} field
 * ({@code 2024-03-05}), else {@code year} with {@code month} as a name ({@code November}, {@code nov}, which
 * the month macros give), a number ({@code 11}), or a name and a day ({@code January 24}, from
 * {@code month = jan # "~24"}).
 *
 * <pre>{@code
 * BibtexDate.of("2023", "January 24", null)  // 2023-01-24
 * }</pre>
 */
final class BibtexDate {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH = Pattern.compile("([A-Za-z]+)\\.?(?:\\s+(\\d{1,2}))?|(\\d{1,2})");
    private static final String[] NAMES = {"january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december"};

    private BibtexDate() {
    }

    /**
     * The date from plain-text field values (any may be null).
     *
     * @throws IllegalArgumentException naming the field whose value is not a date part, or when there is no year
     */
    static PartialDate of(String year, String month, String date) {
        if (date != null) {
            try {
                return PartialDate.parse(date.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("date '" + date + "' is not YYYY, YYYY-MM or YYYY-MM-DD", e);
            }
        }
        if (year == null) {
            throw new IllegalArgumentException("no year");
        }
        String y = year.strip();
        if (!YEAR.matcher(y).matches()) {
            throw new IllegalArgumentException("year '" + year + "' is not a year");
        }
        if (month == null || month.isBlank()) {
            return PartialDate.parse(y);
        }
        Matcher m = MONTH.matcher(month.strip());
        int number = -1;
        String day = null;
        if (m.matches() && m.group(3) != null) {
            number = Integer.parseInt(m.group(3));
        } else if (m.matches()) {
            number = monthNumber(m.group(1));
            day = m.group(2);
        }
        if (number < 1 || number > 12) {
            throw new IllegalArgumentException("month '" + month + "' is not a month");
        }
        String text = String.format(Locale.ROOT, "%s-%02d", y, number);
        try {
            return PartialDate.parse(day == null ? text : text + String.format(Locale.ROOT, "-%02d", Integer.parseInt(day)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("month '" + month + "' names a day that does not exist", e);
        }
    }

    /** 1..12 for a month name or its first three letters; -1 otherwise. */
    private static int monthNumber(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < NAMES.length; i++) {
            if (n.length() >= 3 && NAMES[i].startsWith(n)) {
                return i + 1;
            }
        }
        return -1;
    }
}
