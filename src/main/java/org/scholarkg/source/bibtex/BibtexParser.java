package org.scholarkg.source.bibtex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.scholarkg.InputLocation;
import org.scholarkg.InputProblem;

/**
 * Splits BibTeX text into entries, as BibTeX reads it: anything outside {@code @type{...}} is ignored,
 * {@code @string} macros (and the month macros {@code jan}..{@code dec}) are expanded, {@code #} joins
 * parts, {@code @comment} and {@code @preamble} are skipped. Also skipped, as the files of Jekyll sites
 * need: front matter between {@code ---} lines at the top, and {@code %} comment lines between entries and
 * between fields.
 *
 * <p>Every entry is kept, repeated keys included, with the line of its {@code @}. A malformed entry is
 * reported with its line and left out, and reading goes on at the next line that starts with {@code @}.
 */
final class BibtexParser {

    /** The parts of one file: its entries and what could not be read. */
    record Result(List<BibtexEntry> entries, List<InputProblem> problems) {
    }

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    private final String text;
    private final String file;
    private final int[] lineStarts;
    private final Map<String, String> macros = new HashMap<>();
    private final List<BibtexEntry> entries = new ArrayList<>();
    private final List<InputProblem> problems = new ArrayList<>();
    private int pos;

    /** A syntax error at a position; the entry it is in is left out. */
    private static final class SyntaxError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int at;

