package org.scholarkg.source.oaipmh;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholarkg.InputLocation;
import org.scholarkg.InputProblem;
import org.scholarkg.record.AuthorRef;
import org.scholarkg.record.LinkRecord;
import org.scholarkg.record.PaperIds;
import org.scholarkg.record.PaperRecord;
import org.scholarkg.record.PaperType;
import org.scholarkg.record.PartialDate;
import org.scholarkg.source.PaperIdentifiers;
import org.scholarkg.source.UniqueIds;
import org.scholarkg.source.XmlElement;

/**
 * Turns OAI-PMH records with simple Dublin Core ({@code oai_dc}) metadata into paper records, one id per
 * OAI identifier. What a record lacks is reported with its identifier and line.
 */
final class OaiDcRecords {

    static final String OAI_DC = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    static final String DC = "http://purl.org/dc/elements/1.1/";

    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?:T.*)?$");
    private static final Pattern MONTH_YEAR = Pattern.compile("^([A-Za-z]+)\\.?\\s+(\\d{4})$");
    private static final Pattern WEB_URL = Pattern.compile("^https?://\\S+$");
    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");
    /** dc:type values, lower-cased, with the paper type they clearly mean. */
    private static final Map<String, PaperType> TYPES = Map.ofEntries(
            Map.entry("article", PaperType.JOURNAL_ARTICLE), Map.entry("journal article", PaperType.JOURNAL_ARTICLE),
            Map.entry("info:eu-repo/semantics/article", PaperType.JOURNAL_ARTICLE),
            Map.entry("doc-type:article", PaperType.JOURNAL_ARTICLE),
            Map.entry("conference paper", PaperType.CONFERENCE_PAPER), Map.entry("conference object", PaperType.CONFERENCE_PAPER),
            Map.entry("info:eu-repo/semantics/conferenceobject", PaperType.CONFERENCE_PAPER),
            Map.entry("info:eu-repo/semantics/conferencepaper", PaperType.CONFERENCE_PAPER),
            Map.entry("doc-type:conferenceobject", PaperType.CONFERENCE_PAPER),
            Map.entry("book", PaperType.BOOK), Map.entry("info:eu-repo/semantics/book", PaperType.BOOK),
            Map.entry("doc-type:book", PaperType.BOOK),
            Map.entry("book chapter", PaperType.CHAPTER), Map.entry("book part", PaperType.CHAPTER),
            Map.entry("info:eu-repo/semantics/bookpart", PaperType.CHAPTER), Map.entry("doc-type:bookpart", PaperType.CHAPTER),
            Map.entry("thesis", PaperType.THESIS), Map.entry("doctoral thesis", PaperType.THESIS),
            Map.entry("master thesis", PaperType.THESIS), Map.entry("dissertation", PaperType.THESIS),
            Map.entry("info:eu-repo/semantics/doctoralthesis", PaperType.THESIS),
            Map.entry("info:eu-repo/semantics/masterthesis", PaperType.THESIS),
            Map.entry("info:eu-repo/semantics/bachelorthesis", PaperType.THESIS),
            Map.entry("doc-type:doctoralthesis", PaperType.THESIS), Map.entry("doc-type:masterthesis", PaperType.THESIS),
            Map.entry("preprint", PaperType.PREPRINT), Map.entry("info:eu-repo/semantics/preprint", PaperType.PREPRINT),
            Map.entry("doc-type:preprint", PaperType.PREPRINT),
            Map.entry("technical report", PaperType.REPORT), Map.entry("report", PaperType.REPORT),
            Map.entry("working paper", PaperType.REPORT), Map.entry("info:eu-repo/semantics/report", PaperType.REPORT),
            Map.entry("info:eu-repo/semantics/workingpaper", PaperType.REPORT), Map.entry("doc-type:report", PaperType.REPORT),
            Map.entry("doc-type:workingpaper", PaperType.REPORT),
            Map.entry("patent", PaperType.PATENT), Map.entry("info:eu-repo/semantics/patent", PaperType.PATENT),
            Map.entry("doc-type:patent", PaperType.PATENT));

    private final UniqueIds ids = new UniqueIds();

    /**
     * The paper of a record whose metadata is an {@code oai_dc:dc} element, or empty (with a problem
     * reported) when it has no title, creator or date.
     */
    Optional<PaperRecord> paper(String identifier, XmlElement dc, InputLocation at, List<InputProblem> problems) {
        String record = "record '" + identifier + "'";
        List<String> titles = values(dc, "title");
        List<String> creators = values(dc, "creator");
        if (creators.isEmpty()) {
            // DSpace put authors in dc:contributor in its early years (the Erasmus responses of 2003 do).
            creators = values(dc, "contributor");
        }
        List<PartialDate> dates = new ArrayList<>();
        for (String d : values(dc, "date")) {
            PartialDate date = date(d);
            if (date == null) {
                problems.add(new InputProblem(at, record, "dc:date '" + d + "' is not a date; it is ignored"));
            } else {
                dates.add(date);
            }
        }
        List<String> missing = new ArrayList<>();
        if (titles.isEmpty()) {
            missing.add("no dc:title");
        }
        if (creators.isEmpty()) {
            missing.add("no dc:creator or dc:contributor");
        }
        if (dates.isEmpty()) {
            missing.add("no dc:date");
        }
        if (!missing.isEmpty()) {
            problems.add(new InputProblem(at, record, String.join(", ", missing) + "; the record is left out"));
            return Optional.empty();
        }
        // Repositories give several dates (issued, accessioned, available): the earliest is the publication.
        PartialDate date = dates.stream().min(Comparator.comparingInt(PartialDate::year)
                .thenComparingInt(PartialDate::month).thenComparingInt(PartialDate::day)).orElseThrow();
        String doi = null;
        String handle = null;
        String arxiv = null;
        List<LinkRecord> links = new ArrayList<>();
        for (String id : values(dc, "identifier")) {
            String d = PaperIdentifiers.doi(id);
            String h = PaperIdentifiers.handle(id);
            String a = id.toLowerCase(Locale.ROOT).contains("arxiv") ? PaperIdentifiers.arxiv(id) : null;
            doi = doi == null ? d : doi;
            handle = handle == null ? h : handle;
            arxiv = arxiv == null ? a : arxiv;
            if (d == null && h == null && a == null && WEB_URL.matcher(id).matches()) {
                links.add(new LinkRecord("url", "URL", id));
            }
        }
        if (handle == null) {
            // DSpace's OAI identifiers are handles: "hdl:1765/315".
            handle = PaperIdentifiers.handle(identifier);
        }
        List<String> descriptions = values(dc, "description");
        return Optional.of(new PaperRecord(ids.claim(identifier), titles.get(0), type(values(dc, "type")),
                creators.stream().map(c -> new AuthorRef(c, null)).toList(), null, null, null, null, date, List.of(),
                descriptions.isEmpty() ? null : String.join("\n\n", descriptions), new PaperIds(doi, arxiv, handle),
                links));
    }

    /** The first dc:type that clearly names a paper type; other otherwise. */
    static PaperType type(List<String> types) {
        for (String t : types) {
            PaperType mapped = TYPES.get(t.toLowerCase(Locale.ROOT));
            if (mapped != null) {
                return mapped;
            }
        }
        return PaperType.OTHER;
    }

    /**
     * A dc:date as precise as written: {@code 2004}, {@code 2004-01}, {@code 2004-01-12}, the date of a
     * {@code 2004-01-12T10:00:00Z} time stamp, or {@code January 2004}; null for anything else.
     */
    static PartialDate date(String text) {
        Matcher iso = ISO_DATE.matcher(text);
        try {
            if (iso.matches()) {
                return PartialDate.parse(iso.group(1) + (iso.group(2) == null ? "" : "-" + iso.group(2))
                        + (iso.group(3) == null ? "" : "-" + iso.group(3)));
            }
            Matcher my = MONTH_YEAR.matcher(text);
            if (my.matches()) {
                String name = my.group(1).toLowerCase(Locale.ROOT);
                for (int m = 0; m < MONTHS.size(); m++) {
                    if (name.length() >= 3 && MONTHS.get(m).startsWith(name)) {
                        return PartialDate.parse(my.group(2) + String.format(Locale.ROOT, "-%02d", m + 1));
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return null;
    }

    /** The stripped, white-space-collapsed texts of the dc elements with this name, in order, blanks left out. */
    private static List<String> values(XmlElement dc, String name) {
        List<String> out = new ArrayList<>();
        for (XmlElement e : dc.children(name)) {
            if (!DC.equals(e.namespace())) {
                continue;
            }
            String t = e.text().replaceAll("\\s+", " ").strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }
}
