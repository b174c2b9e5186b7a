package org.scholarkg.rdf;

import java.net.URI;
import java.net.URISyntaxException;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.util.Values;
import org.scholarkg.record.Slugs;
import org.scholarkg.KgConfigException;

/**
 * The one place that mints ScholarKG's IRIs, all under one base set per deployment.
 *
 * <ul>
 *   <li>{@code {base}id/{kind}/{slug}} for resources, kind in {@code group, person, org, paper, event,
 *       journal, area} (journals are not events, so they get their own kind);</li>
 *   <li>{@code {base}id/area} for the concept scheme of research areas;</li>
 *   <li>{@code {paper}#author-N}, {@code {paper}#person-N}, {@code {subject}#link-N},
 *       {@code {group}#membership-{person}} for nodes that exist only inside another resource;</li>
 *   <li>{@code {base}graph/{source}} for the named graph of a source.</li>
 * </ul>
 *
 * <pre>{@code
 * Iris iris = new Iris("https://kg.example.org/");
 * iris.person("stefanie-jegelka");  // https://kg.example.org/id/person/stefanie-jegelka
 * }</pre>
 */
public final class Iris {

    /** The base used when none is configured. */
    public static final String DEFAULT_BASE = "http://localhost:3030/";

    private final String base;

    /**
     * @param base an absolute http(s) IRI ending in {@code /}
     * @throws KgConfigException if it is not
     */
    public Iris(String base) {
        this.base = checkBase(base);
    }

    /** The base, ending in {@code /}. */
    public String base() {
        return base;
    }

    public IRI group(String id) {
        return resource("group", id);
    }

    public IRI person(String id) {
        return resource("person", id);
    }

    public IRI organization(String id) {
        return resource("org", id);
    }

    public IRI paper(String id) {
        return resource("paper", id);
    }

    public IRI event(String id) {
        return resource("event", id);
    }

    public IRI journal(String id) {
        return resource("journal", id);
    }

    public IRI area(String id) {
        return resource("area", id);
    }

    /** The SKOS concept scheme that holds every research area. */
    public IRI areaScheme() {
        return Values.iri(base + "id/area");
    }

    /** The authorship node of the author at a 1-based position. */
    public IRI authorship(IRI paper, int position) {
        return Values.iri(paper.stringValue() + "#author-" + position);
    }

    /** The person an author known only by a printed name is, scoped to paper and position. */
    public IRI paperScopedPerson(IRI paper, int position) {
        return Values.iri(paper.stringValue() + "#person-" + position);
    }

    /** The n-th (1-based) link shown for a resource. */
    public IRI link(IRI subject, int n) {
        return Values.iri(subject.stringValue() + "#link-" + n);
    }

    /** The n-th link of a group of links shown for a resource by another source: {@code #group-link-N}. */
    public IRI link(IRI subject, String group, int n) {
        return Values.iri(subject.stringValue() + "#" + Slugs.of(group) + "-link-" + n);
    }

    /** A person's membership of a group, when the membership has a role. */
    public IRI membership(IRI group, String personId) {
        return Values.iri(group.stringValue() + "#membership-" + Slugs.of(personId));
    }

    /** The dataset as a whole, as its VoID description names it. */
    public IRI dataset() {
        return Values.iri(base + "dataset");
    }

    /** The named graph of a source. */
    public IRI graph(String source) {
        return Values.iri(base + "graph/" + Slugs.of(source));
    }

    /** The conversion activity that produced a source graph. */
    public IRI conversion(IRI graph) {
        return Values.iri(graph.stringValue() + "#conversion");
    }

    private IRI resource(String kind, String id) {
        return Values.iri(base + "id/" + kind + "/" + Slugs.of(id));
    }

    private static String checkBase(String base) {
        try {
            URI uri = new URI(base);
            if (!uri.isAbsolute() || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    || uri.getRawQuery() != null || uri.getRawFragment() != null || !base.endsWith("/")) {
                throw new KgConfigException("base IRI '" + base
                        + "' must be an absolute http(s) IRI ending in '/', e.g. https://kg.example.org/");
            }
            return base;
        } catch (URISyntaxException e) {
            throw new KgConfigException("base IRI '" + base + "' is not an IRI: " + e.getMessage());
        }
    }
}
