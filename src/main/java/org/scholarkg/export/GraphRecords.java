package org.scholarkg.export;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdfconnection.RDFConnection;
import org.scholarkg.KgInputException;
import org.scholarkg.InputLocation;
import org.scholarkg.InputProblem;
import org.scholarkg.rdf.Iris;
import org.scholarkg.record.AreaRecord;
import org.scholarkg.record.AuthorRef;
import org.scholarkg.record.GroupRecord;
import org.scholarkg.record.LinkRecord;
import org.scholarkg.record.OrganizationRecord;
import org.scholarkg.record.OrganizationRecord.OrganizationType;
import org.scholarkg.record.PaperIds;
import org.scholarkg.record.PaperRecord;
import org.scholarkg.record.PaperType;
import org.scholarkg.record.PartialDate;
import org.scholarkg.record.PersonRecord;
import org.scholarkg.record.RecordFile;
import org.scholarkg.record.SourceInfo;
import org.scholarkg.record.VenueRecord;
import org.scholarkg.record.VenueRecord.VenueKind;
import org.scholarkg.store.KnowledgeGraph;

/**
 * What a store holds about one research group, read back into records through SPARQL (the group IRI
 * bound as a parameter): the group, its members, the publications it lists ({@code schema:sourceOrganization})
 * with their authors in order, and every organization, area, venue and person with a record they name.
 * Record ids are the last segment of ScholarKG's IRIs.
 *
 * <p>RDF keeps no order where the records had one; lists come back sorted: members and people by family
 * name, links by their number, statuses in {@link #STATUS_ORDER}, others by id.
 */
public final class GraphRecords {

    /** The order statuses are given in, the usual first; others follow alphabetically. */
    public static final List<String> STATUS_ORDER = List.of("Preprint", "Accepted", "To be published",
            "Published", "Preprint available");

    private static final String PREFIXES = org.scholarkg.rdf.Prefixes.SPARQL;

    private final Iris iris;
    private final KnowledgeGraph store;

    public GraphRecords(Iris iris, KnowledgeGraph store) {
        this.iris = iris;
        this.store = store;
    }

    /**
     * The records of a group.
     *
     * @throws KgInputException when the store has no group with this id
     */
    public RecordFile group(String groupId) {
        String group = iris.group(groupId).stringValue();
        try (RDFConnection conn = store.connect()) {
            Reader reader = new Reader(conn, group);
            return reader.read(groupId);
        }
    }

    /**
     * The papers of a person (as an author), with their venues and the people with records among their
     * authors; no group.
     *
     * @throws KgInputException when the store has no such person
     */
    public RecordFile person(String personId) {
        String person = iris.person(personId).stringValue();
        try (RDFConnection conn = store.connect()) {
            Reader reader = new Reader(conn, person);
            if (reader.value(person, "schema:name") == null) {
                throw new KgInputException(new InputProblem(InputLocation.of("store"), "person '" + personId + "'",
                        "the store has no person with this id"));
            }
            return reader.papers(personId, "SELECT DISTINCT ?p { ?p skg:authorship/skg:person ?group }");
        }
    }

    /** Every paper in the store, with venues and the people with records among the authors. */
    public RecordFile all() {
        try (RDFConnection conn = store.connect()) {
            return new Reader(conn, iris.base()).papers("all", "SELECT DISTINCT ?p { ?p skg:authorship ?a }");
        }
    }

    private static String id(RDFNode node) {
        String uri = node.asResource().getURI();
        return uri.substring(uri.lastIndexOf('/') + 1);
    }

    private static String str(QuerySolution row, String var) {
        RDFNode n = row.get(var);
        return n == null ? null : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.asResource().getURI();
    }

    /** One read of one group over one connection. */
    private final class Reader {
        private final RDFConnection conn;
        private final String group;
        private final Map<String, OrganizationRecord> organizations = new TreeMap<>();
        private final Map<String, AreaRecord> areas = new TreeMap<>();
        private final Map<String, VenueRecord> venues = new TreeMap<>();
        private final Map<String, PersonRecord> people = new LinkedHashMap<>();

        Reader(RDFConnection conn, String group) {
            this.conn = conn;
            this.group = group;
        }

        private void select(String query, Consumer<QuerySolution> row, Object... bindings) {
            ParameterizedSparqlString q = new ParameterizedSparqlString(PREFIXES + query);
            q.setIri("group", group);
            for (int i = 0; i < bindings.length; i += 2) {
                q.setIri((String) bindings[i], (String) bindings[i + 1]);
            }
            conn.querySelect(q.asQuery(), row::accept);
        }

        private List<String> values(String subject, String property, boolean iri) {
            List<String> values = new ArrayList<>();
            select("SELECT ?v { ?s " + property + " ?v }", r -> values.add(iri ? id(r.get("v")) : str(r, "v")),
                    "s", subject);
            values.sort(null);
            return values;
        }

        private String value(String subject, String property) {
            List<String> v = values(subject, property, false);
            return v.isEmpty() ? null : v.get(0);
        }

