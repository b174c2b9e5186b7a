package org.scholarkg.web.ld;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;

/** The authors of a paper in printed order, read from its description's authorship nodes. */
public final class Authors {

    private static final String SKG = "https://w3id.org/scholarkg/ns#";

    private Authors() {
    }

    /** One author position: the printed name and the person's IRI. */
    public record Author(int position, String printedName, String person) {
    }

    /** The authorships of a paper, by position. */
    public static List<Author> of(Model description, String paper) {
        TreeMap<Integer, Author> byPosition = new TreeMap<>();
        Resource p = description.createResource(paper);
        for (Statement st : p.listProperties(description.createProperty(SKG, "authorship")).toList()) {
            Resource a = st.getResource();
            Statement pos = a.getProperty(description.createProperty(SKG, "position"));
            Statement name = a.getProperty(description.createProperty(SKG, "printedName"));
            Statement person = a.getProperty(description.createProperty(SKG, "person"));
            if (pos != null && name != null && person != null) {
                byPosition.put(pos.getInt(), new Author(pos.getInt(), name.getString(), person.getResource().getURI()));
            }
        }
        return new ArrayList<>(byPosition.values());
    }

    /** The persons' IRIs in printed order. */
    public static List<String> inOrder(Model description, String paper) {
        return of(description, paper).stream().map(Author::person).toList();
    }
}
