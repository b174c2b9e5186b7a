package org.scholarkg.source.csljson;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * CSL-JSON name variables ({@code author}, {@code editor}) as printed names in natural order: "given
 * dropping-particle non-dropping-particle family, suffix", or the {@code literal} name as written when the
 * parts are missing.
 *
 * <pre>{@code
 * CslNames.printed(item.path("author"))  // [{"family":"Ching","given":"Travers"}] -> ["Travers Ching"]
 * }</pre>
 */
final class CslNames {

    private CslNames() {
    }

    /** The printed names, in order; names with no part at all are skipped. */
    static List<String> printed(JsonNode names) {
        List<String> out = new ArrayList<>();
        if (names == null || !names.isArray()) {
            return out;
        }
        for (JsonNode name : names) {
            String printed = printedName(name);
            if (printed != null) {
                out.add(printed);
            }
        }
        return out;
    }

    private static String printedName(JsonNode name) {
        String family = CslItems.text(name, "family");
        if (family == null) {
            String literal = CslItems.text(name, "literal");
            return literal != null ? literal : CslItems.text(name, "given");
        }
        List<String> parts = new ArrayList<>();
        for (String field : List.of("given", "dropping-particle", "non-dropping-particle")) {
            String part = CslItems.text(name, field);
            if (part != null) {
                parts.add(part);
            }
        }
        parts.add(family);
        String suffix = CslItems.text(name, "suffix");
        return String.join(" ", parts) + (suffix == null ? "" : ", " + suffix);
    }
}
