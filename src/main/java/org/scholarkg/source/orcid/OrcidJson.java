package org.scholarkg.source.orcid;

import java.util.ArrayList;
import java.util.List;
import org.scholarkg.InputProblem;
import org.scholarkg.KgInputException;
import org.scholarkg.source.LocatedJson;
import tools.jackson.databind.JsonNode;

/**
 * Reads an ORCID API v3.0 JSON document (record, person, works, work, work summary, activities summary or
 * bulk) into an {@link OrcidDocument}. ORCID writes most strings as {@code {"value": ...}} and some plainly;
 * both are read.
 */
final class OrcidJson {

    private OrcidJson() {
    }

    static OrcidDocument read(LocatedJson json) {
        JsonNode root = json.root();
        if (!root.isObject()) {
            throw new KgInputException(new InputProblem(json.locate(root), "", "not an ORCID document: expected a JSON object"));
        }
        String owner = OrcidIds.fromPath(value(root.get("path")));
        OrcidDocument.Person person = null;
        List<OrcidDocument.Work> works = new ArrayList<>();
        if (root.has("orcid-identifier") || root.has("activities-summary")) {
            // Checked as the paths are: what is not an iD would make an orcid the records refuse.
            String identifier = OrcidIds.fromPath(value(root.path("orcid-identifier").get("path")));
            if (identifier != null) {
                owner = identifier;
            }
            if (root.get("person") != null && root.get("person").isObject()) {
                person = person(root.get("person"), json);
            }
            summaries(root.path("activities-summary").get("works"), json, works);
        } else if (root.has("bulk")) {
            for (JsonNode item : root.path("bulk")) {
                if (item.has("work")) {
                    works.add(work(item.get("work"), json));
                }
            }
        } else if (root.has("group")) {
            summaries(root, json, works);
        } else if (root.has("works") && root.get("works").isObject()) {
            summaries(root.get("works"), json, works);
        } else if (root.has("title") && root.has("type")) {
            works.add(work(root, json));
        } else if (root.has("name") || root.has("other-names")) {
            person = person(root, json);
        } else {
            throw new KgInputException(new InputProblem(json.locate(root), "",
                    "not an ORCID record, person, works or work document"));
        }
        return new OrcidDocument(owner != null ? owner : OrcidIds.ownerOfWorks(works), person, works);
    }

    private static void summaries(JsonNode worksNode, LocatedJson json, List<OrcidDocument.Work> works) {
        if (worksNode == null) {
            return;
        }
        for (JsonNode group : worksNode.path("group")) {
            JsonNode summary = group.path("work-summary").path(0);
            if (summary.isObject()) {
                works.add(work(summary, json));
            }
        }
    }

    private static OrcidDocument.Person person(JsonNode p, LocatedJson json) {
        JsonNode name = p.path("name");
        List<String> others = new ArrayList<>();
        for (JsonNode o : p.path("other-names").path("other-name")) {
            String content = value(o.get("content"));
            if (content != null) {
                others.add(content);
            }
        }
        List<OrcidDocument.NamedUrl> urls = new ArrayList<>();
        for (JsonNode u : p.path("researcher-urls").path("researcher-url")) {
            urls.add(new OrcidDocument.NamedUrl(value(u.get("url-name")), value(u.get("url"))));
        }
        return new OrcidDocument.Person(value(name.get("given-names")), value(name.get("family-name")),
                value(name.get("credit-name")), others, value(p.path("biography").get("content")), urls, json.locate(p));
    }

    private static OrcidDocument.Work work(JsonNode w, LocatedJson json) {
        List<OrcidDocument.ExternalId> ids = new ArrayList<>();
        for (JsonNode id : w.path("external-ids").path("external-id")) {
            ids.add(new OrcidDocument.ExternalId(value(id.get("external-id-type")), value(id.get("external-id-value")),
                    value(id.get("external-id-url")), value(id.get("external-id-relationship"))));
        }
        List<OrcidDocument.Contributor> contributors = new ArrayList<>();
        for (JsonNode c : w.path("contributors").path("contributor")) {
            contributors.add(new OrcidDocument.Contributor(value(c.get("credit-name")),
                    value(c.path("contributor-orcid").get("path")),
                    value(c.path("contributor-attributes").get("contributor-role"))));
        }
        JsonNode date = w.path("publication-date");
        JsonNode source = w.path("source");
        return new OrcidDocument.Work(value(w.get("put-code")), value(w.get("path")), value(w.path("title").get("title")),
                value(w.path("title").get("subtitle")), value(w.get("journal-title")), value(w.get("type")),
                value(date.get("year")), value(date.get("month")), value(date.get("day")), ids, value(w.get("url")),
                value(w.get("short-description")), contributors, value(source.path("source-orcid").get("path")),
                value(source.get("source-name")), json.locate(w));
    }

    /** A string written as {@code "x"}, {@code {"value": "x"}} or a number; null for null, blank or missing. */
    static String value(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return null;
        }
        if (n.isObject()) {
            return value(n.get("value"));
        }
        if (n.isArray()) {
            return null;
        }
        String t = n.asString().strip();
        return t.isEmpty() ? null : t;
    }
}
