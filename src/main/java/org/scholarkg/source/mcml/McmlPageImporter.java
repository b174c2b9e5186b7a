package org.scholarkg.source.mcml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholarkg.InputLocation;
import org.scholarkg.InputProblem;
import org.scholarkg.KgInputException;
import org.scholarkg.record.AreaRecord;
import org.scholarkg.record.AuthorRef;
import org.scholarkg.record.GroupRecord;
import org.scholarkg.record.LinkRecord;
import org.scholarkg.record.OrganizationRecord;
import org.scholarkg.record.OrganizationRecord.OrganizationType;
import org.scholarkg.record.PaperIds;
import org.scholarkg.record.PaperRecord;
import org.scholarkg.record.PersonRecord;
import org.scholarkg.record.RecordFile;
import org.scholarkg.record.RecordReader;
import org.scholarkg.record.Slugs;
import org.scholarkg.record.SourceInfo;
import org.scholarkg.record.VenueRecord;
import org.scholarkg.record.VenueRecord.VenueKind;
import org.scholarkg.source.ImportResult;
import org.scholarkg.source.Importer;

/**
 * Reads an MCML group page exported as text into records: the breadcrumb, the group, its PI card, the
 * team member cards and every publication under its year heading, with the "MCML Authors" cards that tell
 * which printed authors are MCML members (of this group or another).
 *
 * <pre>{@code
 * ImportResult result = new McmlPageImporter().read(Path.of("mcml-group-jegelka.txt"));
 * }</pre>
 *
 * <p>Decisions the page leaves open, made here:
 * <ul>
 *   <li>ids: the group is the breadcrumb's last word ("jegelka"); a person the slug of their name; a paper
 *       {@code family-year-word-word} from its first author's family name, its year and the first two
 *       significant words of its title ("ma-2024-canonicalization-perspective"), "-2", "-3" on a clash;
 *       an event its acronym ("neurips-2024"), its series the acronym without year ("neurips");</li>
 *   <li>the PI's affiliation is the institution of the "is a ... at ..." sentence; team members and other
 *       MCML authors are affiliated with MCML; the group belongs to MCML and to the institution of its
 *       "Link to website at ..." line;</li>
 *   <li>every person with a card gets an alias in initials form ("S. Jegelka"), so the printed name
 *       resolves to them;</li>
 *   <li>the sentences after the venue ("To be published.", "Preprint available.") are statuses; a preprint's
 *       status is "Preprint";</li>
 *   <li>non-breaking spaces count as spaces.</li>
 * </ul>
 */
public final class McmlPageImporter implements Importer {

    /** Institutions the pages name, by the names they use. */
    private static final Map<String, OrganizationRecord> INSTITUTIONS = institutions();
    private static final OrganizationRecord MCML = new OrganizationRecord("mcml", "Munich Center for Machine Learning",
            "MCML", OrganizationType.RESEARCH_ORGANIZATION, null, null, List.of());

    private static final Pattern ENTRY = Pattern.compile("^\\[(\\d+)]$");
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");
    private static final Pattern HONORIFIC = Pattern.compile("^(Prof\\.|Dr\\.|PD|Priv\\.-Doz\\.|Jun\\.-Prof\\.)( .*)?$");
    private static final Pattern JOB_SENTENCE = Pattern.compile("^is an? (.+?) at (.+?)\\.$");
    private static final int MAX_SENTENCE = 1000;
    private static final Set<String> STOPWORDS = Set.of("a", "an", "the", "on", "of", "for", "and", "in", "to",
            "with", "is", "are", "what", "how", "why", "do", "does", "can", "via", "from", "by", "at", "towards",
            "toward", "beyond", "when", "where", "we", "our", "its", "it", "be", "or", "as", "into");
    static final String TEAM = "Team members @MCML";
    static final String PUBLICATIONS = "Publications @MCML";
    static final String AUTHORS = "MCML Authors";
    static final String ABSTRACT = "Abstract";
    static final String PROFILE_LINK = "Link to Profile";
    static final String WEBSITE_LINK = "Link to website";

