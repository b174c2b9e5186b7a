package org.scholarkg.source.mcml;

import java.util.ArrayList;
import java.util.List;

/**
 * The non-blank lines of a page with their line numbers, non-breaking spaces turned into spaces and runs
 * of spaces collapsed, read with a cursor.
 */
final class PageLines {

    /** One line and where it was. */
    record Line(int number, String text) {
    }

    private final List<Line> lines = new ArrayList<>();
    private int next;

    PageLines(String page) {
        String[] raw = page.split("\\R", -1);
        for (int i = 0; i < raw.length; i++) {
            String text = raw[i].replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll("[ \\t]+", " ").strip();
            if (i == 0 && text.startsWith("\ufeff")) {
                text = text.substring(1);
            }
            if (!text.isEmpty()) {
                lines.add(new Line(i + 1, text));
            }
        }
    }

    boolean hasNext() {
        return next < lines.size();
    }

    Line peek() {
        return hasNext() ? lines.get(next) : null;
    }

    /** The text of the next line, or "" at the end. */
    String peekText() {
        return hasNext() ? lines.get(next).text() : "";
    }

    Line take() {
        return lines.get(next++);
    }
}
