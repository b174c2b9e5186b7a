package org.scholarkg.web.pages;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.scholarkg.rdf.Iris;

/** Turns IRIs into what a page shows: a label and a link (local path for our own IRIs). */
final class Links {

    private static final String[] LABEL_PROPERTIES = {"http://schema.org/name",
        "http://www.w3.org/2004/02/skos/core#prefLabel", "http://www.w3.org/2000/01/rdf-schema#label"};

    private final Iris iris;

    Links(Iris iris) {
        this.iris = iris;
    }

    /** The local path of one of our IRIs ({@code /id/person/x}), or the IRI itself. */
    String href(String iri) {
        return iri.startsWith(iris.base() + "id/") ? "/" + iri.substring(iris.base().length()) : iri;
    }

    /** A node's label from the model: its name, preferred label or label; else its IRI or text. */
    static String label(Model model, RDFNode node) {
        if (node.isLiteral()) {
            return node.asLiteral().getLexicalForm();
        }
        if (node.isResource()) {
            Resource r = node.asResource();
            for (String p : LABEL_PROPERTIES) {
                Statement st = model.getResource(r.getURI() == null ? "" : r.getURI())
                        .getProperty(model.createProperty(p));
                if (st != null && st.getObject().isLiteral()) {
                    return st.getString();
                }
            }
            return r.getURI() == null ? "(blank node)" : r.getURI();
        }
        return node.toString();
    }

    /** {text, href} for a value. */
    Map<String, Object> value(Model model, RDFNode node) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("text", label(model, node));
        v.put("last", false);
        if (node.isURIResource()) {
            String uri = node.asResource().getURI();
            if (!uri.contains("#") || !uri.startsWith(iris.base())) {
                v.put("link", href(uri));
            }
        }
        return v;
    }
}