        RecordFile read(String groupId) {
            String name = value(group, "schema:name");
            if (name == null) {
                throw new KgInputException(new InputProblem(InputLocation.of("store"), "group '" + groupId + "'",
                        "the store has no group with this id"));
            }
            List<String> parents = values(group, "schema:parentOrganization", true);
            parents.forEach(this::organization);
            String pi = null;
            for (String p : values(group, "^org:headOf", true)) {
                pi = p;
            }
            List<String> members = new ArrayList<>();
            for (String m : values(group, "foaf:member", true)) {
                person(m);
                members.add(m);
            }
            members.sort(Comparator.comparing((String m) -> !m.equals(people.get(m).id()) ? "" : sortKey(people.get(m))));
            if (pi != null) {
                members.remove(pi);
                members.add(0, pi);
            }
            List<String> groupAreas = values(group, "schema:knowsAbout", true);
            groupAreas.forEach(this::area);
            GroupRecord g = new GroupRecord(groupId, name, parents, pi, members, groupAreas,
                    value(group, "schema:url"), value(group, "schema:description"), links(group));
            List<PaperRecord> papers = new ArrayList<>();
            select("SELECT ?p { ?p schema:sourceOrganization ?group }", r -> papers.add(paper(r.getResource("p").getURI())));
            papers.sort(Comparator.comparing(PaperRecord::id));
            List<PersonRecord> orderedPeople = new ArrayList<>();
            for (String m : members) {
                orderedPeople.add(people.get(m));
            }
            people.values().stream().filter(p -> !members.contains(p.id())).sorted(Comparator.comparing(GraphRecords::sortKey))
                    .forEach(orderedPeople::add);
            SourceInfo source = new SourceInfo("store", groupId, null, null, Instant.EPOCH);
            return new RecordFile(source, List.copyOf(organizations.values()), List.copyOf(areas.values()),
                    List.copyOf(venues.values()), g, orderedPeople, papers);
        }

        /** Papers selected by a query over {@code ?p} (with {@code ?group} bound to this reader's subject). */
        RecordFile papers(String name, String query) {
            List<PaperRecord> papers = new ArrayList<>();
            select(query, r -> papers.add(paper(r.getResource("p").getURI())));
            papers.sort(Comparator.comparing(PaperRecord::id));
            List<PersonRecord> orderedPeople = new ArrayList<>(people.values());
            orderedPeople.sort(Comparator.comparing(GraphRecords::sortKey));
            return new RecordFile(new SourceInfo("store", name, null, null, Instant.EPOCH),
                    List.copyOf(organizations.values()), List.copyOf(areas.values()), List.copyOf(venues.values()), null,
                    orderedPeople, papers);
        }

        private void organization(String id) {
            if (organizations.containsKey(id)) {
                return;
            }
            String s = iris.organization(id).stringValue();
            Set<String> types = new LinkedHashSet<>(values(s, "a", true));
            OrganizationType type = types.contains("CollegeOrUniversity") ? OrganizationType.UNIVERSITY
                    : types.contains("ResearchOrganization") ? OrganizationType.RESEARCH_ORGANIZATION
                    : OrganizationType.ORGANIZATION;
            List<String> parents = values(s, "schema:parentOrganization", true);
            organizations.put(id, new OrganizationRecord(id, value(s, "schema:name"), value(s, "schema:alternateName"),
                    type, value(s, "schema:sameAs"), value(s, "schema:url"), parents));
            parents.forEach(this::organization);
        }

        private void area(String id) {
            areas.computeIfAbsent(id, a -> new AreaRecord(a, value(iris.area(a).stringValue(), "skos:prefLabel")));
        }

        private void person(String id) {
            if (people.containsKey(id)) {
                return;
            }
            String s = iris.person(id).stringValue();
            List<String> affiliation = values(s, "schema:affiliation", true);
            affiliation.forEach(this::organization);
            List<String> personAreas = values(s, "schema:knowsAbout", true);
            personAreas.forEach(this::area);
            String orcid = null;
            String dblp = null;
            String wikidata = null;
            for (String same : values(s, "schema:sameAs", false)) {
                if (same.startsWith("https://orcid.org/")) {
                    orcid = same;
                } else if (same.startsWith("https://dblp.org/")) {
                    dblp = same;
                } else if (same.startsWith("http://www.wikidata.org/")) {
                    wikidata = same;
                }
            }
            List<String> roles = new ArrayList<>();
            select("SELECT ?r { ?m org:member ?s ; org:organization ?group ; schema:roleName ?r }",
                    r -> roles.add(str(r, "r")), "s", s);
            people.put(id, new PersonRecord(id, value(s, "schema:name"), value(s, "schema:givenName"),
                    value(s, "schema:familyName"), value(s, "schema:honorificPrefix"), roles.isEmpty() ? null : roles.get(0),
                    value(s, "schema:jobTitle"), affiliation, values(s, "schema:alternateName", false), orcid, dblp,
                    wikidata, personAreas, value(s, "schema:url"), value(s, "schema:description"), links(s)));
        }

