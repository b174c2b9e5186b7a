package org.scholarkg.source.orcid;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ORCID iDs as the API writes them: bare ({@code 0000-0002-7319-2192}), in a {@code path} attribute
 * ({@code /0000-0002-7319-2192/works}), or as an IRI; and the IRI the records keep
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

    /** The iD in a bare or IRI form, or null. */
    static String of(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = Pattern.compile("^(?:https?://(?:sandbox\\.)?orcid\\.org/)?" + ID.pattern() + "$").matcher(text.strip());
        return m.matches() ? m.group(1) : null;
    }

    /** The IRI of an iD, as the records write it. */
    static String iri(String id) {
        return "https://orcid.org/" + id;
    }
}
