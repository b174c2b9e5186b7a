package org.scholarkg.bench;

import java.util.List;
import java.util.function.Function;
import org.eclipse.rdf4j.model.vocabulary.FOAF;
import org.eclipse.rdf4j.model.vocabulary.ORG;
import org.scholarkg.rdf.vocab.Bibo;
import org.scholarkg.rdf.vocab.SchemaOrg;
import org.scholarkg.rdf.vocab.Skg;

/**
 * The fixed query mix of the query benchmark: a person's papers with their author position, the
 * co-authors of a person, a group's publications per year, the papers of a venue, a title search, and
 * the VoID class counts. The people, groups and venues asked about are picked from the store itself
 * ({@link Subjects}), so the same mix runs on any store that holds the same data.
 */
final class QueryMix {

    /** A title search phrase; its words come from the synthetic vocabulary. */
    static final String SEARCH_PHRASE = "canonicalization perspective";
    /** How many subjects of each kind the runs rotate through. */
    static final int SUBJECTS = 5;

    private static final String PREFIXES = "PREFIX schema: <" + SchemaOrg.NAMESPACE + ">\n"
            + "PREFIX skg: <" + Skg.NAMESPACE + ">\n"
            + "PREFIX bibo: <" + Bibo.NAMESPACE + ">\n"
            + "PREFIX foaf: <" + FOAF.NAMESPACE + ">\n"
            + "PREFIX org: <" + ORG.NAMESPACE + ">\n";

    /**
     * The IRIs the queries ask about.
     *
     * @param people group heads, the most prolific authors
     * @param members group members who are not heads, typical authors
     */
    record Subjects(List<String> people, List<String> groups, List<String> venues, List<String> papers,
            List<String> members) {

        /** Picks the subjects from the endpoint: heads, groups, conference editions, papers, members. */
        static Subjects pick(SparqlClient client) {
            return pick(client, SUBJECTS);
        }

        /** Picks up to {@code n} subjects of each kind, always the same ones first. */
        static Subjects pick(SparqlClient client, int n) {
            return new Subjects(
                    column(client, "SELECT ?x WHERE { ?x org:headOf ?g } ORDER BY ?x LIMIT " + n),
                    column(client, "SELECT ?x WHERE { ?x a foaf:Group } ORDER BY ?x LIMIT " + n),
                    column(client, "SELECT ?x WHERE { ?x a schema:Event ; schema:superEvent ?s } ORDER BY DESC(?x) LIMIT "
                            + n),
                    column(client, "SELECT ?x WHERE { { SELECT ?h WHERE { ?h org:headOf ?g } ORDER BY ?h LIMIT 1 } "
                            + "?x schema:author ?h } ORDER BY ?x LIMIT " + n),
                    column(client, "SELECT ?x WHERE { ?g a foaf:Group ; foaf:member ?x . "
                            + "FILTER NOT EXISTS { ?x org:headOf ?g } } ORDER BY ?x LIMIT " + n));
        }

        private static List<String> column(SparqlClient client, String query) {
            List<String> values = client.select(PREFIXES + query).stream().map(r -> r.get(0)).toList();
            if (values.isEmpty()) {
                throw new IllegalStateException("nothing to ask about: " + query);
            }
            return values;
        }
    }

    /**
     * One query of the mix.
     *
     * @param aggregate true for queries over the whole graph or a large part of it, which the p50 target
     *     does not cover
     */
    record Query(String name, boolean aggregate, Function<Integer, String> text) {
    }

    /** The mix for these subjects; run {@code i} of a query asks about subject {@code i % SUBJECTS}. */
    static List<Query> of(Subjects s) {
        return List.of(
                new Query("person-papers", false, i -> PREFIXES + """
                        SELECT ?date ?title ?position ?printedName WHERE {
                          ?authorship skg:person <%s> ; skg:position ?position ; skg:printedName ?printedName .
                          ?paper skg:authorship ?authorship ; schema:name ?title ; schema:datePublished ?date .
                          BIND (STR(?date) AS ?day)
                        } ORDER BY DESC(?day) ?title""".formatted(pick(s.people(), i))),
                new Query("co-authors", false, i -> PREFIXES + """
                        SELECT ?other (COUNT(DISTINCT ?paper) AS ?papers) WHERE {
                          ?paper schema:author <%1$s>, ?other .
                          FILTER (?other != <%1$s>)
                        } GROUP BY ?other ORDER BY DESC(?papers) ?other LIMIT 100""".formatted(pick(s.people(), i))),
                new Query("authors-in-order", false, i -> PREFIXES + """
                        SELECT ?position ?printedName ?person WHERE {
                          <%s> skg:authorship ?a . ?a skg:position ?position ; skg:printedName ?printedName ;
                             skg:person ?person .
                        } ORDER BY ?position""".formatted(pick(s.papers(), i))),
                new Query("group-per-year", true, i -> PREFIXES + """
                        SELECT ?year (COUNT(?paper) AS ?papers) WHERE {
                          ?paper schema:sourceOrganization <%s> ; schema:datePublished ?date .
                          BIND (SUBSTR(STR(?date), 1, 4) AS ?year)
                        } GROUP BY ?year ORDER BY DESC(?year)""".formatted(pick(s.groups(), i))),
                new Query("venue-papers", false, i -> PREFIXES + """
                        SELECT ?paper ?title WHERE {
                          ?paper bibo:presentedAt <%s> ; schema:name ?title .
                        } ORDER BY ?title LIMIT 100""".formatted(pick(s.venues(), i))),
                new Query("title-search", true, i -> PREFIXES + """
                        SELECT ?paper ?title WHERE {
                          ?paper a schema:ScholarlyArticle ; schema:name ?title .
                          FILTER (CONTAINS(LCASE(?title), "%s"))
                        } LIMIT 100""".formatted(SEARCH_PHRASE)),
                new Query("void-counts", true, i -> PREFIXES + """
                        SELECT ?class (COUNT(?s) AS ?entities) WHERE { ?s a ?class } GROUP BY ?class ORDER BY ?class"""));
    }

    private static String pick(List<String> values, int run) {
        return values.get(run % values.size());
    }
}
