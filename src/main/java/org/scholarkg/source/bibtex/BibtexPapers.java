package org.scholarkg.source.bibtex;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.scholarkg.InputLocation;
import org.scholarkg.InputProblem;
import org.scholarkg.record.AuthorRef;
import org.scholarkg.record.LinkRecord;
import org.scholarkg.record.PaperIds;
import org.scholarkg.record.PaperRecord;
import org.scholarkg.record.PaperType;
import org.scholarkg.record.PartialDate;
import org.scholarkg.record.VenueRecord;
import org.scholarkg.record.VenueRecord.VenueKind;
import org.scholarkg.source.MarkupText;
import org.scholarkg.source.PaperIdentifiers;
import org.scholarkg.source.UniqueIds;
import org.scholarkg.source.VenueList;

/**
 * Turns the entries of one BibTeX file into paper records, collecting their venues and giving each paper
 * an id unique in the file. What an entry lacks is reported with the entry's key and line.
 */
final class BibtexPapers {

    private static final Pattern WEB_URL = Pattern.compile("^https?://\\S+$");
    private static final Pattern PATENT = Pattern.compile("(?i)\\bpatent");
    private static final Pattern ARXIV_JOURNAL = Pattern.compile("(?i)^\\s*arxiv\\b.*");
    private static final Set<String> CONFERENCE = Set.of("inproceedings", "conference");
    private static final Set<String> CHAPTER = Set.of("incollection", "inbook");
    private static final Set<String> BOOK = Set.of("book", "proceedings", "mvbook", "mvproceedings", "collection");
    private static final Set<String> THESIS = Set.of("phdthesis", "mastersthesis", "thesis");
    private static final Set<String> REPORT = Set.of("techreport", "report");
    /** Types that are a preprint when they carry an arXiv id, and "other" or a patent otherwise. */
    private static final Set<String> LOOSE = Set.of("misc", "unpublished", "online", "electronic", "www", "preprint");
    private static final Set<String> OTHER = Set.of("booklet", "manual", "software", "dataset", "patent");

    private final String file;
    private final List<InputProblem> problems;
    private final VenueList venues = new VenueList();
    private final UniqueIds ids = new UniqueIds();

    BibtexPapers(String file, List<InputProblem> problems) {
        this.file = file;
        this.problems = problems;
    }

    /** The venues of the papers made so far. */
    List<VenueRecord> venues() {
        return venues.records();
    }

    /** The entry as a paper, or empty (with a problem reported) when it has no title, author or date. */
    Optional<PaperRecord> paper(BibtexEntry e) {
        InputLocation at = new InputLocation(file, e.line(), e.column());
        String record = "entry '" + e.key() + "'";
        String title = prose(e.field("title"));
        List<String> names = BibtexNames.printed(e.field("author"));
        if (names.isEmpty() && BOOK.contains(e.type())) {
            // Proceedings and edited books name editors, not authors.
            names = BibtexNames.printed(e.field("editor"));
        }
        PartialDate date = null;
        String dateProblem = null;
        try {
            date = BibtexDate.of(prose(e.field("year")), prose(e.field("month")), prose(e.field("date")));
        } catch (IllegalArgumentException ex) {
            dateProblem = ex.getMessage();
        }
        List<String> missing = new ArrayList<>();
        if (title == null || title.isEmpty()) {
            missing.add("no title");
        }
        if (names.isEmpty()) {
            missing.add("no author or editor");
        }
        if (dateProblem != null) {
            missing.add(dateProblem);
        }
        if (!missing.isEmpty()) {
            problems.add(new InputProblem(at, record, String.join(", ", missing) + "; the entry is left out"));
            return Optional.empty();
        }
        String arxiv = arxiv(e);
        // biblatex calls the journal "journaltitle".
        String journal = prose(e.field("journal") != null ? e.field("journal") : e.field("journaltitle"));
        PaperType type = type(e, arxiv, journal);
        String venue = null;
        if (type == PaperType.JOURNAL_ARTICLE && journal != null && !journal.isEmpty()) {
            venue = venues.venue(VenueKind.JOURNAL, journal, e.field("issn"));
        } else if (type == PaperType.CONFERENCE_PAPER) {
            String booktitle = prose(e.field("booktitle"));
            if (booktitle != null && !booktitle.isEmpty()) {
                venue = venues.venue(VenueKind.CONFERENCE, booktitle, null);
            }
        }
        List<AuthorRef> authors = names.stream().map(n -> new AuthorRef(n, null)).toList();
        String abstractText = MarkupText.plain(prose(e.field("abstract")));
        return Optional.of(new PaperRecord(ids.claim(e.key()), title, type, authors, venue, empty(prose(e.field("volume"))),
                empty(prose(e.field("number"))), empty(prose(e.field("pages"))), date, List.of(),
                empty(abstractText), new PaperIds(doi(e, at, record), arxiv, null), links(e, at, record)));
    }

