package org.scholarkg.web.ld;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;

/**
 * FAIR signposting (https://signposting.org) for a resource: a short {@code Link} header (cite-as,
 * describedby for each RDF format, type, license, the first authors, linkset) and the full linkset as
 * {@code application/linkset+json} (RFC 9264).
 */
public final class Signposting {

    /** Authors named in the header at most; the linkset names them all. */
    static final int HEADER_AUTHORS = 10;
    private static final String SCHEMA = "http://schema.org/";

    private final String license;

    /** @param license the IRI of the data's license */
    public Signposting(String license) {
        this.license = license;
    }

    /** The links of a resource, relation by relation. */
    private Map<String, List<String[]>> links(ResourcePath path, String iri, Model description) {
        Map<String, List<String[]>> links = new LinkedHashMap<>();
        add(links, "cite-as", iri, null);
        for (DocumentFormat f : DocumentFormat.values()) {
            if (f.isRdf()) {
                add(links, "describedby", path.docPath(f), f.mediaType());
            }
        }
        Resource r = description.createResource(iri);
        for (Statement st : r.listProperties(RDF.type).toList()) {
            String type = st.getObject().isURIResource() ? st.getObject().asResource().getURI() : null;
            if (type != null && type.startsWith(SCHEMA)) {
                // Signposting names schema.org types by their https IRIs.
                add(links, "type", "https://schema.org/" + type.substring(SCHEMA.length()), null);
            }
        }
        if ("paper".equals(path.kind())) {
            List<String> authors = Authors.inOrder(description, iri);
            authors.forEach(a -> add(links, "author", a, null));
        }
        add(links, "license", license, null);
        return links;
    }

    /** The value of the {@code Link} header. */
    public String header(ResourcePath path, String iri, Model description) {
        List<String> parts = new ArrayList<>();
        links(path, iri, description).forEach((rel, targets) -> {
            int n = 0;
            for (String[] t : targets) {
                if ("author".equals(rel) && n++ >= HEADER_AUTHORS) {
                    break;
                }
                parts.add("<" + t[0] + ">; rel=\"" + rel + "\"" + (t[1] == null ? "" : "; type=\"" + t[1] + "\""));
            }
        });
        parts.add("<" + linksetPath(path) + ">; rel=\"linkset\"; type=\"application/linkset+json\"");
        return String.join(", ", parts);
    }

    /** The linkset document. */
    public String linkset(ResourcePath path, String iri, Model description) {
        StringBuilder json = new StringBuilder("{\"linkset\":[{\"anchor\":").append(quote(iri));
        links(path, iri, description).forEach((rel, targets) -> {
            json.append(',').append(quote(rel)).append(":[");
            for (int i = 0; i < targets.size(); i++) {
                json.append(i == 0 ? "" : ",").append("{\"href\":").append(quote(targets.get(i)[0]));
                if (targets.get(i)[1] != null) {
                    json.append(",\"type\":").append(quote(targets.get(i)[1]));
                }
                json.append('}');
            }
            json.append(']');
        });
        return json.append("}]}").toString();
    }

    /** Where a resource's linkset is served. */
    public static String linksetPath(ResourcePath path) {
        return "/linkset/" + path.kind() + "/" + path.slug();
    }

    private static void add(Map<String, List<String[]>> links, String rel, String href, String type) {
        links.computeIfAbsent(rel, r -> new ArrayList<>()).add(new String[] {href, type});
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '<' -> sb.append("\\u003c");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
