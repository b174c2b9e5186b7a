package org.scholarkg.record;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.scholarkg.InputLocation;

/**
 * What converting one record file needs to know of all the others: people by id and by printed name, venues
 * by id, which papers are the same work ({@link PaperIdentity}), and every file's source. It keeps people,
 * venues and sources whole (an institute has thousands, a national graph some millions of people at most)
 * but of papers only what {@link PaperIdentity} needs, so it stays small while the papers stream by.
 *
 * <p>Built one file at a time with {@link #add}, in reading order, then {@link #finish()}ed.
 */
public final class RecordIndex {

    private final List<SourceInfo> sources = new ArrayList<>();
    private final Map<String, PersonRecord> people = new LinkedHashMap<>();
    private final Map<String, VenueRecord> venues = new LinkedHashMap<>();
    private final Map<String, String> personByName = new HashMap<>();
    private final Set<String> ambiguousNames = new HashSet<>();
    private final PaperIdentity.Builder papers = new PaperIdentity.Builder();
    private PaperIdentity identity;

    /** Indexes all files of a record set held in memory. */
    public static RecordIndex of(List<RecordFile> files) {
        RecordIndex index = new RecordIndex();
        files.forEach(f -> index.add(f, i -> null));
        return index.finish();
    }

    /** Where a file's records are written, by paper index in the file; null when unknown. */
    @FunctionalInterface
    public interface PaperLocator {
        InputLocation idOfPaper(int index);
    }

    /**
     * Adds a file's records.
     *
     * @return the papers whose id an earlier paper already has, each with the earlier paper's location
     */
    public Map<Integer, InputLocation> add(RecordFile file, PaperLocator locator) {
        if (identity != null) {
            throw new IllegalStateException("the index is finished");
        }
        sources.add(file.source());
        for (PersonRecord p : file.people()) {
            people.put(p.id(), p);
            List<String> names = new ArrayList<>(p.aliases());
            names.add(p.name());
            for (String name : names) {
                String key = nameKey(name);
                String previous = personByName.putIfAbsent(key, p.id());
                if (previous != null && !previous.equals(p.id())) {
                    ambiguousNames.add(key);
                }
            }
        }
        file.venues().forEach(v -> venues.put(v.id(), v));
        Map<Integer, InputLocation> duplicates = new LinkedHashMap<>();
        List<PaperRecord> filePapers = file.papers();
        for (int i = 0; i < filePapers.size(); i++) {
            InputLocation earlier = papers.add(filePapers.get(i), file.source(), locator.idOfPaper(i));
            if (earlier != null) {
                duplicates.put(i, earlier);
            }
        }
        return duplicates;
    }

    /** Ends the building; the index answers from now on. */
    public RecordIndex finish() {
        identity = papers.build();
        return this;
    }

    /** The sources of the files, in reading order. */
    public List<SourceInfo> sources() {
        return java.util.Collections.unmodifiableList(sources);
    }

    /** Which papers of different sources are the same work. */
    public PaperIdentity paperIdentity() {
        if (identity == null) {
            throw new IllegalStateException("the index is not finished");
        }
        return identity;
    }

    /** The person with a record and this id. */
    public Optional<PersonRecord> person(String id) {
        return Optional.ofNullable(people.get(id));
    }

    /** The venue with this id. */
    public Optional<VenueRecord> venue(String id) {
        return Optional.ofNullable(venues.get(id));
    }

    /**
     * The person with a record whose name or an alias is exactly this printed name (up to Unicode
     * normalisation and spacing); empty when none or more than one match. Printed names are never
     * matched loosely: two different "Y. Wang" must stay two people.
     */
    public Optional<PersonRecord> personPrintedAs(String printedName) {
        String key = nameKey(printedName);
        if (ambiguousNames.contains(key)) {
            return Optional.empty();
        }
        return Optional.ofNullable(personByName.get(key)).map(people::get);
    }

    /** The person an author is: the explicit reference, else a unique name or alias match. */
    public Optional<PersonRecord> personOf(AuthorRef author) {
        if (author.person() != null) {
            return person(author.person());
        }
        return personPrintedAs(author.printedName());
    }

    private static String nameKey(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).replace('\u00a0', ' ').trim().replaceAll("\\s+", " ");
    }
}