    private static PaperType type(BibtexEntry e, String arxiv, String journal) {
        String t = e.type();
        if (t.equals("article")) {
            // Google Scholar exports write preprints as @article{journal = {arXiv preprint arXiv:...}}.
            return journal != null && ARXIV_JOURNAL.matcher(journal).matches() ? PaperType.PREPRINT
                    : PaperType.JOURNAL_ARTICLE;
        }
        if (CONFERENCE.contains(t)) {
            return PaperType.CONFERENCE_PAPER;
        }
        if (CHAPTER.contains(t)) {
            return PaperType.CHAPTER;
        }
        if (BOOK.contains(t)) {
            return PaperType.BOOK;
        }
        if (THESIS.contains(t)) {
            return PaperType.THESIS;
        }
        if (REPORT.contains(t)) {
            return PaperType.REPORT;
        }
        if (t.equals("patent")) {
            return PaperType.PATENT;
        }
        if (LOOSE.contains(t)) {
            if (arxiv != null || "prepublished".equalsIgnoreCase(String.valueOf(e.field("pubstate")).strip())) {
                // biblatex's pubstate = {prepublished} is how ScholarKG's own export marks a preprint.
                return PaperType.PREPRINT;
            }
            for (String field : List.of("note", "howpublished", "publisher", "type", "journal")) {
                String value = e.field(field);
                if (value != null && PATENT.matcher(value).find()) {
                    return PaperType.PATENT;
                }
            }
        }
        return PaperType.OTHER;
    }

    /** True when the type is one this importer knows; other types are imported as "other" with a warning. */
    static boolean knownType(String type) {
        return type.equals("article") || CONFERENCE.contains(type) || CHAPTER.contains(type) || BOOK.contains(type)
                || THESIS.contains(type) || REPORT.contains(type) || LOOSE.contains(type) || OTHER.contains(type);
    }

    /** The arXiv id from eprint (unless it names another archive), an arxiv field, a URL or the journal. */
    private static String arxiv(BibtexEntry e) {
        String archive = e.field("archiveprefix") != null ? e.field("archiveprefix") : e.field("eprinttype");
        if (e.field("eprint") != null && (archive == null || archive.toLowerCase(Locale.ROOT).contains("arxiv"))) {
            String id = PaperIdentifiers.arxiv(TexText.verbatim(e.field("eprint")));
            if (id != null) {
                return id;
            }
        }
        for (String field : List.of("arxiv", "url", "pdf", "eprint")) {
            String id = PaperIdentifiers.arxiv(TexText.verbatim(e.field(field)));
            if (id != null) {
                return id;
            }
        }
        return PaperIdentifiers.arxivIn(prose(e.field("journal")));
    }

    private String doi(BibtexEntry e, InputLocation at, String record) {
        String field = TexText.verbatim(e.field("doi"));
        if (field != null && !field.isEmpty()) {
            String doi = PaperIdentifiers.doi(field);
            if (doi == null) {
                problems.add(new InputProblem(at, record, "doi '" + e.field("doi").strip() + "' is not a DOI; it is left out"));
            }
            return doi;
        }
        String url = TexText.verbatim(e.field("url"));
        return url != null && url.matches("(?i)^https?://(dx\\.)?doi\\.org/.*") ? PaperIdentifiers.doi(url) : null;
    }

    private List<LinkRecord> links(BibtexEntry e, InputLocation at, String record) {
        List<LinkRecord> links = new ArrayList<>();
        for (String field : List.of("url", "pdf", "code")) {
            String url = TexText.verbatim(e.field(field));
            if (url == null || url.isEmpty()) {
                continue;
            }
            if (!WEB_URL.matcher(url).matches()) {
                problems.add(new InputProblem(at, record, field + " '" + url + "' is not an http(s) URL; it is left out"));
                continue;
            }
            links.add(switch (field) {
                case "pdf" -> new LinkRecord("pdf", "PDF", url);
                case "code" -> new LinkRecord("code", "Code", url);
                default -> PaperIdentifiers.arxiv(url) != null ? new LinkRecord("arxiv", "arXiv", url)
                        : PaperIdentifiers.doi(url) != null ? new LinkRecord("doi", "DOI", url)
                        : new LinkRecord("url", "URL", url);
            });
        }
        return links;
    }

    /** A prose field as plain text: TeX to Unicode, HTML removed. */
    private static String prose(String tex) {
        return tex == null ? null : MarkupText.plain(TexText.toUnicode(tex));
    }

    private static String empty(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
