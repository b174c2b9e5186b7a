package org.scholarkg.record;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * Writes a {@link RecordFile} as YAML in the record format {@link RecordReader} reads: fields in the
 * schema's order, absent fields left out, dates as precise as known.
 *
 * <pre>{@code
 * String yaml = new RecordYamlWriter().write(result.records());
 * }</pre>
 */
public final class RecordYamlWriter {

    private final Dump dump = new Dump(DumpSettings.builder()
            .setDefaultFlowStyle(FlowStyle.BLOCK)
            .setIndent(2)
            .setIndicatorIndent(2)
            .setIndentWithIndicator(true)
            .setWidth(120)
            .setSplitLines(false)
            // The reader's schema: a string like "04" or "2024" is quoted, so it reads back as a string.
            .setSchema(new org.snakeyaml.engine.v2.schema.CoreSchema())
            .build());

    /** The YAML text, with a comment line naming the source. */
    public String write(RecordFile file) {
        Map<String, Object> doc = new LinkedHashMap<>();
        SourceInfo source = file.source();
        Map<String, Object> src = new LinkedHashMap<>();
        put(src, "title", source.title());
        put(src, "url", source.url());
        put(doc, "source", src);
        put(doc, "organizations", file.organizations().stream().map(RecordYamlWriter::organization).toList());
        put(doc, "areas", file.areas().stream().map(a -> fields("id", a.id(), "name", a.name())).toList());
        put(doc, "venues", file.venues().stream().map(RecordYamlWriter::venue).toList());
        if (file.group() != null) {
            put(doc, "group", group(file.group()));
        }
        put(doc, "people", file.people().stream().map(RecordYamlWriter::person).toList());
        put(doc, "papers", file.papers().stream().map(RecordYamlWriter::paper).toList());
        return dump.dumpToString(doc);
    }

    private static Map<String, Object> organization(OrganizationRecord o) {
        Map<String, Object> m = fields("id", o.id(), "name", o.name(), "alternateName", o.alternateName(),
                "type", o.type().label(), "ror", o.ror(), "homepage", o.homepage());
        put(m, "parent", o.parents());
        return m;
    }

    private static Map<String, Object> venue(VenueRecord v) {
        return fields("id", v.id(), "kind", v.kind().name().toLowerCase(java.util.Locale.ROOT), "name", v.name(),
                "acronym", v.acronym(), "edition", v.edition(), "series", v.series(), "place", v.place(),
                "start", date(v.start()), "end", date(v.end()), "issn", v.issn());
    }

    private static Map<String, Object> group(GroupRecord g) {
        Map<String, Object> m = fields("id", g.id(), "name", g.name());
        put(m, "parent", g.parents());
        put(m, "pi", g.pi());
        put(m, "members", g.members());
        put(m, "areas", g.areas());
        put(m, "homepage", g.homepage());
        put(m, "description", g.description());
        put(m, "links", links(g.links()));
        return m;
    }

    private static Map<String, Object> person(PersonRecord p) {
        Map<String, Object> m = fields("id", p.id(), "name", p.name(), "givenName", p.givenName(),
                "familyName", p.familyName(), "honorificPrefix", p.honorificPrefix(), "role", p.role(),
                "jobTitle", p.jobTitle());
        put(m, "affiliation", p.affiliation());
        put(m, "aliases", p.aliases());
        put(m, "orcid", p.orcid());
        put(m, "dblp", p.dblp());
        put(m, "wikidata", p.wikidata());
        put(m, "areas", p.areas());
        put(m, "homepage", p.homepage());
        put(m, "description", p.description());
        put(m, "links", links(p.links()));
        return m;
    }

    private static Map<String, Object> paper(PaperRecord p) {
        Map<String, Object> m = fields("id", p.id(), "title", p.title(), "type", p.type().label());
        List<Object> authors = new ArrayList<>();
        for (AuthorRef a : p.authors()) {
            authors.add(a.person() == null ? a.printedName() : fields("name", a.printedName(), "person", a.person()));
        }
        put(m, "authors", authors);
        put(m, "venue", p.venue());
        put(m, "volume", p.volume());
        put(m, "issue", p.issue());
        put(m, "pages", p.pages());
        put(m, "date", date(p.date()));
        put(m, "status", p.statuses());
        put(m, "abstract", p.abstractText());
        put(m, "ids", fields("doi", p.ids().doi(), "arxiv", p.ids().arxiv(), "handle", p.ids().handle()));
        put(m, "links", links(p.links()));
        return m;
    }

    private static List<Map<String, Object>> links(List<LinkRecord> links) {
        return links.stream().map(l -> fields("kind", l.kind(), "label", l.label(), "url", l.url())).toList();
    }

    /**
     * A year as a number, a month or day as text: the reader's forms. A year before 1000 is text too ("0023"):
     * as a number it would read back as "23", which is no date.
     */
    private static Object date(PartialDate d) {
        if (d == null) {
            return null;
        }
        return d.precision() == PartialDate.Precision.YEAR && d.year() >= 1000 ? (Object) d.year() : d.toString();
    }

    private static Map<String, Object> fields(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            put(m, (String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    private static void put(Map<String, Object> m, String key, Object value) {
        if (value == null || value instanceof List<?> l && l.isEmpty() || value instanceof Map<?, ?> mm && mm.isEmpty()) {
            return;
        }
        // A fresh list per field: shared lists would come out as YAML anchors and aliases.
        m.put(key, value instanceof List<?> list ? new ArrayList<>(list) : value);
    }
}