    @Override
    public ImportResult read(Path file) {
        String name = file.toString().replace('\\', '/');
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new KgInputException(new InputProblem(InputLocation.of(name), "", "cannot read: " + e.getMessage()));
        }
        Instant modified;
        try {
            modified = Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            modified = Instant.EPOCH;
        }
        return new Parse(name, new PageLines(text)).run(RecordReader.sourceName(file), modified);
    }

    private static Map<String, OrganizationRecord> institutions() {
        OrganizationRecord tum = new OrganizationRecord("tum", "Technical University of Munich", "TU Munich",
                OrganizationType.UNIVERSITY, "https://ror.org/02kkvpp62", null, List.of());
        OrganizationRecord lmu = new OrganizationRecord("lmu", "Ludwig-Maximilians-Universität München", "LMU Munich",
                OrganizationType.UNIVERSITY, null, null, List.of());
        Map<String, OrganizationRecord> map = new LinkedHashMap<>();
        for (String alias : List.of("TUM", "TU Munich", "Technical University of Munich")) {
            map.put(alias, tum);
        }
        for (String alias : List.of("LMU", "LMU Munich", "Ludwig-Maximilians-Universität München")) {
            map.put(alias, lmu);
        }
        return map;
    }

    /** A person as the page shows them in a card. */
    private static final class Card {
        String name;
        String title;
        final List<String> areas = new ArrayList<>();
        final List<LinkRecord> links = new ArrayList<>();
    }

    /** One parse of one page. */
    private static final class Parse {
        private final String file;
        private final PageLines lines;
        private final List<InputProblem> unplaced = new ArrayList<>();
        private final Map<String, OrganizationRecord> organizations = new LinkedHashMap<>();
        private final Map<String, AreaRecord> areas = new LinkedHashMap<>();
        private final Map<String, VenueRecord> venues = new LinkedHashMap<>();
        private final Map<String, Card> otherAuthors = new LinkedHashMap<>();
        private final List<PaperRecord> papers = new ArrayList<>();
        private final Set<String> paperIds = new LinkedHashSet<>();

        Parse(String file, PageLines lines) {
            this.file = file;
            this.lines = lines;
        }

        ImportResult run(String sourceName, Instant modified) {
            if (!lines.hasNext()) {
                throw new KgInputException(new InputProblem(InputLocation.of(file), "", "the page is empty"));
            }
            PageLines.Line crumbs = lines.take();
            if (!crumbs.text().contains(" | ")) {
                throw new KgInputException(new InputProblem(at(crumbs), "",
                        "expected the breadcrumb (\"Home | Research | Groups | Name\"), found \"" + crumbs.text() + "\""));
            }
            String[] parts = crumbs.text().split(" \\| ");
            String display = parts[parts.length - 1].strip();
            String[] words = display.split(" ");
            String groupId = Slugs.of(words[words.length - 1]);
            if (!lines.hasNext()) {
                throw new KgInputException(new InputProblem(at(crumbs), "", "the page ends after the breadcrumb"));
            }
            String groupName = lines.take().text();
            organizations.put(MCML.id(), MCML);
            List<String> parents = new ArrayList<>(List.of(MCML.id()));
            List<LinkRecord> groupLinks = new ArrayList<>();
            while (lines.peekText().startsWith("Link to ")) {
                String label = lines.take().text();
                groupLinks.add(new LinkRecord("website", label, null));
                Matcher at = Pattern.compile("^Link to website at (.+)$").matcher(label);
                if (at.matches()) {
                    OrganizationRecord org = organization(at.group(1));
                    if (!parents.contains(org.id())) {
                        parents.add(org.id());
                    }
                }
            }
            PersonRecord pi = piCard();
            List<PersonRecord> members = new ArrayList<>();
            if (lines.peekText().equals(TEAM)) {
                lines.take();
                for (Card card : cards(Set.of(PUBLICATIONS))) {
                    members.add(person(card, null, null, List.of(MCML.id()), null));
                }
            }
            if (lines.peekText().equals(PUBLICATIONS)) {
                lines.take();
                publications(pi, members);
            }
            while (lines.hasNext()) {
                PageLines.Line line = lines.take();
                unplaced.add(new InputProblem(at(line), "", "not placed: \"" + line.text() + "\""));
            }
            List<String> memberIds = new ArrayList<>();
            List<PersonRecord> people = new ArrayList<>();
            // Names that differ only in what slugs drop (accents, punctuation) are one person: the first card.
            Set<String> personIds = new LinkedHashSet<>();
            if (pi != null) {
                pi = withProfileLink(pi);
                people.add(pi);
                personIds.add(pi.id());
                memberIds.add(pi.id());
            }
            for (PersonRecord m : members) {
                if (personIds.add(m.id())) {
                    people.add(withProfileLink(m));
                    memberIds.add(m.id());
                }
            }
            for (Card other : otherAuthors.values()) {
                if (personIds.add(Slugs.of(other.name))) {
                    people.add(person(other, null, null, List.of(MCML.id()), null));
                }
            }
            List<String> groupAreas = pi == null ? List.of() : pi.areas();
            GroupRecord group = new GroupRecord(groupId, groupName, parents, pi == null ? null : pi.id(), memberIds,
                    groupAreas, null, null, groupLinks);
            SourceInfo source = new SourceInfo(file, sourceName, "MCML group page: " + groupName, null, modified);
            RecordFile records = new RecordFile(source, List.copyOf(organizations.values()),
                    List.copyOf(areas.values()), List.copyOf(venues.values()), group, people, papers);
            return new ImportResult(records, unplaced);
        }

        /** The PI card: name, title, role, areas; the name again, the job sentence, the statement. */
        private PersonRecord piCard() {
            if (!lines.hasNext() || lines.peekText().equals(TEAM) || lines.peekText().equals(PUBLICATIONS)) {
                return null;
            }
            Card card = new Card();
            card.name = lines.take().text();
            if (HONORIFIC.matcher(lines.peekText()).matches()) {
                card.title = lines.take().text();
            }
            String role = null;
            if (lines.hasNext() && !lines.peekText().equals(card.name)) {
                role = lines.take().text();
            }
            while (lines.hasNext() && !lines.peekText().equals(card.name) && !isSectionStart(lines.peekText())) {
                card.areas.add(area(lines.take().text()));
            }
            String jobTitle = null;
            List<String> affiliation = new ArrayList<>();
            StringBuilder statement = new StringBuilder();
            if (lines.peekText().equals(card.name)) {
                lines.take();
                // A job sentence is short; over a long line the pattern backtracks for every " at ".
                Matcher job = JOB_SENTENCE.matcher(lines.peekText());
                if (lines.peekText().length() <= MAX_SENTENCE && job.matches()) {
                    lines.take();
                    jobTitle = job.group(1);
                    affiliation.add(organization(job.group(2)).id());
                }
                while (lines.hasNext() && !isSectionStart(lines.peekText())) {
                    if (statement.length() > 0) {
                        statement.append("\n\n");
                    }
                    statement.append(lines.take().text());
                }
            }
            return person(card, role, jobTitle, affiliation, statement.length() == 0 ? null : statement.toString());
        }

        private static boolean isSectionStart(String text) {
            return text.equals(TEAM) || text.equals(PUBLICATIONS);
        }

        /**
         * Person cards until a line of {@code stops}, an entry or a year: "Link to ..." lines, the name, an
         * optional title, then areas (a line is an area when it is a known area or the card has none yet).
         */
        private List<Card> cards(Set<String> stops) {
            List<Card> cards = new ArrayList<>();
            Card card = null;
            while (lines.hasNext()) {
                String text = lines.peekText();
                if (stops.contains(text) || ENTRY.matcher(text).matches() || YEAR.matcher(text).matches()) {
                    break;
                }
                lines.take();
                boolean startsCard = text.startsWith("Link to ") || card == null || card.name != null
                        && !card.areas.isEmpty() && !areas.containsKey(Slugs.of(text))
                        && !HONORIFIC.matcher(text).matches();
                if (startsCard && (card == null || card.name != null)) {
                    card = new Card();
                    cards.add(card);
                }
                if (text.startsWith(PROFILE_LINK)) {
                    card.links.add(new LinkRecord("profile", PROFILE_LINK, null));
                    String named = text.substring(PROFILE_LINK.length()).strip();
                    if (!named.isEmpty() && lines.peekText().equals(named)) {
                        continue;
                    }
                    if (!named.isEmpty()) {
                        card.name = named;
                    }
                } else if (text.startsWith("Link to ")) {
                    card.links.add(new LinkRecord("website", text, null));
                } else if (card.name == null) {
                    card.name = text;
                } else if (card.title == null && card.areas.isEmpty() && HONORIFIC.matcher(text).matches()) {
                    card.title = text;
                } else {
                    card.areas.add(area(text));
                }
            }
            cards.removeIf(c -> c.name == null);
            return cards;
        }

        private void publications(PersonRecord pi, List<PersonRecord> members) {
            String year = null;
            while (lines.hasNext()) {
                PageLines.Line line = lines.peek();
                Matcher y = YEAR.matcher(line.text());
                Matcher entry = ENTRY.matcher(line.text());
                if (y.matches()) {
                    lines.take();
                    year = y.group(1);
                } else if (entry.matches()) {
                    lines.take();
                    entry(line, year);
                } else {
                    lines.take();
                    unplaced.add(new InputProblem(at(line), "", "not placed: \"" + line.text() + "\""));
                }
            }
        }

        private void entry(PageLines.Line number, String year) {
            String record = "entry [" + number.text().replaceAll("[\\[\\]]", "") + "]";
            List<String> block = new ArrayList<>();
            List<PageLines.Line> blockLines = new ArrayList<>();
            while (lines.hasNext() && block.size() < 3 && !isBoundary(lines.peekText())) {
                PageLines.Line l = lines.take();
                block.add(l.text());
                blockLines.add(l);
            }
            if (block.size() < 3) {
                unplaced.add(new InputProblem(at(number), record,
                        "an entry needs an author line, a title line and a venue line; found " + block.size()));
                blockLines.forEach(l -> unplaced.add(new InputProblem(at(l), record, "not placed: \"" + l.text() + "\"")));
                return;
            }
            List<String> printed = PrintedNames.splitAuthors(block.get(0));
            String title = block.get(1).endsWith(".") ? block.get(1).substring(0, block.get(1).length() - 1) : block.get(1);
            VenueLine venue = VenueLine.parse(block.get(2));
            if (!venue.rest().isEmpty()) {
                unplaced.add(new InputProblem(at(blockLines.get(2)), record,
                        "venue line not understood: \"" + venue.rest() + "\""));
            }
            StringBuilder abstractText = new StringBuilder();
            if (lines.peekText().equals(ABSTRACT)) {
                lines.take();
                while (lines.hasNext() && !isBoundary(lines.peekText())) {
                    if (abstractText.length() > 0) {
                        abstractText.append("\n\n");
                    }
                    abstractText.append(lines.take().text());
                }
            }
            List<Card> mcmlAuthors = new ArrayList<>();
            if (lines.peekText().equals(AUTHORS)) {
                lines.take();
                mcmlAuthors = cards(Set.of());
                for (Card card : mcmlAuthors) {
                    otherAuthors.putIfAbsent(card.name, card);
                }
            }
            List<AuthorRef> authors = new ArrayList<>();
            for (String name : printed) {
                String person = mcmlAuthors.stream().filter(c -> PrintedNames.matches(name, c.name)).findFirst()
                        .map(c -> Slugs.of(c.name)).orElse(null);
                authors.add(new AuthorRef(name, person));
            }
            String venueId = venue(venue);
            List<String> statuses = venue.kind() == VenueLine.Kind.PREPRINT && venue.statuses().isEmpty()
                    ? List.of("Preprint") : venue.kind() == VenueLine.Kind.PREPRINT
                    ? concat("Preprint", venue.statuses()) : venue.statuses();
            List<LinkRecord> links = venue.links().stream()
                    .map(l -> new LinkRecord(VenueLine.LINK_KINDS.get(l), l, null)).toList();
            org.scholarkg.record.PartialDate date = venue.date() != null ? venue.date()
                    : year == null ? null : org.scholarkg.record.PartialDate.parse(year);
            if (date == null) {
                unplaced.add(new InputProblem(at(number), record, "no date: no year heading and none in the venue line"));
                return;
            }
            papers.add(new PaperRecord(paperId(printed.get(0), date.year(), title), title, venue.paperType(), authors,
                    venueId, venue.volume(), venue.issue(), null, date, statuses,
                    abstractText.length() == 0 ? null : abstractText.toString(), PaperIds.NONE, links));
        }

        private static List<String> concat(String first, List<String> rest) {
            List<String> all = new ArrayList<>(List.of(first));
            all.addAll(rest);
            return all;
        }

        private boolean isBoundary(String text) {
            return text.equals(ABSTRACT) || text.equals(AUTHORS) || ENTRY.matcher(text).matches()
                    || YEAR.matcher(text).matches();
        }

        private String venue(VenueLine line) {
            switch (line.kind()) {
                case CONFERENCE, WORKSHOP -> {
                    String seriesId = null;
                    if (line.seriesAcronym() != null && line.seriesName() != null) {
                        seriesId = Slugs.of(line.seriesAcronym());
                        venues.putIfAbsent(seriesId, new VenueRecord(seriesId, VenueKind.SERIES, line.seriesName(),
                                line.seriesAcronym(), null, null, null, null, null, null));
                    }
                    String id = Slugs.of(line.acronym());
                    venues.putIfAbsent(id, new VenueRecord(id,
                            line.kind() == VenueLine.Kind.WORKSHOP ? VenueKind.WORKSHOP : VenueKind.CONFERENCE,
                            line.name(), line.acronym(), line.edition(), seriesId, line.place(), line.start(),
                            line.end(), null));
                    return id;
                }
                case JOURNAL -> {
                    String id = Slugs.of(line.name());
                    venues.putIfAbsent(id, new VenueRecord(id, VenueKind.JOURNAL, line.name(), null, null, null, null,
                            null, null, null));
                    return id;
                }
                default -> {
                    return null;
                }
            }
        }

        private String paperId(String firstAuthor, int year, String title) {
            String[] parts = firstAuthor.split(" ");
            StringBuilder family = new StringBuilder();
            for (String p : parts) {
                if (!p.endsWith(".")) {
                    family.append(family.length() == 0 ? "" : " ").append(p);
                }
            }
            List<String> significant = new ArrayList<>();
            for (String word : Slugs.of(title).split("-")) {
                if (!STOPWORDS.contains(word) && significant.size() < 2) {
                    significant.add(word);
                }
            }
            String base = Slugs.of((family.length() == 0 ? firstAuthor : family.toString()) + " " + year + " "
                    + String.join(" ", significant));
            String id = base;
            for (int n = 2; paperIds.contains(id); n++) {
                id = base + "-" + n;
            }
            paperIds.add(id);
            return id;
        }

        private PersonRecord person(Card card, String role, String jobTitle, List<String> affiliation,
                String description) {
            String[] names = PrintedNames.split(card.name);
            String alias = PrintedNames.initialsForm(names[0], names[1]);
            return new PersonRecord(Slugs.of(card.name), card.name, names[0].isEmpty() ? null : names[0], names[1],
                    card.title, role, jobTitle, affiliation, names[0].isEmpty() ? List.of() : List.of(alias), null,
                    null, null, card.areas, null, description, card.links);
        }

        /** Adds the "Link to Profile" of an MCML Authors card to the person's links, once. */
        private PersonRecord withProfileLink(PersonRecord p) {
            Card card = otherAuthors.get(p.name());
            if (card == null || card.links.isEmpty()) {
                return p;
            }
            List<LinkRecord> links = new ArrayList<>(p.links());
            for (LinkRecord l : card.links) {
                if (!links.contains(l)) {
                    links.add(l);
                }
            }
            return new PersonRecord(p.id(), p.name(), p.givenName(), p.familyName(), p.honorificPrefix(), p.role(),
                    p.jobTitle(), p.affiliation(), p.aliases(), p.orcid(), p.dblp(), p.wikidata(), p.areas(),
                    p.homepage(), p.description(), links);
        }

        private String area(String name) {
            String id = Slugs.of(name);
            areas.putIfAbsent(id, new AreaRecord(id, name));
            return id;
        }

        private OrganizationRecord organization(String name) {
            OrganizationRecord known = INSTITUTIONS.get(name);
            OrganizationRecord org = known != null ? known : new OrganizationRecord(Slugs.of(name), name, null,
                    OrganizationType.ORGANIZATION, null, null, List.of());
            organizations.putIfAbsent(org.id(), org);
            return org;
        }

        private InputLocation at(PageLines.Line line) {
            return new InputLocation(file, line.number(), 1);
        }
    }
}
