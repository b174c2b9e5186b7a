package org.scholarkg.rdf;

import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.rio.RDFHandler;
import org.scholarkg.rdf.vocab.SchemaOrg;
import org.scholarkg.record.PaperRecord;
import org.scholarkg.record.RecordFile;
import org.scholarkg.record.RecordIndex;
import org.scholarkg.record.Records;
import org.scholarkg.record.SourceInfo;

/**
 * Record files ({@link Records}) to statements, each source's statements in the source's named graph
 * ({@code {base}graph/{source}}), which triple formats drop and quad formats keep.
 *
 * <pre>{@code
 * RDFHandler out = RdfOutput.writer(RdfFormat.TURTLE, System.out);
 * out.startRDF();
 * new RecordSetConverter(new Iris(Iris.DEFAULT_BASE)).convert(records, out);
 * out.endRDF();
 * }</pre>
 */
public final class RecordSetConverter {

    private final Iris iris;

    public RecordSetConverter(Iris iris) {
        this.iris = iris;
    }

    /** Emits every file, each into its own graph, one file's records in memory at a time. */
    public void convert(Records records, RDFHandler out) {
        for (int i = 0; i < records.sources().size(); i++) {
            convert(records.index(), records.file(i), out);
        }
    }

    /** Emits one file into its graph; {@code records} resolves references to other files. */
    public void convert(RecordIndex records, RecordFile file, RDFHandler out) {
        SourceInfo source = file.source();
        RDFHandler graph = new NamedGraphHandler(iris.graph(source.name()), out);
        new SourceConverter(iris).convert(source, graph);
        OrganizationConverter organizations = new OrganizationConverter(iris);
        file.organizations().forEach(o -> organizations.convert(o, graph));
        AreaConverter areas = new AreaConverter(iris);
        if (!file.areas().isEmpty()) {
            areas.convertScheme(graph);
        }
        file.areas().forEach(a -> areas.convert(a, graph));
        VenueConverter venues = new VenueConverter(iris);
        file.venues().forEach(v -> venues.convert(v, graph));
        if (file.group() != null) {
            new GroupConverter(iris, records).convert(file.group(), graph);
        }
        PersonConverter people = new PersonConverter(iris);
        file.people().forEach(p -> people.convert(p, graph));
        PaperConverter papers = new PaperConverter(iris, records);
        TripleSink sink = new TripleSink(graph);
        IRI group = file.group() == null ? null : iris.group(file.group().id());
        for (PaperRecord paper : file.papers()) {
            if (group != null) {
                // The group lists the paper among its publications.
                sink.add(iris.paper(records.paperIdentity().canonicalId(paper.id())), SchemaOrg.SOURCE_ORGANIZATION,
                        group);
            }
            papers.convert(paper, graph);
        }
    }
}
