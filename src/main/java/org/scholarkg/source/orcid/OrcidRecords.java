package org.scholarkg.source.orcid;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.scholarkg.InputProblem;
import org.scholarkg.record.AuthorRef;
import org.scholarkg.record.LinkRecord;
import org.scholarkg.record.PaperIds;
import org.scholarkg.record.PaperRecord;
import org.scholarkg.record.PaperType;
import org.scholarkg.record.PartialDate;
import org.scholarkg.record.PersonRecord;
import org.scholarkg.record.Slugs;
import org.scholarkg.record.VenueRecord;
import org.scholarkg.record.VenueRecord.VenueKind;
import org.scholarkg.source.PaperIdentifiers;
import org.scholarkg.source.UniqueIds;
import org.scholarkg.source.VenueList;

/**
 * Turns an {@link OrcidDocument} into records: the record holder as a person, and each work as a paper
 * that the holder is an author of.
 */
final class OrcidRecords {

    private static final Pattern WEB_URL = Pattern.compile("^https?://\\S+$");
    /** Contributor roles that do not make an author. */
    private static final Set<String> NOT_AUTHORS = Set.of("editor", "chair-or-translator", "support-staff");

    private final List<InputProblem> problems;
    private final VenueList venues = new VenueList();
    private final UniqueIds ids = new UniqueIds();
    private final PersonRecord holder;
    private final String holderPrinted;
    private final Set<String> holderNames = new LinkedHashSet<>();
    private final String owner;

    OrcidRecords(OrcidDocument doc, List<InputProblem> problems) {
        this.problems = problems;
        this.owner = doc.owner();
        this.holder = holder(doc);
        OrcidDocument.Person p = doc.person();
        this.holderPrinted = holder == null ? null
                : p != null && p.creditName() != null ? p.creditName() : holder.name();
        if (holder != null) {
            holderNames.add(fold(holder.name()));
            holder.aliases().forEach(a -> holderNames.add(fold(a)));
        }
    }

    /** The record holder, or empty when the document names neither a person nor an owner. */
    Optional<PersonRecord> person() {
        return Optional.ofNullable(holder);
    }

    List<VenueRecord> venues() {
        return venues.records();
    }

    /** The work as a paper, or empty (with a problem reported) when it has no title, date or author. */
    Optional<PaperRecord> paper(OrcidDocument.Work w) {
        String record = "work" + (w.putCode() == null ? "" : " " + w.putCode())
                + (w.title() == null ? "" : " '" + w.title() + "'");
        List<String> missing = new ArrayList<>();
        if (w.title() == null) {
            missing.add("no title");
        }
        PartialDate date = null;
        if (w.year() == null) {
            missing.add("no publication date");
        } else {
            try {
                date = PartialDate.parse(w.year() + (w.month() == null ? "" : "-" + pad(w.month()))
                        + (w.month() == null || w.day() == null ? "" : "-" + pad(w.day())));
            } catch (IllegalArgumentException e) {
                missing.add("publication date: " + e.getMessage());
            }
        }
        List<AuthorRef> authors = authors(w, record);
        if (authors.isEmpty()) {
            missing.add("no contributors, and the document does not say whose record it is");
        }
        if (!missing.isEmpty()) {
            problems.add(new InputProblem(w.location(), record, String.join(", ", missing) + "; the work is left out"));
            return Optional.empty();
        }
        String title = w.subtitle() == null ? w.title() : w.title() + ": " + w.subtitle();
        PaperType type = type(w.type());
        String venue = null;
        if (w.journalTitle() != null) {
            venue = venues.venue(type == PaperType.CONFERENCE_PAPER ? VenueKind.CONFERENCE : VenueKind.JOURNAL,
                    w.journalTitle(), null);
        }
        String doi = null;
        String arxiv = null;
        String handle = null;
        for (OrcidDocument.ExternalId id : w.externalIds()) {
            // Only the work's own identifiers: "part-of" names the journal or book, "version-of" another version.
            if (id.relationship() != null && !id.relationship().equalsIgnoreCase("self") || id.type() == null) {
                continue;
            }
            switch (id.type().toLowerCase(Locale.ROOT)) {
                case "doi" -> doi = doi != null ? doi : checked("doi", id.value(), PaperIdentifiers.doi(id.value()), w, record);
                case "arxiv" -> arxiv = arxiv != null ? arxiv
                        : checked("arxiv", id.value(), PaperIdentifiers.arxiv(id.value()), w, record);
                case "handle" -> handle = handle != null ? handle : checked("handle", id.value(),
                        PaperIdentifiers.handle(id.value() == null || id.value().contains("hdl") ? id.value() : "hdl:" + id.value()),
                        w, record);
                default -> {
                    // other schemes (isbn, pmid, bibcode, agr, ...) have no place in the records
                }
            }
        }
        List<LinkRecord> links = new ArrayList<>();
        if (w.url() != null && WEB_URL.matcher(w.url()).matches()) {
            links.add(new LinkRecord("url", "URL", w.url()));
        }
        return Optional.of(new PaperRecord(ids.claim(idText(w, doi, title, date)), title, type, authors, venue, null,
                null, null, date, List.of(), w.shortDescription(), new PaperIds(doi, arxiv, handle), links));
    }

