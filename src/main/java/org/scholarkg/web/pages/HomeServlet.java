package org.scholarkg.web.pages;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.scholarkg.web.ld.GraphReader;
import org.scholarkg.web.lod.DatasetStatistics;

/**
 * {@code /}: what the graph holds (instances per class, kept with the dataset statistics), the groups, and a
 * search over names and titles ({@code /search?q=}). The search text is bound as a literal into a fixed
 * query: it can never become SPARQL. Every other path this servlet sees is 404.
 */
public final class HomeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int MAX_QUERY = 200;
    private static final int MAX_RESULTS = 100;
    private static final Map<String, String> CLASS_LABELS = Map.of(
            "http://schema.org/ScholarlyArticle", "papers", "http://schema.org/Person", "people",
            "http://xmlns.com/foaf/0.1/Group", "groups", "http://schema.org/Event", "events",
            "http://www.w3.org/2004/02/skos/core#Concept", "research areas",
            "http://schema.org/CollegeOrUniversity", "universities",
            "http://schema.org/Periodical", "journals");

    private final transient GraphReader reader;
    private final transient DatasetStatistics stats;
    private final transient Templates templates;

    public HomeServlet(GraphReader reader, DatasetStatistics stats, Templates templates) {
        this.reader = reader;
        this.stats = stats;
        this.templates = templates;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI();
        if (!path.equals("/") && !path.equals("/search")) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("title", "Home");
        String q = req.getParameter("q");
        if (path.equals("/search") && q != null) {
            q = q.strip();
            if (q.length() < 2 || q.length() > MAX_QUERY) {
                resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "search text must have 2 to " + MAX_QUERY + " characters");
                return;
            }
            page.put("query", q);
            page.put("searched", true);
            List<Map<String, Object>> results = search(q);
            page.put("results", results);
            page.put("resultCount", results.size());
        }
        DatasetStatistics.Snapshot s = stats.current();
        List<Map<String, Object>> counts = new ArrayList<>();
        s.classes().forEach((cls, n) -> {
            if (CLASS_LABELS.containsKey(cls)) {
                counts.add(Map.of("label", CLASS_LABELS.get(cls), "count", n));
            }
        });
        page.put("counts", counts);
        page.put("triples", s.triples());
        page.put("graphCount", s.graphs().size());
        page.put("groups", groups());
        resp.setContentType("text/html; charset=utf-8");
        resp.getWriter().write(templates.render("home", page));
    }

    private List<Map<String, Object>> search(String q) {
        String idBase = reader.iris().base() + "id/";
        List<Map<String, Object>> results = new ArrayList<>();
        for (QuerySolution row : reader.select("""
                SELECT DISTINCT ?s ?label {
                  { ?s schema:name ?label } UNION { ?s skos:prefLabel ?label }
                  FILTER (STRSTARTS(STR(?s), ?idBase) && !CONTAINS(STR(?s), "#"))
                  FILTER (CONTAINS(LCASE(STR(?label)), LCASE(?q)))
                } ORDER BY STRLEN(?label) ?label LIMIT""" + " " + MAX_RESULTS,
                Map.of("q", q, "idBase", idBase))) {
            String iri = row.getResource("s").getURI();
            String rest = iri.substring(idBase.length());
            results.add(Map.of("href", "/id/" + rest, "label", row.getLiteral("label").getString(),
                    "kind", rest.substring(0, rest.indexOf('/'))));
        }
        return results;
    }

    private List<Map<String, Object>> groups() {
        List<Map<String, Object>> groups = new ArrayList<>();
        String base = reader.iris().base();
        for (QuerySolution row : reader.select("""
                SELECT ?g ?name (COUNT(DISTINCT ?m) AS ?members) (COUNT(DISTINCT ?p) AS ?papers) {
                  ?g a foaf:Group ; schema:name ?name .
                  OPTIONAL { ?g foaf:member ?m } OPTIONAL { ?p schema:sourceOrganization ?g }
                } GROUP BY ?g ?name ORDER BY ?name""", Map.of())) {
            String iri = row.getResource("g").getURI();
            groups.add(Map.of("href", iri.startsWith(base) ? "/" + iri.substring(base.length()) : iri,
                    "name", row.getLiteral("name").getString(),
                    "members", row.getLiteral("members").getLong(), "papers", row.getLiteral("papers").getLong()));
        }
        return groups;
    }
}
