package org.scholarkg.web.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;

/**
 * A resource's statements in readable form (property label, values with links), and the statements that
 * point at it grouped by property with counts: the generic part of every page.
 */
final class FactsTable {

    /** Properties a page shows in its own sections, or that repeat another. */
    private static final Set<String> SHOWN_ELSEWHERE = Set.of(
            "https://w3id.org/scholarkg/ns#authorship", "http://xmlns.com/foaf/0.1/maker",
            "http://xmlns.com/foaf/0.1/name", "http://schema.org/abstract", "http://xmlns.com/foaf/0.1/member");
    private static final int MAX_INVERSE_ITEMS = 50;
    private static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

    /** A paper page lists its authors in order above; the facts need not repeat them. */
    private static boolean sectionShows(String iri, String property) {
        return iri.contains("/id/paper/") && property.equals("http://schema.org/author");
    }

    private final Links links;

    FactsTable(Links links) {
        this.links = links;
    }

    List<Map<String, Object>> facts(Model model, String iri) {
        Map<String, List<Map<String, Object>>> byProperty = new TreeMap<>();
        Resource r = model.getResource(iri);
        for (Statement st : r.listProperties().toList()) {
            String p = st.getPredicate().getURI();
            if (SHOWN_ELSEWHERE.contains(p) || sectionShows(iri, p)) {
                continue;
            }
            Map<String, Object> value = links.value(model, st.getObject());
            if (p.equals(RDF_TYPE) && st.getObject().isURIResource()) {
                // Classes by their local names: "Person", "ScholarlyArticle".
                String cls = st.getObject().asResource().getURI();
                value.put("text", cls.substring(Math.max(cls.lastIndexOf('/'), cls.lastIndexOf('#')) + 1));
            }
            byProperty.computeIfAbsent(PropertyLabels.of(p), k -> new ArrayList<>()).add(value);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        byProperty.forEach((label, values) -> {
            values.sort((a, b) -> String.valueOf(a.get("text")).compareTo(String.valueOf(b.get("text"))));
            values.get(values.size() - 1).put("last", true);
            rows.add(Map.of("label", label, "values", values));
        });
        return rows;
    }

    List<Map<String, Object>> inverse(Model model, String iri) {
        Map<String, List<Map<String, Object>>> byProperty = new TreeMap<>();
        for (Statement st : model.listStatements(null, null, model.getResource(iri)).toList()) {
            String subject = st.getSubject().getURI();
            if (subject == null || subject.startsWith(iri + "#") || subject.contains("#author-")) {
                continue;
            }
            byProperty.computeIfAbsent(PropertyLabels.inverse(st.getPredicate().getURI()), k -> new ArrayList<>())
                    .add(links.value(model, st.getSubject()));
        }
        List<Map<String, Object>> groups = new ArrayList<>();
        byProperty.forEach((label, items) -> {
            items.sort((a, b) -> String.valueOf(a.get("text")).compareTo(String.valueOf(b.get("text"))));
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("label", label);
            g.put("count", items.size());
            g.put("items", items.subList(0, Math.min(items.size(), MAX_INVERSE_ITEMS)));
            if (items.size() > MAX_INVERSE_ITEMS) {
                g.put("more", items.size() - MAX_INVERSE_ITEMS);
            }
            groups.add(g);
        });
        return groups;
    }
}
