package org.scholarkg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.scholarkg.record.AreaRecord;
import org.scholarkg.record.AuthorRef;
import org.scholarkg.record.GroupRecord;
import org.scholarkg.record.LinkRecord;
import org.scholarkg.record.OrganizationRecord;
import org.scholarkg.record.OrganizationRecord.OrganizationType;
import org.scholarkg.record.PaperIds;
import org.scholarkg.record.PaperRecord;
import org.scholarkg.record.PaperType;
import org.scholarkg.record.PartialDate;
import org.scholarkg.record.PersonRecord;
import org.scholarkg.record.RecordFile;
import org.scholarkg.record.RecordYamlWriter;
import org.scholarkg.record.Slugs;
import org.scholarkg.record.SourceInfo;
import org.scholarkg.record.VenueRecord;
import org.scholarkg.record.VenueRecord.VenueKind;

/**
 * Deterministic synthetic records of realistic shape, for benchmarks: one file per research group (5 to 40
 * people, up to {@value #PAPERS_PER_FILE} papers), plus one shared file with the organizations, research
 * areas and venues (conference series with an edition per year over two decades, and journals).
 *
 * <p>Authors per paper follow a long-tailed distribution (mean about 5; a few collaboration papers with 100
 * to 400 authors); who writes follows a power law over each group's members (the PI writes most); family
 * names follow a power law too, so printed names such as "Y. Wang" are shared by different people (authors
 * who are members carry their person id, so they stay apart); abstracts have 120 to 280 words.
 *
 * <pre>{@code
 * new SyntheticRecords(10_000, 42).write(Path.of("target/bench/records-10000"));
 * }</pre>
 */
public final class SyntheticRecords {

    /** The most papers one group file holds. */
    public static final int PAPERS_PER_FILE = 1_000;

    /** The modification time every generated source states, fixed so that runs are repeatable. */
    public static final java.time.Instant GENERATED = java.time.Instant.parse("2025-01-01T00:00:00Z");
    /** The file of organizations, areas and venues. */
    public static final String SHARED_FILE = "shared";
    /** The smallest and largest group. */
    public static final int MIN_GROUP_SIZE = 5;
    public static final int MAX_GROUP_SIZE = 40;
    /** The years papers appear in. */
    public static final int FIRST_YEAR = 2005;
    public static final int YEARS = 20;

    private static final int SERIES = 40;
    private static final int JOURNALS = 25;
    private static final int UNIVERSITIES = 12;
    private static final String INSTITUTE = "synthetic-institute";
    /** The share of papers written by a large collaboration, and the size of its author list. */
    private static final double COLLABORATION_SHARE = 0.004;
    private static final int COLLABORATION_MIN_AUTHORS = 100;
    private static final int COLLABORATION_EXTRA_AUTHORS = 300;
    /** Ordinary author counts: log-normal with median e^mu (about 3.3) and mean about 4. */
    private static final double AUTHORS_MU = Math.log(3.3);
    private static final double AUTHORS_SIGMA = 0.6;
    /** Who fills an author position of an ordinary paper: the group, another group, or an outsider. */
    private static final double MEMBER_SHARE = 0.55;
    private static final double OTHER_GROUP_SHARE = 0.10;
    /** Members of a collaboration paper's own group come first; the rest are mostly outsiders. */
    private static final int COLLABORATION_MEMBER_POSITIONS = 3;
    private static final double COLLABORATION_OTHER_GROUP_SHARE = 0.05;
    /** The exponent of the power law of productivity over a group's members, and of venue popularity. */
    private static final double PRODUCTIVITY_SKEW = 1.2;
    private static final double VENUE_SKEW = 0.8;
    private static final List<String> ROLES = List.of("Postdoc", "PhD Student", "PhD Student", "Research Scientist",
            "Master Student");
    private static final List<String> CITIES = List.of("Vancouver, Canada", "Vienna, Austria", "New Orleans, USA",
            "Munich, Germany", "Singapore", "Kyoto, Japan", "Lisbon, Portugal", "Seoul, South Korea",
            "Montréal, Canada", "Sydney, Australia", "Barcelona, Spain", "Nairobi, Kenya");
    private static final long PAPER_STREAM = 0x5EED_0001L;
    private static final int ARXIV_NUMBERS = 100_000;

