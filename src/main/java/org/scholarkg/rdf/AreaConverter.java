package org.scholarkg.rdf;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.model.vocabulary.SKOS;
import org.eclipse.rdf4j.rio.RDFHandler;
import org.scholarkg.record.AreaRecord;

/** Research areas to statements: SKOS concepts in one concept scheme, {@code {base}id/area}. */
public final class AreaConverter {

    /** The label of the concept scheme. */
    public static final String SCHEME_LABEL = "Research areas";

    private final Iris iris;

    public AreaConverter(Iris iris) {
        this.iris = iris;
    }

    /** The concept scheme itself; emitted once per source graph that has areas. */
    public void convertScheme(RDFHandler out) {
        TripleSink sink = new TripleSink(out);
        IRI scheme = iris.areaScheme();
        sink.types(scheme, SKOS.CONCEPT_SCHEME);
        sink.add(scheme, SKOS.PREF_LABEL, Values.literal(SCHEME_LABEL));
    }

    public void convert(AreaRecord area, RDFHandler out) {
        TripleSink sink = new TripleSink(out);
        IRI s = iris.area(area.id());
        sink.types(s, SKOS.CONCEPT);
        sink.text(s, SKOS.PREF_LABEL, area.name());
        sink.add(s, SKOS.IN_SCHEME, iris.areaScheme());
        sink.add(iris.areaScheme(), SKOS.HAS_TOP_CONCEPT, s);
    }
}
