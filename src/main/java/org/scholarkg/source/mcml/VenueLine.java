package org.scholarkg.source.mcml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholarkg.record.PartialDate;
import org.scholarkg.record.PaperType;

/**
 * The line under a title on a group page that says where and when a paper appeared, its status and the
 * links shown. Layouts read:
 *
 * <pre>
 * NeurIPS 2024 - 38th Conference on Neural Information Processing Systems. Vancouver, Canada, Dec 10-15, 2024. To be published. Preprint available. arXiv GitHub
 * NeurIPS 2023 - 37th Conference on Neural Information Processing Systems. New Orleans, LA, USA, Dec 10-16, 2023.
 * ML4H 2023 - Machine Learning for Health Symposium. New Orleans, LA, USA, Nov 28-Dec 09, 2023.
 * Nature Machine Intelligence 6.3 (Mar. 2024). DOI
 * Preprint (Oct. 2024). arXiv
 * </pre>
 *
 * @param kind conference, workshop, journal, preprint, or other (the line was not understood; see
 *     {@code rest})
 * @param acronym "NeurIPS 2024", or null
 * @param name "38th Conference on ...", or the journal's name, or null
 * @param start first day of the event, or null
 * @param date the paper's date: the event's year, or the month a journal issue or preprint gives
 * @param rest what could not be read, or empty
 */