    private final int papers;
    private final long seed;
    private final SyntheticNames names = new SyntheticNames();
    private final List<Roster> groups = new ArrayList<>();
    private final double[] venueCumulative = ZipfTable.cumulative(SERIES, VENUE_SKEW);

    /** A group's people, the PI first. */
    private record Roster(String groupId, List<PersonRecord> people, double[] productivity, String university,
            List<String> areas) {
    }

    /**
     * @param papers how many papers, at least 1
     * @param seed the same seed gives the same records
     */
    public SyntheticRecords(int papers, long seed) {
        if (papers < 1) {
            throw new IllegalArgumentException("papers must be at least 1, not " + papers);
        }
        this.papers = papers;
        this.seed = seed;
        int groupCount = (papers + PAPERS_PER_FILE - 1) / PAPERS_PER_FILE;
        SplittableRandom random = new SplittableRandom(seed);
        int personIndex = 0;
        for (int g = 0; g < groupCount; g++) {
            Roster roster = roster(g, personIndex, random.split());
            personIndex += roster.people().size();
            groups.add(roster);
        }
    }

    /** The number of record files: one per group and the shared one. */
    public int fileCount() {
        return groups.size() + 1;
    }

    /** Calls {@code action} with each file's records, the shared file first; one file is made at a time. */
    public void forEachFile(Consumer<RecordFile> action) {
        action.accept(sharedFile());
        for (int g = 0; g < groups.size(); g++) {
            action.accept(groupFile(g));
        }
    }