        private List<LinkRecord> links(String subject) {
            Map<Integer, LinkRecord> byNumber = new TreeMap<>();
            select("SELECT ?l ?kind ?label ?url { ?s skg:link ?l . ?l skg:linkKind ?kind "
                    + "OPTIONAL { ?l rdfs:label ?label } OPTIONAL { ?l schema:url ?url } }", r -> {
                        String l = r.getResource("l").getURI();
                        byNumber.put(Integer.valueOf(l.substring(l.lastIndexOf('-') + 1)),
                                new LinkRecord(str(r, "kind"), str(r, "label"), str(r, "url")));
                    }, "s", subject);
            return List.copyOf(byNumber.values());
        }

        private PaperRecord paper(String s) {
            Set<String> types = new LinkedHashSet<>(values(s, "a", false));
            Map<Integer, AuthorRef> authors = new TreeMap<>();
            select("SELECT ?pos ?name ?person { ?s skg:authorship ?a . ?a skg:position ?pos ; skg:printedName ?name ; "
                    + "skg:person ?person }", r -> {
                        String person = r.getResource("person").getURI();
                        String personId = person.startsWith(iris.base() + "id/person/") ? id(r.get("person")) : null;
                        if (personId != null) {
                            person(personId);
                        }
                        authors.put(r.getLiteral("pos").getInt(), new AuthorRef(str(r, "name"), personId));
                    }, "s", s);
            String venue = null;
            for (String v : values(s, "bibo:presentedAt", false)) {
                venue = venue(v);
            }
            for (String v : values(s, "schema:isPartOf", false)) {
                venue = venue(v);
            }
            List<String> statuses = values(s, "schema:creativeWorkStatus", false);
            statuses.sort(Comparator.comparing((String st) -> STATUS_ORDER.contains(st) ? STATUS_ORDER.indexOf(st)
                    : STATUS_ORDER.size()).thenComparing(Comparator.naturalOrder()));
            String date = value(s, "schema:datePublished");
            String doi = value(s, "bibo:doi");
            String arxiv = null;
            String handle = null;
            for (String ident : values(s, "schema:identifier", false)) {
                if (ident.startsWith("arXiv:")) {
                    arxiv = ident.substring(6);
                } else if (ident.startsWith("hdl:")) {
                    handle = ident.substring(4);
                }
            }
            PaperIds ids = doi == null && arxiv == null && handle == null ? PaperIds.NONE : new PaperIds(doi, arxiv, handle);
            return new PaperRecord(id(conn.queryConstruct("CONSTRUCT { <" + s + "> a <urn:x> } WHERE {}")
                    .listSubjects().next()), value(s, "schema:name"), type(types), List.copyOf(authors.values()),
                    venue, value(s, "bibo:volume"), value(s, "bibo:issue"), value(s, "bibo:pages"),
                    date == null ? null : PartialDate.parse(date), statuses, value(s, "schema:abstract"), ids, links(s));
        }

        private String venue(String iri) {
            String id = iri.substring(iri.lastIndexOf('/') + 1);
            if (venues.containsKey(id)) {
                return id;
            }
            Set<String> types = new LinkedHashSet<>(values(iri, "a", true));
            VenueKind kind = types.contains("Periodical") ? VenueKind.JOURNAL
                    : types.contains("EventSeries") ? VenueKind.SERIES
                    : (value(iri, "schema:name") + " " + value(iri, "schema:alternateName")).toLowerCase().contains("workshop")
                    ? VenueKind.WORKSHOP : VenueKind.CONFERENCE;
            String edition = value(iri, "skg:editionNumber");
            List<String> series = values(iri, "schema:superEvent", false);
            String seriesId = series.isEmpty() ? null : venue(series.get(0));
            String start = value(iri, "schema:startDate");
            String end = value(iri, "schema:endDate");
            venues.put(id, new VenueRecord(id, kind, value(iri, "schema:name"), value(iri, "schema:alternateName"),
                    edition == null ? null : Integer.valueOf(edition), seriesId, value(iri, "schema:location"),
                    start == null ? null : PartialDate.parse(start), end == null ? null : PartialDate.parse(end),
                    value(iri, "schema:issn")));
            return id;
        }

        private PaperType type(Set<String> types) {
            if (types.contains("http://purl.org/ontology/bibo/Manuscript")) {
                return PaperType.PREPRINT;
            }
            if (types.contains("http://schema.org/Thesis")) {
                return PaperType.THESIS;
            }
            if (types.contains("http://schema.org/Book")) {
                return PaperType.BOOK;
            }
            if (types.contains("http://schema.org/Chapter")) {
                return PaperType.CHAPTER;
            }
            if (types.contains("http://purl.org/ontology/bibo/Report")) {
                return PaperType.REPORT;
            }
            if (types.contains("http://purl.org/ontology/bibo/Patent")) {
                return PaperType.PATENT;
            }
            if (types.contains("http://purl.org/ontology/bibo/AcademicArticle")) {
                return PaperType.CONFERENCE_PAPER;
            }
            return PaperType.OTHER;
        }
    }

    private static String sortKey(PersonRecord p) {
        return (p.familyName() == null ? p.name() : p.familyName() + " " + p.givenName()).toLowerCase(java.util.Locale.ROOT);
    }
}
