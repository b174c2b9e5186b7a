package org.scholarkg.source.csljson;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholarkg.record.PartialDate;
import org.scholarkg.record.PaperType;
import org.scholarkg.source.MarkupText;
import tools.jackson.databind.JsonNode;

/**
 * Reads the variables of one CSL-JSON item: text (markup stripped), dates from {@code date-parts} or
 * {@code raw}, and the item type as a paper type.
 */
final class CslItems {

    private static final Pattern RAW_DATE = Pattern.compile("^(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

    private CslItems() {
    }

    /** A variable as plain text (a number as its digits), or null when missing or blank. */
    static String text(JsonNode item, String variable) {
        JsonNode v = item == null ? null : item.get(variable);
        if (v == null || v.isNull() || v.isObject() || v.isArray()) {
            return null;
        }
        String t = MarkupText.plain(v.asString());
        return t.isEmpty() ? null : t;
    }

    /**
     * A date variable ({@code issued}) as precise as given: the first of its {@code date-parts} (numbers or
     * digit strings), else the start of its {@code raw} or {@code literal} text if that is ISO-like.
     *
     * @return null when the variable is missing
     * @throws IllegalArgumentException when it is there but holds no date
     */
    static PartialDate date(JsonNode item, String variable) {
        JsonNode d = item.get(variable);
        if (d == null || d.isNull()) {
            return null;
        }
        JsonNode parts = d.path("date-parts").path(0);
        if (parts.isArray() && !parts.isEmpty()) {
            StringBuilder iso = new StringBuilder();
            for (int i = 0; i < Math.min(parts.size(), 3); i++) {
                JsonNode value = parts.get(i);
                // A part that is a list or an object has no text: Jackson refuses asString() on it.
                String part = value.isString() || value.isNumber() ? value.asString().strip() : "";
                if (!part.matches("\\d{1,4}")) {
                    throw new IllegalArgumentException(variable + " date-parts " + parts + " are not numbers");
                }
                int n = Integer.parseInt(part);
                iso.append(i == 0 ? String.format(Locale.ROOT, "%04d", n) : String.format(Locale.ROOT, "-%02d", n));
            }
            try {
                return PartialDate.parse(iso.toString());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(variable + " date-parts " + parts + " are not a date", e);
            }
        }
        String raw = d.isString() ? d.asString() : text(d, "raw") != null ? text(d, "raw") : text(d, "literal");
        if (raw == null) {
            throw new IllegalArgumentException(variable + " has neither date-parts nor raw text");
        }
        Matcher m = RAW_DATE.matcher(raw.strip());
        if (!m.find()) {
            throw new IllegalArgumentException(variable + " '" + raw + "' is not a date");
        }
        String iso = m.group(1)
                + (m.group(2) == null ? "" : String.format(Locale.ROOT, "-%02d", Integer.parseInt(m.group(2))))
                + (m.group(3) == null ? "" : String.format(Locale.ROOT, "-%02d", Integer.parseInt(m.group(3))));
        try {
            return PartialDate.parse(iso);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(variable + " '" + raw + "' is not a date", e);
        }
    }

    /**
     * The paper type of a CSL item type; {@code article} (CSL's preprint type since 1.0.2) and
     * {@code manuscript} are preprints when the item has an arXiv id or names arXiv as publisher.
     */
    static PaperType type(String cslType, boolean arxiv) {
        if (cslType == null) {
            return PaperType.OTHER;
        }
        return switch (cslType.toLowerCase(Locale.ROOT)) {
            case "article-journal" -> PaperType.JOURNAL_ARTICLE;
            case "paper-conference" -> PaperType.CONFERENCE_PAPER;
            case "chapter", "entry-encyclopedia", "entry-dictionary", "entry" -> PaperType.CHAPTER;
            case "book" -> PaperType.BOOK;
            case "thesis" -> PaperType.THESIS;
            case "report" -> PaperType.REPORT;
            case "patent" -> PaperType.PATENT;
            case "posted-content" -> PaperType.PREPRINT;
            case "article", "manuscript" -> arxiv ? PaperType.PREPRINT : PaperType.OTHER;
            default -> PaperType.OTHER;
        };
    }
}
