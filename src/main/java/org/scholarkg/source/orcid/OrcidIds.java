package org.scholarkg.source.orcid;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ORCID iDs in the API's {@code path}s ({@code /0000-0002-7319-2192/works}), and the IRI the records keep
 * ({@code https://orcid.org/0000-0002-7319-2192}, also for sandbox iDs).
 */
final class OrcidIds {

    private static final Pattern ID = Pattern.compile("(\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX])");

    private OrcidIds() {
    }

    /** The iD at the start of a path such as {@code /0000-0002-7319-2192/works}, or null. */
    static String fromPath(String path) {
        if (path == null) {
            return null;
        }
        Matcher m = Pattern.compile("^/?" + ID.pattern() + "(?:/.*)?$").matcher(path.strip());
        return m.matches() ? m.group(1) : null;
    }

    /**
     * The record holder of works that carry API paths (the holder's iD, then {@code work} and the put-code, as
     * full works fetched by put-code do): the iD if every path names the same one, else null.
     */
    static String ownerOfWorks(List<OrcidDocument.Work> works) {
        Set<String> owners = new HashSet<>();
        for (OrcidDocument.Work w : works) {
            owners.add(fromPath(w.path()));
        }
        return owners.size() == 1 ? owners.iterator().next() : null;
    }

    /** The IRI of an iD, as the records write it. */
    static String iri(String id) {
        return "https://orcid.org/" + id;
    }
}