        SyntaxError(int at, String message) {
            super(message, null, false, false);
            this.at = at;
        }
    }

    BibtexParser(String text, String file) {
        this.text = text;
        this.file = file;
        this.lineStarts = lineStarts(text);
        String[] names = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < names.length; i++) {
            macros.put(names[i], MONTHS[i]);
        }
    }

    Result parse() {
        pos = afterFrontMatter();
        while (true) {
            int at = nextAt(pos);
            if (at < 0) {
                break;
            }
            item(at);
        }
        return new Result(List.copyOf(entries), List.copyOf(problems));
    }

    /** Jekyll front matter: a first line "---" up to the next line "---". */
    private int afterFrontMatter() {
        if (!text.startsWith("---")) {
            return 0;
        }
        int firstEnd = text.indexOf('\n');
        if (firstEnd < 0 || !text.substring(0, firstEnd).strip().equals("---")) {
            return 0;
        }
        int lineStart = firstEnd + 1;
        while (lineStart < text.length()) {
            int end = text.indexOf('\n', lineStart);
            int stop = end < 0 ? text.length() : end;
            if (text.substring(lineStart, stop).strip().equals("---")) {
                return stop;
            }
            lineStart = stop + 1;
        }
        return 0;
    }

    /** The next '@' outside comment lines, from {@code from}; -1 at the end. */
    private int nextAt(int from) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '%' && onlyBlanksBefore(i)) {
                i = endOfLine(i);
            } else if (c == '@') {
                return i;
            } else {
                i++;
            }
        }
        return -1;
    }

    private boolean onlyBlanksBefore(int i) {
        for (int j = i - 1; j >= 0 && text.charAt(j) != '\n'; j--) {
            if (!Character.isWhitespace(text.charAt(j))) {
                return false;
            }
        }
        return true;
    }

    private int endOfLine(int i) {
        int nl = text.indexOf('\n', i);
        return nl < 0 ? text.length() : nl + 1;
    }

    private void item(int at) {
        pos = at + 1;
        String type = name();
        skipSpace();
        if (type.isEmpty() || pos >= text.length() || text.charAt(pos) != '{' && text.charAt(pos) != '(') {
            if (!type.isEmpty() && !type.equalsIgnoreCase("comment")) {
                problems.add(new InputProblem(location(at), "", "'@" + type + "' is not followed by '{' or '('"));
            }
            pos = at + 1;
            return;
        }
        String kind = type.toLowerCase(Locale.ROOT);
        char open = text.charAt(pos);
        char close = open == '{' ? '}' : ')';
        String key = null;
        try {
            switch (kind) {
                case "comment" -> {
                    // @comment{...} hides its whole braced body, as biber reads it.
                    if (open == '{') {
                        braced();
                    } else {
                        pos++;
                    }
                }
                case "preamble" -> {
                    pos++;
                    value();
                    expectClose(close, at);
                }
                case "string" -> {
                    pos++;
                    skipBlank();
                    String name = name();
                    if (name.isEmpty()) {
                        throw new SyntaxError(pos, "expected a macro name after '@string" + open + "'");
                    }
                    skipBlank();
                    expect('=');
                    macros.put(name.toLowerCase(Locale.ROOT), value());
                    skipBlank();
                    if (pos < text.length() && text.charAt(pos) == ',') {
                        pos++;
                    }
                    expectClose(close, at);
                }
                default -> {
                    pos++;
                    skipSpace();
                    key = key(close);
                    entry(kind, key, at, close);
                }
            }
        } catch (SyntaxError e) {
            String record = key == null || key.isEmpty() ? "" : "entry '" + key + "'";
            problems.add(new InputProblem(location(e.at), record, e.getMessage() + "; the entry is left out"));
            pos = resyncAfter(at);
        }
    }

    private void entry(String type, String key, int at, char close) {
        if (key.isEmpty()) {
            throw new SyntaxError(pos, "@" + type + " has no key");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        while (true) {
            skipBlank();
            if (pos >= text.length()) {
                throw new SyntaxError(at, "@" + type + "{" + key + " is not closed");
            }
            char c = text.charAt(pos);
            if (c == close) {
                pos++;
                break;
            }
            if (c == ',') {
                pos++;
                continue;
            }
            if (c == '@' && atLineStart(pos)) {
                throw new SyntaxError(at, "@" + type + "{" + key + " is not closed before the next entry");
            }
            int nameAt = pos;
            String name = name();
            if (name.isEmpty()) {
                throw new SyntaxError(pos, "expected a field name, found '" + c + "'");
            }
            skipBlank();
            expect('=');
            String value = value();
            String lower = name.toLowerCase(Locale.ROOT);
            if (fields.containsKey(lower)) {
                problems.add(new InputProblem(location(nameAt), "entry '" + key + "'",
                        "field '" + name + "' is repeated; the first is kept"));
            } else {
                fields.put(lower, value);
            }
        }
        InputLocation where = location(at);
        entries.add(new BibtexEntry(type, key, where.line(), where.column(), fields));
    }

    /** A key: everything up to a comma, white space or the closing delimiter. */
    private String key(char close) {
        int start = pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ',' || c == close || Character.isWhitespace(c)) {
                break;
            }
            pos++;
        }
        String key = text.substring(start, pos);
        skipSpace();
        return key;
    }

    /** A value: parts joined by '#'. */
    private String value() {
        StringBuilder sb = new StringBuilder();
        while (true) {
            skipBlank();
            sb.append(part());
            skipBlank();
            if (pos < text.length() && text.charAt(pos) == '#') {
                pos++;
            } else {
                return sb.toString();
            }
        }
    }

    private String part() {
        if (pos >= text.length()) {
            throw new SyntaxError(pos, "expected a value, found the end of the file");
        }
        char c = text.charAt(pos);
        if (c == '{') {
            return braced();
        }
        if (c == '"') {
            return quoted();
        }
        if (Character.isDigit(c)) {
            int start = pos;
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
            return text.substring(start, pos);
        }
        int start = pos;
        String name = name();
        if (name.isEmpty()) {
            throw new SyntaxError(pos, "expected a value, found '" + c + "'");
        }
        String expansion = macros.get(name.toLowerCase(Locale.ROOT));
        if (expansion == null) {
            // BibTeX warns and reads an empty string; so do we.
            problems.add(new InputProblem(location(start), "", "undefined macro '" + name + "' is read as empty"));
            return "";
        }
        return expansion;
    }

    /** The text between a '{' and its matching '}', inner braces kept. */
    private String braced() {
        int open = pos;
        int depth = 0;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\\') {
                pos += 2;
                continue;
            }
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                if (depth == 0) {
                    pos++;
                    return text.substring(open + 1, pos - 1);
                }
            }
            pos++;
        }
        throw new SyntaxError(open, "'{' at line " + location(open).line() + " has no matching '}'");
    }

    /** The text between '"' and the next '"' outside braces. */
    private String quoted() {
        int open = pos;
        pos++;
        int depth = 0;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\\') {
                pos += 2;
                continue;
            }
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == '"' && depth == 0) {
                pos++;
                return text.substring(open + 1, pos - 1);
            }
            pos++;
        }
        throw new SyntaxError(open, "'\"' at line " + location(open).line() + " is not closed");
    }

    /** An identifier: entry types, field and macro names. */
    private String name() {
        int start = pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isLetterOrDigit(c) || "_-:.+/'!?&*<>[]|".indexOf(c) >= 0) {
                pos++;
            } else {
                break;
            }
        }
        return text.substring(start, pos);
    }

    private void expect(char c) {
        if (pos >= text.length() || text.charAt(pos) != c) {
            String found = pos >= text.length() ? "the end of the file" : "'" + text.charAt(pos) + "'";
            throw new SyntaxError(pos, "expected '" + c + "', found " + found);
        }
        pos++;
    }

    private void expectClose(char close, int at) {
        skipBlank();
        if (pos >= text.length() || text.charAt(pos) != close) {
            throw new SyntaxError(pos < text.length() ? pos : at, "expected '" + close + "'");
        }
        pos++;
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    /** White space and '%' comments to the end of their line. */
    private void skipBlank() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
            } else if (c == '%') {
                pos = endOfLine(pos);
            } else {
                return;
            }
        }
    }

    private boolean atLineStart(int i) {
        return onlyBlanksBefore(i);
    }

    /** Where to go on after a broken entry: the next line after its start that begins with '@'. */
    private int resyncAfter(int at) {
        int i = endOfLine(at);
        while (i < text.length()) {
            int j = i;
            while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
                j++;
            }
            if (j < text.length() && text.charAt(j) == '@') {
                return j;
            }
            i = endOfLine(i);
        }
        return text.length();
    }

    private InputLocation location(int offset) {
        int line = Arrays.binarySearch(lineStarts, offset);
        if (line < 0) {
            line = -line - 2;
        }
        return new InputLocation(file, line + 1, offset - lineStarts[line] + 1);
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }
}
