package org.scholarkg.source.mcml;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Names as group pages print them: author lists ("G. Ma, Y. Wang and S. Jegelka"), initials forms of full
 * names ("Stefanie Jegelka" -&gt; "S. Jegelka"), and the test whether a printed name may be a full name.
 */
public final class PrintedNames {

    /** How a page marks a consortium an author list speaks for: "on behalf of the". */
    static final String ON_BEHALF_OF = "o. b. o. t. ";

    private PrintedNames() {
    }

    /**
     * Splits an author list: commas, and "and" before the last author. A consortium ("... o. b. o. t. the
     * X Consortium") becomes the last entry, printed as on the page.
     */
    public static List<String> splitAuthors(String line) {
        String text = line.strip();
        // The list ends with its own period (after an initial too: "... and J. Doe A." is not a layout seen).
        if (text.endsWith(".")) {
            text = text.substring(0, text.length() - 1);
        }
        String consortium = null;
        int obo = text.indexOf(" " + ON_BEHALF_OF);
        if (obo >= 0) {
            consortium = text.substring(obo + 1).strip();
            text = text.substring(0, obo).strip();
        }
        List<String> names = new ArrayList<>();
        int and = text.lastIndexOf(" and ");
        String head = and >= 0 ? text.substring(0, and) : text;
        for (String part : head.split(",\\s*")) {
            if (!part.isBlank()) {
                names.add(part.strip());
            }
        }
        if (and >= 0) {
            names.add(text.substring(and + 5).strip());
        }
        if (consortium != null) {
            names.add(consortium);
        }
        return names;
    }

    /**
     * The printed form of a full name: given names as initials ("Eduardo Santos Escriche" -&gt;
     * "E. Santos Escriche", "Jean-Pierre Dupont" -&gt; "J.-P. Dupont").
     */
    public static String initialsForm(String givenName, String familyName) {
        StringBuilder sb = new StringBuilder();
        for (String given : givenName.split("\\s+")) {
            String[] parts = given.split("-");
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    sb.append('-');
                }
                sb.append(parts[i].codePoints().limit(1)
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)).append('.');
            }
            sb.append(' ');
        }
        return sb.append(familyName).toString();
    }

    /** Given name and family name of a full name: the first word, and the rest. */
    public static String[] split(String fullName) {
        String name = fullName.strip();
        int space = name.indexOf(' ');
        return space < 0 ? new String[] {"", name} : new String[] {name.substring(0, space), name.substring(space + 1)};
    }

    /**
     * True when a printed name can be this full name: the same family name (accents and case aside) and
     * initials that match the given names.
     */
    public static boolean matches(String printed, String fullName) {
        String[] parts = split(fullName);
        return fold(printed).equals(fold(initialsForm(parts[0], parts[1]))) || fold(printed).equals(fold(fullName));
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ").strip();
    }
}
