package org.scholarkg.web.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.scholarkg.web.ld.Authors;
import org.scholarkg.web.ld.GraphReader;

/**
 * The paper-specific part of a page: authors in printed order, venue, date, status, abstract, identifiers,
 * a BibTeX snippet, Google Scholar {@code citation_*} meta tags and schema.org JSON-LD with the authors as
 * an ordered list.
 */
final class PaperSection {

    private static final String SCHEMA = "http://schema.org/";
    private static final String BIBO = "http://purl.org/ontology/bibo/";
    private static final String SKG = "https://w3id.org/scholarkg/ns#";

    private final GraphReader reader;
    private final Links links;

    PaperSection(GraphReader reader, Links links) {
        this.reader = reader;
        this.links = links;
    }

    /** Adds the paper's sections, meta tags and JSON-LD to the page model. */
    void addTo(Map<String, Object> page, Model d, String iri) {
        Resource paper = d.getResource(iri);
        Map<String, Object> p = new LinkedHashMap<>();
        List<Map<String, Object>> authors = new ArrayList<>();
        List<Map<String, Object>> meta = new ArrayList<>();
        String title = text(paper, SCHEMA + "name");
        meta.add(meta("citation_title", title));
        for (Authors.Author a : Authors.of(d, iri)) {
            Map<String, Object> author = new LinkedHashMap<>();
            author.put("name", a.printedName());
            if (!a.person().contains("#")) {
                author.put("link", links.href(a.person()));
                String full = Links.label(d, d.getResource(a.person()));
                if (!full.equals(a.printedName()) && !full.equals(a.person())) {
                    author.put("fullName", full);
                }
            }
            authors.add(author);
            meta.add(meta("citation_author", a.printedName()));
        }
        p.put("authors", authors);
        String date = text(paper, SCHEMA + "datePublished");
        p.put("date", date);
        if (date != null) {
            meta.add(meta("citation_publication_date", date.replace('-', '/')));
        }
        p.put("statuses", texts(paper, SCHEMA + "creativeWorkStatus"));
        p.put("abstract", text(paper, SCHEMA + "abstract"));
        Map<String, Object> venue = venue(paper);
        if (venue != null) {
            p.put("venue", venue);
            meta.add(meta(Boolean.TRUE.equals(venue.get("journal")) ? "citation_journal_title" : "citation_conference_title",
                    (String) venue.get("fullName")));
        }
        List<Map<String, Object>> identifiers = new ArrayList<>();
        String doi = text(paper, BIBO + "doi");
        if (doi != null) {
            identifiers.add(Map.of("label", "DOI", "text", doi, "link", "https://doi.org/" + doi));
            meta.add(meta("citation_doi", doi));
        }
        for (String id : texts(paper, SCHEMA + "identifier")) {
            if (id.startsWith("arXiv:")) {
                String arxiv = id.substring(6);
                identifiers.add(Map.of("label", "arXiv", "text", arxiv, "link", "https://arxiv.org/abs/" + arxiv));
                meta.add(meta("citation_arxiv_id", arxiv));
            }
        }
        for (Statement st : paper.listProperties(d.createProperty(SKG, "link")).toList()) {
            Resource link = st.getResource();
            String label = text(link, "http://www.w3.org/2000/01/rdf-schema#label");
            String url = link.getProperty(d.createProperty(SCHEMA, "url")) == null ? null
                    : link.getProperty(d.createProperty(SCHEMA, "url")).getResource().getURI();
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("label", "Link");
            l.put("text", label == null ? url : label);
            if (url != null) {
                l.put("link", url);
                if ("pdf".equals(text(link, SKG + "linkKind"))) {
                    meta.add(meta("citation_pdf_url", url));
                }
            }
            identifiers.add(l);
        }
        p.put("identifiers", identifiers);
        p.put("hasIdentifiers", !identifiers.isEmpty());
        p.put("bibtex", BibtexSnippet.of(iri, paper, d, venue));
        page.put("paper", p);
        page.put("meta", meta);
        page.put("jsonld", SchemaOrgJson.paper(d, iri, venue));
    }

    /** The venue's name, acronym, place and dates, in one query. */
    private Map<String, Object> venue(Resource paper) {
        Statement at = paper.getProperty(paper.getModel().createProperty(BIBO, "presentedAt"));
        boolean journal = false;
        if (at == null) {
            at = paper.getProperty(paper.getModel().createProperty(SCHEMA, "isPartOf"));
            journal = true;
        }
        if (at == null || !at.getObject().isURIResource()) {
            return null;
        }
        String venueIri = at.getResource().getURI();
        List<QuerySolution> rows = reader.select("""
                SELECT ?name ?acronym ?place ?start ?end { ?v schema:name ?name
                  OPTIONAL { ?v schema:alternateName ?acronym } OPTIONAL { ?v schema:location ?place }
                  OPTIONAL { ?v schema:startDate ?start } OPTIONAL { ?v schema:endDate ?end } } LIMIT 1""",
                Map.of("v", GraphReader.iri(venueIri)));
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("iri", venueIri);
        v.put("href", links.href(venueIri));
        v.put("journal", journal);
        if (rows.isEmpty()) {
            v.put("name", venueIri);
            v.put("fullName", venueIri);
            return v;
        }
        QuerySolution r = rows.get(0);
        String name = r.getLiteral("name").getString();
        String acronym = r.contains("acronym") ? r.getLiteral("acronym").getString() : null;
        v.put("fullName", name);
        v.put("acronym", acronym);
        v.put("name", acronym == null ? name : acronym + " — " + name);
        if (r.contains("place")) {
            v.put("place", r.getLiteral("place").getString());
        }
        if (r.contains("start")) {
            String start = r.getLiteral("start").getLexicalForm();
            String end = r.contains("end") ? r.getLiteral("end").getLexicalForm() : start;
            v.put("dates", start.equals(end) ? start : start + " – " + end);
        }
        return v;
    }

    private static Map<String, Object> meta(String name, String content) {
        return Map.of("name", name, "content", content == null ? "" : content);
    }

    static String text(Resource r, String property) {
        Statement st = r.getProperty(r.getModel().createProperty(property));
        return st == null ? null : st.getObject().isLiteral() ? st.getLiteral().getLexicalForm()
                : st.getResource().getURI();
    }

    static List<String> texts(Resource r, String property) {
        List<String> values = new ArrayList<>();
        r.listProperties(r.getModel().createProperty(property)).forEach(st ->
                values.add(st.getObject().isLiteral() ? st.getLiteral().getLexicalForm() : st.getResource().getURI()));
        values.sort(null);
        return values;
    }
}
