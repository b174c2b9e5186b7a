package org.scholarkg.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.scholarkg.record.AreaRecord;
import org.scholarkg.record.AuthorRef;
import org.scholarkg.record.GroupRecord;
import org.scholarkg.record.LinkRecord;
import org.scholarkg.record.OrganizationRecord;
import org.scholarkg.record.PaperRecord;
import org.scholarkg.record.PartialDate;
import org.scholarkg.record.PersonRecord;
import org.scholarkg.record.RecordFile;
import org.scholarkg.record.VenueRecord;
import org.scholarkg.source.mcml.VenueLine;

/**
 * Renders a group's records as an MCML group page in the text layout
 * {@link org.scholarkg.source.mcml.McmlPageImporter} reads: breadcrumb, group, PI card, team members,
 * then publications by year, newest first, numbered down to 1, authors in printed order, each with its
 * venue line, abstract and MCML Authors cards.
 *
 * <p>Within a year, papers with a more precise later date come first; a paper dated by year only counts
 * as the year's end; ties go by title.
 */
public final class McmlPageWriter {

    /** The page text. */
    public String write(RecordFile records) {
        Page page = new Page();
        GroupRecord group = records.group();
        Map<String, PersonRecord> people = new LinkedHashMap<>();
        records.people().forEach(p -> people.put(p.id(), p));
        Map<String, AreaRecord> areas = new LinkedHashMap<>();
        records.areas().forEach(a -> areas.put(a.id(), a));
        Map<String, OrganizationRecord> orgs = new LinkedHashMap<>();
        records.organizations().forEach(o -> orgs.put(o.id(), o));
        Map<String, VenueRecord> venues = new LinkedHashMap<>();
        records.venues().forEach(v -> venues.put(v.id(), v));

        PersonRecord pi = group.pi() == null ? null : people.get(group.pi());
        String display = pi != null ? pi.name() : group.name();
        page.para("Home | Research | Groups | " + display);
        page.para(group.name());
        group.links().forEach(l -> page.para(l.label()));
        if (pi != null) {
            page.para(pi.name());
            if (pi.honorificPrefix() != null) {
                page.para(pi.honorificPrefix());
            }
            if (pi.role() != null) {
                page.para(pi.role());
            }
            pi.areas().forEach(a -> page.para(areas.get(a).name()));
            page.para(pi.name());
            if (pi.jobTitle() != null && !pi.affiliation().isEmpty()) {
                OrganizationRecord org = orgs.get(pi.affiliation().get(0));
                String article = "aeiouAEIOU".indexOf(pi.jobTitle().charAt(0)) >= 0 ? "an" : "a";
                page.para("is " + article + " " + pi.jobTitle() + " at "
                        + (org.alternateName() != null ? org.alternateName() : org.name()) + ".");
            }
            if (pi.description() != null) {
                page.para(pi.description());
            }
        }
        List<String> team = group.members().stream().filter(m -> !m.equals(group.pi())).toList();
        if (!team.isEmpty()) {
            page.para("Team members @MCML");
            for (String id : team) {
                PersonRecord p = people.get(id);
                p.links().stream().filter(l -> l.label() != null && l.label().startsWith("Link to website"))
                        .forEach(l -> page.para(l.label()));
                page.para(p.name());
                if (p.honorificPrefix() != null) {
                    page.para(p.honorificPrefix());
                }
                p.areas().forEach(a -> page.para(areas.get(a).name()));
            }
        }
        if (!records.papers().isEmpty()) {
            page.para("Publications @MCML");
            Map<Integer, List<PaperRecord>> byYear = new TreeMap<>(Comparator.reverseOrder());
            records.papers().forEach(p -> byYear.computeIfAbsent(p.date().year(), y -> new ArrayList<>()).add(p));
            int number = records.papers().size();
            for (Map.Entry<Integer, List<PaperRecord>> year : byYear.entrySet()) {
                page.line(Integer.toString(year.getKey()));
                page.blank();
                List<PaperRecord> papers = new ArrayList<>(year.getValue());
                papers.sort(Comparator.comparing((PaperRecord p) -> sortDate(p.date())).reversed()
                        .thenComparing(PaperRecord::title));
                for (PaperRecord paper : papers) {
                    page.blank();
                    entry(page, number--, paper, people, areas, venues);
                }
            }
        }
        return page.toString();
    }

