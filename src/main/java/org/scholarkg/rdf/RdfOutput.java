package org.scholarkg.rdf;

import java.io.Writer;
import org.eclipse.rdf4j.model.Namespace;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.WriterConfig;
import org.eclipse.rdf4j.rio.helpers.BasicWriterSettings;
import org.eclipse.rdf4j.rio.jsonld.JSONLDMode;
import org.eclipse.rdf4j.rio.jsonld.JSONLDSettings;

/**
 * Rio writers set up the ScholarKG way: the project's prefixes declared, Turtle and TriG pretty and
 * streamed, JSON-LD compacted with an embedded context (no remote context to fetch).
 */
public final class RdfOutput {

    private RdfOutput() {
    }

    /**
     * A writer that has been started ({@code startRDF} called, prefixes declared); the caller ends it.
     */
    public static RDFWriter start(RdfFormat format, Writer out, Iris iris) {
        RDFWriter writer = Rio.createWriter(format.rio(), out);
        WriterConfig config = writer.getWriterConfig();
        // Streaming: a pretty writer that buffers the whole graph would defeat convert's memory bound.
        config.set(BasicWriterSettings.PRETTY_PRINT, true);
        config.set(BasicWriterSettings.INLINE_BLANK_NODES, false);
        if (format == RdfFormat.JSONLD) {
            config.set(JSONLDSettings.JSONLD_MODE, JSONLDMode.COMPACT);
            config.set(JSONLDSettings.COMPACT_ARRAYS, true);
            config.set(JSONLDSettings.USE_NATIVE_TYPES, false);
        }
        writer.startRDF();
        for (Namespace ns : Prefixes.forBase(iris)) {
            writer.handleNamespace(ns.getPrefix(), ns.getName());
        }
        return writer;
    }
}
