package org.scholarkg.web.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.scholarkg.web.ld.Authors;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema.org JSON-LD a page embeds for search engines: {@code @vocab} is {@code http://schema.org/}
 * inline (nothing to fetch), and a paper's authors are an ordered {@code @list}. Safe inside
 * {@code <script>}: every "&lt;" is written as {@code \u003c}, so no text can end or open an element.
 */
final class SchemaOrgJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SchemaOrgJson() {
    }

    static String paper(Model d, String iri, Map<String, Object> venue) {
        Resource p = d.getResource(iri);
        Map<String, Object> doc = base("ScholarlyArticle", iri);
        doc.put("name", PaperSection.text(p, "http://schema.org/name"));
        List<Object> authors = new ArrayList<>();
        for (Authors.Author a : Authors.of(d, iri)) {
            Map<String, Object> person = new LinkedHashMap<>();
            person.put("@id", a.person());
            person.put("@type", "Person");
            person.put("name", a.printedName());
            authors.add(person);
        }
        doc.put("author", Map.of("@list", authors));
        String date = PaperSection.text(p, "http://schema.org/datePublished");
        if (date != null) {
            doc.put("datePublished", date);
        }
        putIfPresent(doc, "abstract", PaperSection.text(p, "http://schema.org/abstract"));
        if (venue != null && Boolean.TRUE.equals(venue.get("journal"))) {
            doc.put("isPartOf", Map.of("@id", venue.get("iri"), "name", venue.get("fullName")));
        }
        List<String> sameAs = PaperSection.texts(p, "http://schema.org/sameAs");
        if (!sameAs.isEmpty()) {
            doc.put("sameAs", sameAs);
        }
        return write(doc);
    }

    static String thing(Model d, String iri, String type) {
        Resource r = d.getResource(iri);
        Map<String, Object> doc = base(type, iri);
        doc.put("name", Links.label(d, r));
        putIfPresent(doc, "jobTitle", PaperSection.text(r, "http://schema.org/jobTitle"));
        putIfPresent(doc, "honorificPrefix", PaperSection.text(r, "http://schema.org/honorificPrefix"));
        List<String> sameAs = PaperSection.texts(r, "http://schema.org/sameAs");
        if (!sameAs.isEmpty()) {
            doc.put("sameAs", sameAs);
        }
        for (String rel : List.of("memberOf", "affiliation", "member", "parentOrganization")) {
            List<Object> targets = new ArrayList<>();
            for (String t : PaperSection.texts(r, "http://schema.org/" + rel)) {
                targets.add(Map.of("@id", t, "name", Links.label(d, d.getResource(t))));
            }
            if (!targets.isEmpty()) {
                doc.put(rel, targets);
            }
        }
        return write(doc);
    }

    private static Map<String, Object> base(String type, String iri) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("@context", Map.of("@vocab", "http://schema.org/"));
        doc.put("@type", type);
        doc.put("@id", iri);
        return doc;
    }

    private static void putIfPresent(Map<String, Object> doc, String key, String value) {
        if (value != null) {
            doc.put(key, value);
        }
    }

    private static String write(Map<String, Object> doc) {
        return JSON.writeValueAsString(doc).replace("<", "\\u003c");
    }
}