public record VenueLine(Kind kind, String acronym, Integer edition, String name, String place, PartialDate start,
        PartialDate end, String volume, String issue, PartialDate date, List<String> statuses, List<String> links,
        String rest) {

    /** The kinds of venue a line can name. */
    public enum Kind {
        CONFERENCE, WORKSHOP, JOURNAL, PREPRINT, OTHER
    }

    /** Link labels the pages show after the venue, by the record's link kind. */
    public static final Map<String, String> LINK_KINDS = Map.of(
            "arXiv", "arxiv", "GitHub", "code", "DOI", "doi", "URL", "url", "PDF", "pdf");

    /** The longest venue line read; real ones are under 300 characters. */
    static final int MAX_LENGTH = 1000;

    private static final String MONTH = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";
    private static final Pattern PREPRINT = Pattern.compile("^Preprint \\(" + MONTH + " (\\d{4})\\)\\.(.*)$");
    private static final Pattern JOURNAL = Pattern.compile(
            "^(.+?)(?: (\\d+)(?:\\.([\\w-]+))?)? \\(" + MONTH + " (\\d{4})\\)\\.(.*)$");
    private static final Pattern EVENT = Pattern.compile("^(.+?) - (.+?)\\. (.+?), " + MONTH + " (\\d{1,2})"
            + "(?:-(?:" + MONTH + " )?(\\d{1,2}))?, (\\d{4})\\.(.*)$");
    private static final Pattern EVENT_NO_PLACE = Pattern.compile("^(.+?) - (.+?)\\.(.*)$");
    private static final Pattern ORDINAL = Pattern.compile("^(\\d+)(st|nd|rd|th) ");
    private static final Pattern YEAR_AT_END = Pattern.compile("^(.*?) ?(\\d{4})$");

    /** Reads a venue line; never fails: what is not understood stays in {@code rest}. */
    public static VenueLine parse(String line) {
        String stripped = line.strip();
        // The link labels at the end, read back to front by index: a line of many labels stays linear.
        List<String> links = new ArrayList<>();
        int kept = stripped.length();
        while (kept > 0) {
            int space = stripped.lastIndexOf(' ', kept - 1);
            String last = stripped.substring(space + 1, kept);
            if (!LINK_KINDS.containsKey(last)) {
                break;
            }
            links.add(last);
            kept = Math.max(space, 0);
            while (kept > 0 && Character.isWhitespace(stripped.charAt(kept - 1))) {
                kept--;
            }
        }
        Collections.reverse(links);
        String text = stripped.substring(0, kept);
        if (text.length() > MAX_LENGTH) {
            // Not a venue line; the patterns below would backtrack for minutes over its " - ", ". " and ", ".
            return new VenueLine(Kind.OTHER, null, null, null, null, null, null, null, null, null, List.of(), links,
                    text);
        }
        Matcher m;
        if ((m = PREPRINT.matcher(text)).matches()) {
            return new VenueLine(Kind.PREPRINT, null, null, null, null, null, null, null, null,
                    month(m.group(2), m.group(1)), statuses(m.group(3)), links, "");
        }
        if ((m = EVENT.matcher(text)).matches()) {
            String acronym = m.group(1);
            String name = m.group(2);
            int year = Integer.parseInt(m.group(8));
            PartialDate start = day(year, m.group(4), m.group(5));
            PartialDate end = m.group(7) == null ? start
                    : day(year, m.group(6) == null ? m.group(4) : m.group(6), m.group(7));
            return new VenueLine(eventKind(acronym, name), acronym, edition(name), name, m.group(3), start, end,
                    null, null, PartialDate.parse(Integer.toString(year)), statuses(m.group(9)), links, "");
        }
        if ((m = JOURNAL.matcher(text)).matches() && !m.group(1).contains(" - ")) {
            return new VenueLine(Kind.JOURNAL, null, null, m.group(1), null, null, null, m.group(2), m.group(3),
                    month(m.group(5), m.group(4)), statuses(m.group(6)), links, "");
        }
        if ((m = EVENT_NO_PLACE.matcher(text)).matches()) {
            String acronym = m.group(1);
            Matcher year = YEAR_AT_END.matcher(acronym);
            PartialDate date = year.matches() ? PartialDate.parse(year.group(2)) : null;
            return new VenueLine(eventKind(acronym, m.group(2)), acronym, edition(m.group(2)), m.group(2), null, null,
                    null, null, null, date, statuses(m.group(3)), links, date == null ? text : "");
        }
        return new VenueLine(Kind.OTHER, null, null, null, null, null, null, null, null, null, List.of(), links, text);
    }

    /** The record's type for a paper at this venue. */
    public PaperType paperType() {
        return switch (kind) {
            case CONFERENCE -> PaperType.CONFERENCE_PAPER;
            case WORKSHOP -> PaperType.WORKSHOP_PAPER;
            case JOURNAL -> PaperType.JOURNAL_ARTICLE;
            case PREPRINT -> PaperType.PREPRINT;
            case OTHER -> PaperType.OTHER;
        };
    }

    /** The series' acronym: the acronym without its year ("NeurIPS 2024" -&gt; "NeurIPS"), or null. */
    public String seriesAcronym() {
        if (acronym == null) {
            return null;
        }
        Matcher m = YEAR_AT_END.matcher(acronym);
        return m.matches() && !m.group(1).isBlank() ? m.group(1).strip() : null;
    }

    /** The series' name: the name without its ordinal ("38th Conference on X" -&gt; "Conference on X"). */
    public String seriesName() {
        return name == null || edition == null ? null : ORDINAL.matcher(name).replaceFirst("");
    }

    private static Kind eventKind(String acronym, String name) {
        return (acronym + " " + name).toLowerCase(Locale.ROOT).contains("workshop") ? Kind.WORKSHOP : Kind.CONFERENCE;
    }

    private static Integer edition(String name) {
        Matcher m = ORDINAL.matcher(name);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static List<String> statuses(String rest) {
        List<String> statuses = new ArrayList<>();
        for (String sentence : rest.strip().split("(?<=\\.)\\s+")) {
            String s = sentence.strip();
            if (s.endsWith(".")) {
                s = s.substring(0, s.length() - 1);
            }
            if (!s.isEmpty()) {
                statuses.add(s);
            }
        }
        return statuses;
    }

    static int monthNumber(String month) {
        String m = month.replace(".", "");
        return List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
                .indexOf(m.substring(0, 3)) + 1;
    }

    /** The three-letter month as pages print it, with its period where the pages put one ("Oct.", "May"). */
    public static String monthLabel(int month) {
        String name = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
                .get(month - 1);
        return name.equals("May") ? name : name + ".";
    }

    private static PartialDate month(String year, String month) {
        return PartialDate.parse(String.format("%s-%02d", year, monthNumber(month)));
    }

    private static PartialDate day(int year, String month, String day) {
        return PartialDate.parse(String.format("%04d-%02d-%02d", year, monthNumber(month), Integer.parseInt(day)));
    }
}
