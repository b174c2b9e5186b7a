package org.scholarkg.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholarkg.record.VenueRecord;
import org.scholarkg.record.VenueRecord.VenueKind;

/**
 * The venues an import meets, one record per kind and name, with ids made from kind and name
 * ({@code journal-nature}, {@code conference-neurips}): apart from the curated ids of group pages
 * ({@code neurips-2024}), and equal across imports that meet the same venue, so files of two imports load
 * together.
 *
 * <pre>{@code
 * VenueList venues = new VenueList();
 * String id = venues.venue(VenueKind.JOURNAL, "Nature", "0028-0836");  // "journal-nature"
 * List<VenueRecord> records = venues.records();
 * }</pre>
 */
public final class VenueList {

    private static final Pattern ISSN = Pattern.compile("\\b([0-9]{4}-[0-9]{3}[0-9Xx])\\b");

    private final Map<String, VenueRecord> byKindAndName = new LinkedHashMap<>();
    private final UniqueIds ids = new UniqueIds();

    /**
     * The id of the venue of this kind and name, recorded on first use.
     *
     * @param issnText text that may hold an ISSN (the first one found is kept), or null
     */
    public String venue(VenueKind kind, String name, String issnText) {
        String key = kind + "\u0000" + name;
        VenueRecord known = byKindAndName.get(key);
        String issn = issn(issnText);
        if (known == null) {
            known = new VenueRecord(ids.claim(kind.name().toLowerCase(java.util.Locale.ROOT) + " " + name), kind, name,
                    null, null, null, null, null, null, issn);
            byKindAndName.put(key, known);
        } else if (known.issn() == null && issn != null) {
            // A later paper may name the ISSN an earlier one left out.
            known = new VenueRecord(known.id(), kind, name, null, null, null, null, null, null, issn);
            byKindAndName.put(key, known);
        }
        return known.id();
    }

    /** The venues in the order they were first met. */
    public List<VenueRecord> records() {
        return new ArrayList<>(byKindAndName.values());
    }

    private static String issn(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = ISSN.matcher(text);
        return m.find() ? m.group(1).toUpperCase(java.util.Locale.ROOT) : null;
    }
}
