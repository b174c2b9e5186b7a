package org.scholarkg.export;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.scholarkg.record.AuthorRef;
import org.scholarkg.record.PaperRecord;
import org.scholarkg.record.PartialDate;
import org.scholarkg.record.RecordFile;
import org.scholarkg.record.VenueRecord;

/**
 * Papers as BibTeX (biblatex-compatible fields), one entry per paper keyed by its id, so that
 * {@code import bibtex} reads them back to the same papers: authors as printed ("S. Jegelka", joined
 * with {@code and}; a name with a comma or a consortium kept whole in braces), {@code year}, {@code month}
 * and, for a full date, {@code date}.
 */
public final class BibtexWriter {

    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
        "nov", "dec"};

    /** The BibTeX of every paper of the records. */
    public String write(RecordFile records) {
        Map<String, VenueRecord> venues = records.venues().stream()
                .collect(Collectors.toMap(VenueRecord::id, Function.identity()));
        StringBuilder sb = new StringBuilder();
        for (PaperRecord p : records.papers()) {
            entry(sb, p, p.venue() == null ? null : venues.get(p.venue()));
            sb.append('\n');
        }
        return sb.toString();
    }

    private static void entry(StringBuilder sb, PaperRecord p, VenueRecord venue) {
        String type = switch (p.type()) {
            case JOURNAL_ARTICLE -> "article";
            case CONFERENCE_PAPER, WORKSHOP_PAPER -> "inproceedings";
            case BOOK -> "book";
            case CHAPTER -> "incollection";
            case THESIS -> "phdthesis";
            case REPORT -> "techreport";
            default -> "misc";
        };
        sb.append('@').append(type).append('{').append(p.id()).append(",\n");
        field(sb, "title", p.title());
        field(sb, "author", p.authors().stream().map(AuthorRef::printedName).map(BibtexWriter::name)
                .collect(Collectors.joining(" and ")));
        if (venue != null) {
            field(sb, venue.kind() == VenueRecord.VenueKind.JOURNAL ? "journal" : "booktitle", venue.name());
        }
        field(sb, "volume", p.volume());
        field(sb, "number", p.issue());
        field(sb, "pages", p.pages());
        PartialDate d = p.date();
        if (d != null) {
            field(sb, "year", Integer.toString(d.year()));
            if (d.precision() != PartialDate.Precision.YEAR) {
                sb.append("  month = ").append(MONTHS[d.month() - 1]).append(",\n");
            }
            if (d.precision() == PartialDate.Precision.DAY) {
                field(sb, "date", d.toString());
            }
        }
        field(sb, "doi", p.ids().doi());
        if (p.ids().arxiv() != null) {
            field(sb, "eprint", p.ids().arxiv());
            field(sb, "archiveprefix", "arXiv");
        }
        if (p.type() == org.scholarkg.record.PaperType.PREPRINT) {
            // biblatex's publication state for a preprint; the importer reads it back as one.
            field(sb, "pubstate", "prepublished");
        }
        field(sb, "abstract", p.abstractText());
        sb.append("}\n");
    }

    /** A printed name; one that BibTeX would split or reorder goes in braces. */
    private static String name(String printed) {
        return printed.contains(",") || printed.contains(" and ") || printed.startsWith("o. b. o. t. ")
                ? "{" + escape(printed) + "}" : escape(printed);
    }

    private static void field(StringBuilder sb, String name, String value) {
        if (value != null && !value.isBlank()) {
            sb.append("  ").append(name).append(" = {").append(escape(value)).append("},\n");
        }
    }

    /** TeX's special characters escaped; braces balanced by escaping them. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{', '}', '%', '&', '$', '#', '_' -> out.append('\\').append(c);
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

}
