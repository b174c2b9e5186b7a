package org.scholarkg.rdf;

import java.util.List;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.vocabulary.RDFS;
import org.scholarkg.rdf.vocab.SchemaOrg;
import org.scholarkg.rdf.vocab.Skg;
import org.scholarkg.record.LinkRecord;

/** Emits the links a source shows for a resource, as {@code skg:Link} nodes, shared by the converters. */
final class LinkStatements {

    private LinkStatements() {
    }

    static void emit(TripleSink sink, Iris iris, IRI subject, List<LinkRecord> links) {
        emit(sink, iris, subject, null, links);
    }

    /** Links numbered within a group ({@code #group-link-N}), e.g. those a second source adds. */
    static void emit(TripleSink sink, Iris iris, IRI subject, String group, List<LinkRecord> links) {
        int n = 1;
        for (LinkRecord link : links) {
            IRI node = group == null ? iris.link(subject, n++) : iris.link(subject, group, n++);
            sink.add(subject, Skg.HAS_LINK, node);
            sink.types(node, Skg.LINK);
            sink.text(node, Skg.LINK_KIND, link.kind());
            sink.text(node, RDFS.LABEL, link.label());
            sink.iri(node, SchemaOrg.URL, link.url());
        }
    }
}
