package org.scholarkg.web.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.scholarkg.web.ld.DocumentFormat;
import org.scholarkg.web.ld.GraphReader;
import org.scholarkg.web.ld.ResourcePath;

/**
 * The HTML page of a resource: its name, the kind's own sections (paper, person, group), the facts in
 * readable form, what points at it with counts, links to its RDF documents and schema.org JSON-LD.
 */
public final class ResourcePages {

    private static final Map<String, String> KIND_LABELS = Map.of("group", "Research group", "person", "Person",
            "paper", "Publication", "event", "Event", "journal", "Journal", "org", "Organization",
            "area", "Research area");
    private static final Map<String, String> SCHEMA_TYPES = Map.of("group", "ResearchOrganization",
            "person", "Person", "event", "Event", "journal", "Periodical", "org", "Organization", "area", "DefinedTerm");

    private final Templates templates;
    private final Links links;
    private final FactsTable facts;
    private final PaperSection papers;
    private final PersonSection people;
    private final GroupSection groups;

    public ResourcePages(GraphReader reader, Templates templates) {
        this.templates = templates;
        this.links = new Links(reader.iris());
        this.facts = new FactsTable(links);
        this.papers = new PaperSection(reader, links);
        this.people = new PersonSection(reader, links);
        this.groups = new GroupSection(reader, links);
    }

    /** The page of a resource whose description is given. */
    public String render(ResourcePath path, String iri, Model description) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("title", Links.label(description, description.getResource(iri)));
        page.put("kindLabel", KIND_LABELS.get(path.kind()));
        page.put("iri", iri);
        List<Map<String, Object>> alternates = new ArrayList<>();
        for (DocumentFormat f : DocumentFormat.values()) {
            if (f.isRdf()) {
                alternates.add(Map.of("type", f.mediaType(), "href", path.docPath(f), "label", f.extension()));
            }
        }
        page.put("alternates", alternates);
        switch (path.kind()) {
            case "paper" -> papers.addTo(page, description, iri);
            case "person" -> people.addTo(page, iri);
            case "group" -> groups.addTo(page, iri);
            default -> { }
        }
        if (!page.containsKey("jsonld")) {
            page.put("jsonld", SchemaOrgJson.thing(description, iri, SCHEMA_TYPES.get(path.kind())));
        }
        page.put("facts", facts.facts(description, iri));
        List<Map<String, Object>> inverse = facts.inverse(description, iri);
        page.put("inverse", inverse);
        page.put("hasInverse", !inverse.isEmpty());
        return templates.render("resource", page);
    }
}