    private static void entry(Page page, int number, PaperRecord paper, Map<String, PersonRecord> people,
            Map<String, AreaRecord> areas, Map<String, VenueRecord> venues) {
        page.line("[" + number + "]");
        page.line(authors(paper.authors()) + ".");
        page.line(paper.title() + ".");
        page.line(venueLine(paper, venues));
        if (paper.abstractText() != null) {
            page.line("Abstract");
            page.blank();
            page.para(paper.abstractText());
        }
        List<PersonRecord> cards = new ArrayList<>();
        for (AuthorRef a : paper.authors()) {
            Optional.ofNullable(a.person()).map(people::get).filter(p -> !cards.contains(p)).ifPresent(cards::add);
        }
        if (!cards.isEmpty()) {
            page.line("MCML Authors");
            for (PersonRecord p : cards) {
                page.para("Link to Profile " + p.name());
                page.para(p.name());
                if (p.honorificPrefix() != null) {
                    page.para(p.honorificPrefix());
                }
                p.areas().forEach(a -> page.para(areas.get(a).name()));
            }
        }
    }

    /** "A, B and C", with a consortium ("o. b. o. t. ...") after the names. */
    static String authors(List<AuthorRef> authors) {
        List<String> names = new ArrayList<>();
        String consortium = null;
        for (AuthorRef a : authors) {
            if (a.printedName().startsWith("o. b. o. t. ")) {
                consortium = a.printedName();
            } else {
                names.add(a.printedName());
            }
        }
        String list = names.size() <= 1 ? String.join("", names)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        return consortium == null ? list : list + " " + consortium;
    }

    static String venueLine(PaperRecord paper, Map<String, VenueRecord> venues) {
        StringBuilder sb = new StringBuilder();
        VenueRecord venue = paper.venue() == null ? null : venues.get(paper.venue());
        List<String> statuses = new ArrayList<>(paper.statuses());
        if (venue != null && venue.kind().isEvent()) {
            sb.append(venue.acronym()).append(" - ").append(venue.name()).append('.');
            if (venue.place() != null && venue.start() != null) {
                sb.append(' ').append(venue.place()).append(", ").append(dates(venue.start(), venue.end())).append('.');
            }
        } else if (venue != null && venue.kind() == VenueRecord.VenueKind.JOURNAL) {
            sb.append(venue.name());
            if (paper.volume() != null) {
                sb.append(' ').append(paper.volume());
                if (paper.issue() != null) {
                    sb.append('.').append(paper.issue());
                }
            }
            sb.append(" (").append(monthYear(paper.date())).append(").");
        } else {
            statuses.remove("Preprint");
            sb.append("Preprint (").append(monthYear(paper.date())).append(").");
        }
        statuses.forEach(s -> sb.append(' ').append(s).append('.'));
        for (LinkRecord link : paper.links()) {
            sb.append(' ').append(link.label());
        }
        return sb.toString();
    }

    private static String monthYear(PartialDate date) {
        return date.precision() == PartialDate.Precision.YEAR ? Integer.toString(date.year())
                : VenueLine.monthLabel(date.month()) + " " + date.year();
    }

    /** "Dec 10-15, 2024" or "Nov 28-Dec 09, 2023". */
    static String dates(PartialDate start, PartialDate end) {
        String startMonth = VenueLine.monthLabel(start.month()).replace(".", "");
        StringBuilder sb = new StringBuilder(String.format("%s %02d", startMonth, start.day()));
        if (end != null && !end.equals(start)) {
            sb.append('-');
            if (end.month() != start.month()) {
                sb.append(VenueLine.monthLabel(end.month()).replace(".", "")).append(' ');
            }
            sb.append(String.format("%02d", end.day()));
        }
        return sb.append(", ").append(start.year()).toString();
    }

    private static String sortDate(PartialDate date) {
        return switch (date.precision()) {
            case YEAR -> date.year() + "-12-32";
            case MONTH -> String.format("%04d-%02d-32", date.year(), date.month());
            case DAY -> date.toString();
        };
    }

    /** The page's lines: a paragraph is a line followed by a blank one. */
    private static final class Page {
        private final StringBuilder text = new StringBuilder();

        void line(String line) {
            text.append(line).append('\n');
        }

        void blank() {
            text.append('\n');
        }

        void para(String line) {
            line(line);
            blank();
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
