package org.scholarkg.source.csljson;

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
import org.scholarkg.source.PaperIdentifiers;
import org.scholarkg.source.UniqueIds;
import org.scholarkg.source.VenueList;
import tools.jackson.databind.JsonNode;

/**
 * Turns the items of one CSL-JSON file into paper records, collecting their venues and giving each paper
 * an id unique in the file. What an item lacks is reported with its position and line.
 */
final class CslPapers {

    private static final Pattern WEB_URL = Pattern.compile("^https?://\\S+$");
    private static final Set<String> PERIODICAL = Set.of("article-journal", "article-magazine", "article-newspaper");

    private final List<InputProblem> problems;
    private final VenueList venues = new VenueList();
    private final UniqueIds ids = new UniqueIds();

    CslPapers(List<InputProblem> problems) {
        this.problems = problems;
    }

    /** The venues of the papers made so far. */
    List<VenueRecord> venues() {
        return venues.records();
    }

    /** The item as a paper, or empty (with a problem reported) when it has no title, author or date. */
    Optional<PaperRecord> paper(JsonNode item, InputLocation at, String record) {
        String title = CslItems.text(item, "title");
        String cslType = CslItems.text(item, "type");
        List<String> names = CslNames.printed(item.get("author"));
        if (names.isEmpty() && "book".equals(cslType)) {
            names = CslNames.printed(item.get("editor"));
        }
        List<String> missing = new ArrayList<>();
        if (title == null) {
            missing.add("no title");
        }
        if (names.isEmpty()) {
            missing.add("no author");
        }
        PartialDate date = null;
        try {
            date = CslItems.date(item, "issued");
            if (date == null) {
                missing.add("no issued date");
            }
        } catch (IllegalArgumentException e) {
            missing.add(e.getMessage());
        }
        if (!missing.isEmpty()) {
            problems.add(new InputProblem(at, record, String.join(", ", missing) + "; the item is left out"));
            return Optional.empty();
        }
        String doi = doi(item, at, record);
        String url = CslItems.text(item, "URL");
        String arxiv = arxiv(item, doi, url);
        boolean arxivPublisher = "arxiv".equalsIgnoreCase(CslItems.text(item, "publisher"))
                || "arxiv".equalsIgnoreCase(CslItems.text(item, "container-title"));
        PaperType type = CslItems.type(cslType, arxiv != null || arxivPublisher);
        String container = CslItems.text(item, "container-title");
        String venue = null;
        if (container != null && cslType != null && PERIODICAL.contains(cslType)) {
            venue = venues.venue(VenueKind.JOURNAL, container, CslItems.text(item, "ISSN"));
        } else if (container != null && type == PaperType.CONFERENCE_PAPER) {
            venue = venues.venue(VenueKind.CONFERENCE, container, null);
        }
        List<String> statuses = CslItems.text(item, "status") == null ? List.of() : List.of(CslItems.text(item, "status"));
        return Optional.of(new PaperRecord(ids.claim(idText(item, doi, title, date)), title, type,
                names.stream().map(n -> new AuthorRef(n, null)).toList(), venue, CslItems.text(item, "volume"),
                CslItems.text(item, "issue"), CslItems.text(item, "page"), date, statuses,
                CslItems.text(item, "abstract"), new PaperIds(doi, arxiv, null), links(url, at, record)));
    }

    /** The item's id (a DOI URL gives its DOI), else the DOI, else title and year. */
    private static String idText(JsonNode item, String doi, String title, PartialDate date) {
        String id = CslItems.text(item, "id");
        if (id != null) {
            String idDoi = id.matches("(?i)^https?://(dx\\.)?doi\\.org/.*") ? PaperIdentifiers.doi(id) : null;
            return idDoi != null ? idDoi : id;
        }
        return doi != null ? doi : title + " " + date.year();
    }

    private String doi(JsonNode item, InputLocation at, String record) {
        String text = CslItems.text(item, "DOI");
        if (text == null) {
            return null;
        }
        String doi = PaperIdentifiers.doi(text);
        if (doi == null) {
            problems.add(new InputProblem(at, record, "DOI '" + text + "' is not a DOI; it is left out"));
        }
        return doi;
    }

    /** An arXiv id from the DOI (10.48550/arXiv.*), the URL, or "arXiv:..." in number or note. */
    private static String arxiv(JsonNode item, String doi, String url) {
        String id = PaperIdentifiers.arxiv(doi);
        if (id == null) {
            id = PaperIdentifiers.arxiv(url);
        }
        for (String variable : List.of("number", "note", "archive_location")) {
            if (id == null) {
                id = PaperIdentifiers.arxivIn(CslItems.text(item, variable));
            }
        }
        return id;
    }

    private List<LinkRecord> links(String url, InputLocation at, String record) {
        if (url == null) {
            return List.of();
        }
        if (!WEB_URL.matcher(url).matches()) {
            problems.add(new InputProblem(at, record, "URL '" + url + "' is not an http(s) URL; it is left out"));
            return List.of();
        }
        String lower = url.toLowerCase(Locale.ROOT);
        if (PaperIdentifiers.arxiv(url) != null) {
            return List.of(new LinkRecord("arxiv", "arXiv", url));
        }
        return List.of(lower.matches("^https?://(dx\\.)?doi\\.org/.*") ? new LinkRecord("doi", "DOI", url)
                : new LinkRecord("url", "URL", url));
    }
}
