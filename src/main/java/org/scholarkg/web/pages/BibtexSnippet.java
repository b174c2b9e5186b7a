package org.scholarkg.web.pages;

import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.scholarkg.web.ld.Authors;

/** A BibTeX entry for a paper page, braces in values escaped so the entry always parses. */
final class BibtexSnippet {

    private BibtexSnippet() {
    }

    static String of(String iri, Resource paper, Model d, Map<String, Object> venue) {
        String key = iri.substring(iri.lastIndexOf('/') + 1);
        boolean journal = venue != null && Boolean.TRUE.equals(venue.get("journal"));
        boolean conference = venue != null && !journal;
        String type = journal ? "article" : conference ? "inproceedings" : "misc";
        StringBuilder sb = new StringBuilder("@").append(type).append('{').append(key).append(",\n");
        field(sb, "title", PaperSection.text(paper, "http://schema.org/name"));
        field(sb, "author", Authors.of(d, iri).stream().map(Authors.Author::printedName)
                .collect(Collectors.joining(" and ")));
        if (venue != null) {
            field(sb, journal ? "journal" : "booktitle", (String) venue.get("fullName"));
        }
        String date = PaperSection.text(paper, "http://schema.org/datePublished");
        if (date != null) {
            field(sb, "year", date.substring(0, 4));
            if (date.length() >= 7) {
                field(sb, "month", Integer.toString(Integer.parseInt(date.substring(5, 7))));
            }
        }
        field(sb, "doi", PaperSection.text(paper, "http://purl.org/ontology/bibo/doi"));
        field(sb, "url", iri);
        return sb.append('}').toString();
    }

    private static void field(StringBuilder sb, String name, String value) {
        if (value != null && !value.isEmpty()) {
            sb.append("  ").append(name).append(" = {").append(value.replace("\\", "\\textbackslash{}")
                    .replace("{", "\\{").replace("}", "\\}")).append("},\n");
        }
    }
}
