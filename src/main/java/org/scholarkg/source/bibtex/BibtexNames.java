package org.scholarkg.source.bibtex;

import java.util.ArrayList;
import java.util.List;
import org.scholarkg.source.MarkupText;

/**
 * The names of a BibTeX {@code author} or {@code editor} field as printed names in natural order: the
 * list split at {@code and} (outside braces), each name's "von Last, First" or "von Last, Jr, First" form
 * turned into "First von Last" ("First von Last, Jr"), a "First Last" name kept, TeX turned into Unicode, and
 * what personal sites add to names removed: HTML ({@code <u>Yifei Wang</u>}), marks for equal contribution or
 * correspondence ({@code *}, {@code †}, {@code ‡}) and a closing remark in parentheses ("(advising)").
 * {@code and others} (BibTeX's "et al.") is not a name and is left out.
 *
 * <pre>{@code
 * BibtexNames.printed("Jegelka, S. and {van der Goot}, Rob and {<u>Yifei Wang</u>}*")
 *     // ["S. Jegelka", "Rob van der Goot", "Yifei Wang"]
 * }</pre>
 */
final class BibtexNames {

    private BibtexNames() {
    }

    /** The printed names, in order; empty for a null or blank field. */
    static List<String> printed(String field) {
        List<String> names = new ArrayList<>();
        if (field == null) {
            return names;
        }
        for (String raw : splitTopLevel(field, true)) {
            String name = raw.strip();
            if (name.isEmpty() || name.equalsIgnoreCase("others")) {
                continue;
            }
            List<String> parts = new ArrayList<>();
            for (String part : splitTopLevel(name, false)) {
                parts.add(clean(part));
            }
            String printed = switch (parts.size()) {
                case 1 -> parts.get(0);
                case 2 -> join(parts.get(1), parts.get(0));
                default -> join(parts.get(2), parts.get(0)) + (parts.get(1).isEmpty() ? "" : ", " + parts.get(1));
            };
            if (!printed.isEmpty()) {
                names.add(printed);
            }
        }
        return names;
    }

    private static String join(String first, String last) {
        return first.isEmpty() ? last : last.isEmpty() ? first : first + " " + last;
    }

    /** One part of a name as plain text: TeX and HTML resolved, marks and closing remarks dropped. */
    private static String clean(String tex) {
        String text = MarkupText.plain(TexText.toUnicode(tex));
        text = text.replaceAll("[*†‡§¶]", " ");
        String before;
        do {
            before = text;
            text = text.replaceAll("\\s*\\([^()]*\\)\\s*$", "").strip();
        } while (!text.equals(before));
        return text.replaceAll("\\s+", " ").strip();
    }

    /**
     * Splits at depth 0 (outside braces): at the word "and" between white space, or at commas.
     */
    private static List<String> splitTopLevel(String text, boolean atAnd) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (depth == 0 && atAnd && Character.isWhitespace(c) && isAndAt(text, i)) {
                parts.add(text.substring(start, i));
                i += 4;
                start = i;
            } else if (depth == 0 && !atAnd && c == ',') {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    /** True when " and " (any case, any white space) starts at {@code i}. */
    private static boolean isAndAt(String text, int i) {
        return i + 4 < text.length() && text.regionMatches(true, i + 1, "and", 0, 3)
                && Character.isWhitespace(text.charAt(i + 4));
    }
}
