package org.scholarkg.record;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.HashSet;

/**
 * All record files read together, with lookups by id. Ids are unique per kind across the set, and
 * every reference resolves ({@link RecordReader} guarantees both).
 */
public final class RecordSet {

    private final List<RecordFile> files;
    private final Map<String, PersonRecord> people = new LinkedHashMap<>();
    private final Map<String, VenueRecord> venues = new LinkedHashMap<>();
    private final Map<String, PaperRecord> paperById = new LinkedHashMap<>();
    private final Map<String, String> personByName = new HashMap<>();
    private final Set<String> ambiguousNames = new HashSet<>();
    private final PaperIdentity papers;

    public RecordSet(List<RecordFile> files) {
        this.files = List.copyOf(files);
        this.papers = PaperIdentity.of(this.files);
        for (RecordFile file : files) {
            file.people().forEach(p -> people.put(p.id(), p));
            file.venues().forEach(v -> venues.put(v.id(), v));
            file.papers().forEach(p -> paperById.put(p.id(), p));
        }
        for (PersonRecord p : people.values()) {
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
    }

    /** The files in the order they were read. */
    public List<RecordFile> files() {
        return files;
    }

    /** Which papers of different sources are the same work. */
    public PaperIdentity paperIdentity() {
        return papers;
    }

    /** The person with a record and this id. */
    public Optional<PersonRecord> person(String id) {
        return Optional.ofNullable(people.get(id));
    }

    /** The paper with this id. */
    public Optional<PaperRecord> paper(String id) {
        return Optional.ofNullable(paperById.get(id));
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