    /**
     * Writes every file as YAML ({@code shared.yaml}, {@code group-0001.yaml}, ...) into a folder, which is
     * created if needed.
     *
     * @return the files written
     */
    public List<Path> write(Path folder) {
        RecordYamlWriter writer = new RecordYamlWriter();
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            forEachFile(file -> {
                Path target = folder.resolve(file.source().name() + ".yaml");
                try {
                    Files.writeString(target, "# Synthetic records for benchmarks.\n" + writer.write(file),
                            StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                written.add(target);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written;
    }

    /** The organizations, areas and venues every group file refers to. */
    RecordFile sharedFile() {
        List<OrganizationRecord> organizations = new ArrayList<>();
        organizations.add(new OrganizationRecord(INSTITUTE, "Synthetic Institute for Machine Learning", "SIML",
                OrganizationType.RESEARCH_ORGANIZATION, null, null, List.of()));
        for (int u = 0; u < UNIVERSITIES; u++) {
            String city = CITIES.get(u).split(",")[0];
            organizations.add(new OrganizationRecord(universityId(u), "University of " + city, null,
                    OrganizationType.UNIVERSITY, null, null, List.of()));
        }
        List<AreaRecord> areas = new ArrayList<>();
        for (String topic : SyntheticText.TOPICS) {
            areas.add(new AreaRecord(Slugs.of(topic), topic));
        }
        List<VenueRecord> venues = new ArrayList<>();
        for (int s = 0; s < SERIES; s++) {
            String topic = SyntheticText.TOPICS.get(s % SyntheticText.TOPICS.size());
            String acronym = "C" + SyntheticText.initials(topic) + (s >= SyntheticText.TOPICS.size() ? "W" : "");
            String kind = s >= SyntheticText.TOPICS.size() ? "Workshop" : "Conference";
            venues.add(new VenueRecord(seriesId(s), VenueKind.SERIES, kind + " on " + topic, acronym, null, null,
                    null, null, null, null));
            for (int y = 0; y < YEARS; y++) {
                int year = FIRST_YEAR + y;
                int month = 1 + (s * 5 + y) % 12;
                int day = 1 + (s * 7 + y) % 24;
                int edition = y + 1 + s % 15;
                venues.add(new VenueRecord(editionId(s, year), VenueKind.CONFERENCE,
                        ordinal(edition) + " " + kind + " on " + topic, acronym + " " + year, edition, seriesId(s),
                        CITIES.get((s + y) % CITIES.size()), new PartialDate(year, month, day, PartialDate.Precision.DAY),
                        new PartialDate(year, month, day + 4, PartialDate.Precision.DAY), null));
            }
        }
        for (int j = 0; j < JOURNALS; j++) {
            String topic = SyntheticText.TOPICS.get(j);
            venues.add(new VenueRecord(journalId(j), VenueKind.JOURNAL, "Journal of " + topic,
                    "J" + SyntheticText.initials(topic), null, null, null, null, null,
                    String.format(Locale.ROOT, "%04d-%03d%d", 1000 + j * 37, 100 + j * 13, j % 10)));
        }
        SourceInfo source = new SourceInfo(SHARED_FILE + ".yaml", SHARED_FILE,
                "Synthetic organizations, areas and venues", null, GENERATED);
        return new RecordFile(source, organizations, areas, venues, null, List.of(), List.of());
    }

    /** The file of group {@code g} (0-based): the group, its people and its papers. */
    RecordFile groupFile(int g) {
        Roster roster = groups.get(g);
        PersonRecord pi = roster.people().get(0);
        List<String> members = roster.people().stream().map(PersonRecord::id).toList();
        GroupRecord group = new GroupRecord(roster.groupId(), "Research Group " + pi.name(),
                List.of(INSTITUTE, roster.university()), pi.id(), members, roster.areas(), null, null, List.of());
        int first = g * PAPERS_PER_FILE;
        int count = Math.min(PAPERS_PER_FILE, papers - first);
        SplittableRandom random = new SplittableRandom(seed ^ (PAPER_STREAM * (g + 1)));
        List<PaperRecord> list = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            list.add(paper(first + k, g, random));
        }
        String name = roster.groupId();
        SourceInfo source = new SourceInfo(name + ".yaml", name, "Synthetic group " + (g + 1), null,
                GENERATED);
        return new RecordFile(source, List.of(), List.of(), List.of(), group, roster.people(), list);
    }

    private Roster roster(int g, int firstPerson, SplittableRandom random) {
        // Sizes lean small: most groups have 5 to 20 people, a few up to 40.
        double u = random.nextDouble();
        int size = MIN_GROUP_SIZE + (int) Math.floor(u * u * (MAX_GROUP_SIZE - MIN_GROUP_SIZE + 1));
        String university = universityId(random.nextInt(UNIVERSITIES));
        List<String> areas = new ArrayList<>();
        int areaCount = 1 + random.nextInt(3);
        while (areas.size() < areaCount) {
            String area = Slugs.of(SyntheticText.TOPICS.get(random.nextInt(SyntheticText.TOPICS.size())));
            if (!areas.contains(area)) {
                areas.add(area);
            }
        }
        List<PersonRecord> people = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            SyntheticNames.Name name = names.draw(random);
            String id = Slugs.of(name.full()) + "-" + (firstPerson + i + 1);
            boolean pi = i == 0;
            String orcid = random.nextInt(3) == 0 ? orcid(firstPerson + i + 1) : null;
            people.add(new PersonRecord(id, name.full(), name.given(), name.family(), pi ? "Prof. Dr." : null,
                    pi ? "Principal Investigator" : ROLES.get(random.nextInt(ROLES.size())), null,
                    List.of(university), List.of(name.initials()), orcid, null, null, areas, null, null, List.of()));
        }
        return new Roster(String.format(Locale.ROOT, "group-%04d", g + 1), people,
                ZipfTable.cumulative(size, PRODUCTIVITY_SKEW), university, areas);
    }

    private PaperRecord paper(int index, int g, SplittableRandom random) {
        List<AuthorRef> authors = authors(g, random);
        int year = FIRST_YEAR + (int) Math.floor(YEARS * Math.sqrt(random.nextDouble()));
        double kind = random.nextDouble();
        PaperType type;
        String venue = null;
        String volume = null;
        String issue = null;
        String pages = null;
        PartialDate date;
        int series = ZipfTable.draw(venueCumulative, random);
        if (kind < 0.55) {
            type = series >= SyntheticText.TOPICS.size() ? PaperType.WORKSHOP_PAPER : PaperType.CONFERENCE_PAPER;
            venue = editionId(series, year);
            date = new PartialDate(year, 1 + (series * 5 + year - FIRST_YEAR) % 12,
                    1 + (series * 7 + year - FIRST_YEAR) % 24, PartialDate.Precision.DAY);
        } else if (kind < 0.80) {
            type = PaperType.JOURNAL_ARTICLE;
            venue = journalId(series % JOURNALS);
            volume = Integer.toString(year - FIRST_YEAR + 1);
            issue = Integer.toString(1 + random.nextInt(12));
            int start = 1 + random.nextInt(900);
            pages = start + "-" + (start + 8 + random.nextInt(30));
            date = new PartialDate(year, 1 + random.nextInt(12), 0, PartialDate.Precision.MONTH);
        } else if (kind < 0.97) {
            type = PaperType.PREPRINT;
            date = new PartialDate(year, 1 + random.nextInt(12), 1 + random.nextInt(28), PartialDate.Precision.DAY);
        } else {
            type = PaperType.THESIS;
            date = new PartialDate(year, 0, 0, PartialDate.Precision.YEAR);
        }
        String doi = type == PaperType.PREPRINT ? null
                : String.format(Locale.ROOT, "10.%05d/skg.%d", 1000 + series * 17, index + 1);
        // Unique up to 1.2 million papers: ids that two papers share would make them one work.
        String arxiv = type == PaperType.PREPRINT || random.nextInt(3) == 0
                ? String.format(Locale.ROOT, "%02d%02d.%05d", year % 100, 1 + index / ARXIV_NUMBERS % 12,
                        index % ARXIV_NUMBERS) : null;
        List<String> statuses = type == PaperType.PREPRINT && random.nextInt(5) == 0 ? List.of("To be published")
                : List.of();
        List<LinkRecord> links = random.nextInt(4) == 0
                ? List.of(new LinkRecord("code", "GitHub", "https://github.com/synthetic/paper-" + (index + 1)))
                : List.of();
        String family = Slugs.of(authors.get(0).printedName().substring(authors.get(0).printedName().indexOf(' ') + 1));
        String id = family + "-" + year + "-" + (index + 1);
        return new PaperRecord(id, SyntheticText.title(random), type, authors, venue, volume, issue, pages, date,
                statuses, SyntheticText.abstractText(random), new PaperIds(doi, arxiv, null), links);
    }

    private List<AuthorRef> authors(int g, SplittableRandom random) {
        boolean collaboration = random.nextDouble() < COLLABORATION_SHARE;
        int count = collaboration
                ? COLLABORATION_MIN_AUTHORS + random.nextInt(COLLABORATION_EXTRA_AUTHORS + 1)
                : Math.max(1, (int) Math.round(Math.exp(AUTHORS_MU + AUTHORS_SIGMA * random.nextGaussian())));
        List<AuthorRef> authors = new ArrayList<>(count);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < count; i++) {
            double who = random.nextDouble();
            PersonRecord person = null;
            if (i == 0 || (collaboration ? i < COLLABORATION_MEMBER_POSITIONS : who < MEMBER_SHARE)) {
                person = member(groups.get(g), random);
            } else if (who < (collaboration ? COLLABORATION_OTHER_GROUP_SHARE : MEMBER_SHARE + OTHER_GROUP_SHARE)
                    && groups.size() > 1) {
                person = member(groups.get(random.nextInt(groups.size())), random);
            }
            if (person != null && seen.add(person.id())) {
                // Members are printed in initials form more often than in full.
                String printed = random.nextInt(10) < 7 ? person.aliases().get(0) : person.name();
                authors.add(new AuthorRef(printed, person.id()));
            } else {
                SyntheticNames.Name name = names.draw(random);
                authors.add(new AuthorRef(random.nextBoolean() ? name.initials() : name.full(), null));
            }
        }
        return authors;
    }

    private static PersonRecord member(Roster roster, SplittableRandom random) {
        return roster.people().get(ZipfTable.draw(roster.productivity(), random));
    }

    private static String universityId(int u) {
        return String.format(Locale.ROOT, "university-%02d", u + 1);
    }

    private static String seriesId(int s) {
        return String.format(Locale.ROOT, "conf-%02d", s + 1);
    }

    private static String editionId(int s, int year) {
        return seriesId(s) + "-" + year;
    }

    private static String journalId(int j) {
        return String.format(Locale.ROOT, "journal-%02d", j + 1);
    }

    private static String orcid(int n) {
        return String.format(Locale.ROOT, "https://orcid.org/0000-0002-%04d-%04d", n / 10_000 % 10_000, n % 10_000);
    }

    private static String ordinal(int n) {
        String suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
