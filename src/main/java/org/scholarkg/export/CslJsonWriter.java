package org.scholarkg.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.scholarkg.record.AuthorRef;
import org.scholarkg.record.PaperRecord;
import org.scholarkg.record.PartialDate;
import org.scholarkg.record.RecordFile;
import org.scholarkg.record.VenueRecord;
import tools.jackson.databind.json.JsonMapper;

/**
 * Papers as CSL-JSON (the citation data format of citeproc and Zotero): an array of items, authors as
 * {@code literal} printed names in order (CSL has no other way to keep "S. J. Reddi" exactly as printed),
 * {@code issued} with as many date parts as known.
 */
public final class CslJsonWriter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The CSL-JSON array of every paper of the records. */
    public String write(RecordFile records) {
        Map<String, VenueRecord> venues = records.venues().stream()
                .collect(Collectors.toMap(VenueRecord::id, Function.identity()));
        List<Map<String, Object>> items = new ArrayList<>();
        for (PaperRecord p : records.papers()) {
            items.add(item(p, p.venue() == null ? null : venues.get(p.venue())));
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(items) + "\n";
    }

    private static Map<String, Object> item(PaperRecord p, VenueRecord venue) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", p.id());
        item.put("type", switch (p.type()) {
            case JOURNAL_ARTICLE -> "article-journal";
            case CONFERENCE_PAPER, WORKSHOP_PAPER -> "paper-conference";
            case BOOK -> "book";
            case CHAPTER -> "chapter";
            case THESIS -> "thesis";
            case REPORT -> "report";
            case PATENT -> "patent";
            case PREPRINT -> "article";
            default -> "document";
        });
        item.put("title", p.title());
        List<Map<String, String>> authors = new ArrayList<>();
        for (AuthorRef a : p.authors()) {
            authors.add(Map.of("literal", a.printedName()));
        }
        item.put("author", authors);
        if (p.date() != null) {
            PartialDate d = p.date();
            List<Integer> parts = new ArrayList<>(List.of(d.year()));
            if (d.precision() != PartialDate.Precision.YEAR) {
                parts.add(d.month());
            }
            if (d.precision() == PartialDate.Precision.DAY) {
                parts.add(d.day());
            }
            item.put("issued", Map.of("date-parts", List.of(parts)));
        }
        if (venue != null) {
            item.put("container-title", venue.name());
            if (venue.kind().isEvent()) {
                putIfPresent(item, "event-title", venue.name());
                putIfPresent(item, "event-place", venue.place());
            }
        }
        putIfPresent(item, "volume", p.volume());
        putIfPresent(item, "issue", p.issue());
        putIfPresent(item, "page", p.pages());
        putIfPresent(item, "DOI", p.ids().doi());
        if (p.ids().arxiv() != null) {
            item.put("URL", "https://arxiv.org/abs/" + p.ids().arxiv());
            item.put("number", "arXiv:" + p.ids().arxiv());
        }
        if (p.type() == org.scholarkg.record.PaperType.PREPRINT) {
            item.put("genre", "preprint");
        }
        putIfPresent(item, "abstract", p.abstractText());
        if (!p.statuses().isEmpty()) {
            item.put("status", String.join("; ", p.statuses()));
        }
        return item;
    }

    private static void putIfPresent(Map<String, Object> item, String key, String value) {
        if (value != null && !value.isBlank()) {
            item.put(key, value);
        }
    }
}