    private String idText(OrcidDocument.Work w, String doi, String title, PartialDate date) {
        if (owner != null && w.putCode() != null) {
            return owner + " work " + w.putCode();
        }
        return doi != null ? doi : title + " " + date.year();
    }

    /**
     * The contributors that are authors, in order, the holder among them linked to the holder's person; the
     * holder alone when the work lists none.
     */
    private List<AuthorRef> authors(OrcidDocument.Work w, String record) {
        List<AuthorRef> authors = new ArrayList<>();
        boolean holderFound = false;
        for (OrcidDocument.Contributor c : w.contributors()) {
            if (c.role() != null && NOT_AUTHORS.contains(c.role().toLowerCase(Locale.ROOT))) {
                continue;
            }
            boolean isHolder = holder != null && (owner != null && owner.equals(c.orcid())
                    || c.creditName() != null && holderNames.contains(fold(c.creditName())));
            String name = c.creditName() != null ? c.creditName() : isHolder ? holderPrinted : null;
            if (name == null) {
                problems.add(new InputProblem(w.location(), record, "a contributor"
                        + (c.orcid() == null ? "" : " (" + c.orcid() + ")") + " has no name; left out of the authors"));
                continue;
            }
            authors.add(new AuthorRef(name, isHolder && !holderFound ? holder.id() : null));
            holderFound |= isHolder;
        }
        if (authors.isEmpty() && holder != null) {
            authors.add(new AuthorRef(holderPrinted, holder.id()));
        } else if (holder != null && !holderFound) {
            problems.add(new InputProblem(w.location(), record, "the record holder is not among the contributors "
                    + "by ORCID iD or name; the authors are kept as listed"));
        }
        return authors;
    }

    private String checked(String scheme, String value, String normalized, OrcidDocument.Work w, String record) {
        if (normalized == null) {
            problems.add(new InputProblem(w.location(), record, scheme + " '" + value + "' is not a valid " + scheme
                    + " identifier; it is left out"));
        }
        return normalized;
    }

    /** ORCID work types (v3.0) as paper types. */
    static PaperType type(String orcidType) {
        if (orcidType == null) {
            return PaperType.OTHER;
        }
        return switch (orcidType.toLowerCase(Locale.ROOT).replace('_', '-')) {
            case "journal-article" -> PaperType.JOURNAL_ARTICLE;
            case "conference-paper" -> PaperType.CONFERENCE_PAPER;
            case "book", "edited-book" -> PaperType.BOOK;
            case "book-chapter", "encyclopedia-entry", "dictionary-entry" -> PaperType.CHAPTER;
            case "dissertation", "dissertation-thesis" -> PaperType.THESIS;
            case "preprint" -> PaperType.PREPRINT;
            case "report", "working-paper" -> PaperType.REPORT;
            case "patent" -> PaperType.PATENT;
            default -> PaperType.OTHER;
        };
    }

    private PersonRecord holder(OrcidDocument doc) {
        OrcidDocument.Person p = doc.person();
        String orcid = doc.owner() == null ? null : OrcidIds.iri(doc.owner());
        if (p == null) {
            if (doc.owner() == null) {
                return null;
            }
            // Without a person section the holder's name is the source name of a work they added themselves.
            String name = doc.works().stream().filter(w -> doc.owner().equals(w.sourceOrcid()) && w.sourceName() != null)
                    .map(OrcidDocument.Work::sourceName).findFirst().orElse(doc.owner());
            return new PersonRecord(Slugs.of(name), name, null, null, null, null, null, List.of(), List.of(), orcid,
                    null, null, List.of(), null, null, List.of());
        }
        String full = join(p.givenNames(), p.familyName());
        String name = full != null ? full : p.creditName() != null ? p.creditName() : doc.owner();
        if (name == null) {
            problems.add(new InputProblem(p.location(), "person", "the person has no name and no ORCID iD; no person is made"));
            return null;
        }
        Set<String> aliases = new LinkedHashSet<>();
        if (p.creditName() != null) {
            aliases.add(p.creditName());
        }
        aliases.addAll(p.otherNames());
        aliases.remove(name);
        List<LinkRecord> links = new ArrayList<>();
        for (OrcidDocument.NamedUrl u : p.urls()) {
            if (u.url() != null && WEB_URL.matcher(u.url()).matches()) {
                links.add(new LinkRecord("website", u.name() != null ? u.name() : "Website", u.url()));
            }
        }
        return new PersonRecord(Slugs.of(name), name, p.givenNames(), p.familyName(), null, null, null, List.of(),
                List.copyOf(aliases), orcid, null, null, List.of(), null, p.biography(), links);
    }

    private static String join(String given, String family) {
        if (given == null && family == null) {
            return null;
        }
        return given == null ? family : family == null ? given : given + " " + family;
    }

    private static String pad(String part) {
        return part.length() == 1 ? "0" + part : part;
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ").strip();
    }
}
