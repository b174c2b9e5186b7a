package org.scholarkg.source.orcid;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.scholarkg.InputProblem;
import org.scholarkg.KgInputException;
import org.scholarkg.source.XmlElement;

/**
 * Reads an ORCID API v3.0 XML document (record, person, works, work, work summary, activities summary or
 * bulk) into an {@link OrcidDocument}. XML is read through {@code SafeXml}: DTDs and entities are refused.
 */
final class OrcidXml {

    private static final String NAMESPACE = "http://www.orcid.org/ns/";

    private OrcidXml() {
    }

    static OrcidDocument read(InputStream in, String file) {
        XmlElement root = XmlElement.readDocument(in, file);
        if (!root.namespace().startsWith(NAMESPACE)) {
            throw new KgInputException(new InputProblem(root.location(), "",
                    "not an ORCID document: the root element is {" + root.namespace() + "}" + root.name()));
        }
        String owner = OrcidIds.fromPath(root.attribute("path"));
        OrcidDocument.Person person = null;
        List<OrcidDocument.Work> works = new ArrayList<>();
        switch (root.name()) {
            case "record" -> {
                // Checked as the paths are: what is not an iD would make an orcid the records refuse.
                String identifier = OrcidIds.fromPath(root.text("orcid-identifier", "path"));
                if (identifier != null) {
                    owner = identifier;
                }
                XmlElement p = root.child("person");
                person = p == null ? null : person(p);
                XmlElement activities = root.child("activities-summary");
                if (activities != null) {
                    summaries(activities.child("works"), works);
                }
            }
            case "person" -> person = person(root);
            case "activities-summary" -> summaries(root.child("works"), works);
            case "works" -> summaries(root, works);
            case "work", "work-summary" -> works.add(work(root));
            case "bulk" -> root.children("work").forEach(w -> works.add(work(w)));
            default -> throw new KgInputException(new InputProblem(root.location(), "",
                    "an ORCID '" + root.name() + "' document holds no person or works"));
        }
        if (owner == null && root.child("person") != null) {
            owner = OrcidIds.fromPath(root.child("person").attribute("path"));
        }
        return new OrcidDocument(owner != null ? owner : OrcidIds.ownerOfWorks(works), person, works);
    }

    /** One work per group: the group's first summary (the groups gather one work's versions from several sources). */
    private static void summaries(XmlElement worksElement, List<OrcidDocument.Work> works) {
        if (worksElement == null) {
            return;
        }
        for (XmlElement group : worksElement.children("group")) {
            XmlElement summary = group.child("work-summary");
            if (summary != null) {
                works.add(work(summary));
            }
        }
    }

    private static OrcidDocument.Person person(XmlElement p) {
        XmlElement name = p.child("name");
        List<String> others = new ArrayList<>();
        XmlElement otherNames = p.child("other-names");
        if (otherNames != null) {
            for (XmlElement o : otherNames.children("other-name")) {
                String content = o.text("content");
                if (content != null) {
                    others.add(content);
                }
            }
        }
        List<OrcidDocument.NamedUrl> urls = new ArrayList<>();
        XmlElement researcherUrls = p.child("researcher-urls");
        if (researcherUrls != null) {
            for (XmlElement u : researcherUrls.children("researcher-url")) {
                urls.add(new OrcidDocument.NamedUrl(u.text("url-name"), u.text("url")));
            }
        }
        return new OrcidDocument.Person(name == null ? null : name.text("given-names"),
                name == null ? null : name.text("family-name"), name == null ? null : name.text("credit-name"),
                others, p.text("biography", "content"), urls, p.location());
    }

    private static OrcidDocument.Work work(XmlElement w) {
        List<OrcidDocument.ExternalId> ids = new ArrayList<>();
        XmlElement externalIds = w.child("external-ids");
        if (externalIds != null) {
            for (XmlElement id : externalIds.children("external-id")) {
                ids.add(new OrcidDocument.ExternalId(id.text("external-id-type"), id.text("external-id-value"),
                        id.text("external-id-url"), id.text("external-id-relationship")));
            }
        }
        List<OrcidDocument.Contributor> contributors = new ArrayList<>();
        XmlElement list = w.child("contributors");
        if (list != null) {
            for (XmlElement c : list.children("contributor")) {
                contributors.add(new OrcidDocument.Contributor(c.text("credit-name"), c.text("contributor-orcid", "path"),
                        c.text("contributor-attributes", "contributor-role")));
            }
        }
        XmlElement source = w.child("source");
        return new OrcidDocument.Work(w.attribute("put-code"), w.attribute("path"), w.text("title", "title"), w.text("title", "subtitle"),
                w.text("journal-title"), w.text("type"), w.text("publication-date", "year"),
                w.text("publication-date", "month"), w.text("publication-date", "day"), ids, w.text("url"),
                w.text("short-description"), contributors,
                source == null ? null : source.text("source-orcid", "path"),
                source == null ? null : source.text("source-name"), w.location());
    }
}
