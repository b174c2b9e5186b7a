package org.scholarkg.record;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.scholarkg.InputProblem;
import org.scholarkg.record.OrganizationRecord.OrganizationType;
import org.scholarkg.record.VenueRecord.VenueKind;
import tools.jackson.databind.JsonNode;

/**
 * Binds a schema-valid {@link LocatedTree} to a {@link RecordFile}. Values the schema cannot check
 * (dates that do not exist) are reported as problems with their location.
 */
final class RecordBinder {

    private final LocatedTree tree;
    private final List<InputProblem> problems;

    RecordBinder(LocatedTree tree, List<InputProblem> problems) {
        this.tree = tree;
        this.problems = problems;
    }

    RecordFile bind(String sourceName, Instant lastModified) {
        JsonNode root = tree.root();
        JsonNode source = root.path("source");
        SourceInfo info = new SourceInfo(tree.file(), sourceName, text(source, "title"), text(source, "url"),
                lastModified);
        GroupRecord group = root.has("group") ? group(root.get("group")) : null;
        return new RecordFile(info,
                list(root, "/organizations", this::organization),
                list(root, "/areas", (n, p) -> new AreaRecord(text(n, "id"), text(n, "name"))),
                list(root, "/venues", this::venue),
                group,
                list(root, "/people", this::person),
                list(root, "/papers", this::paper));
    }

    private OrganizationRecord organization(JsonNode n, String pointer) {
        String type = text(n, "type");
        return new OrganizationRecord(text(n, "id"), text(n, "name"), text(n, "alternateName"),
                type == null ? OrganizationType.ORGANIZATION : OrganizationType.fromLabel(type),
                text(n, "ror"), text(n, "homepage"), texts(n, "parent"));
    }

    private VenueRecord venue(JsonNode n, String pointer) {
        JsonNode edition = n.get("edition");
        return new VenueRecord(text(n, "id"), VenueKind.valueOf(text(n, "kind").toUpperCase(java.util.Locale.ROOT)),
                text(n, "name"), text(n, "acronym"), edition == null ? null : edition.intValue(),
                text(n, "series"), text(n, "place"), date(n, pointer, "start"), date(n, pointer, "end"),
                text(n, "issn"));
    }

    private GroupRecord group(JsonNode n) {
        return new GroupRecord(text(n, "id"), text(n, "name"), texts(n, "parent"), text(n, "pi"),
                texts(n, "members"), texts(n, "areas"), text(n, "homepage"), text(n, "description"),
                links(n.get("links")));
    }

    private PersonRecord person(JsonNode n, String pointer) {
        return new PersonRecord(text(n, "id"), text(n, "name"), text(n, "givenName"), text(n, "familyName"),
                text(n, "honorificPrefix"), text(n, "role"), text(n, "jobTitle"), texts(n, "affiliation"),
                texts(n, "aliases"), text(n, "orcid"), text(n, "dblp"), text(n, "wikidata"), texts(n, "areas"),
                text(n, "homepage"), text(n, "description"), links(n.get("links")));
    }

    private PaperRecord paper(JsonNode n, String pointer) {
        List<AuthorRef> authors = new ArrayList<>();
        for (JsonNode a : n.path("authors")) {
            authors.add(a.isString() ? new AuthorRef(a.stringValue(), null)
                    : new AuthorRef(text(a, "name"), text(a, "person")));
        }
        JsonNode status = n.get("status");
        List<String> statuses = status == null ? List.of()
                : status.isString() ? List.of(status.stringValue()) : texts(n, "status");
        JsonNode ids = n.get("ids");
        PaperIds paperIds = ids == null ? PaperIds.NONE
                : new PaperIds(text(ids, "doi"), text(ids, "arxiv"), text(ids, "handle"));
        String type = text(n, "type");
        return new PaperRecord(text(n, "id"), text(n, "title"),
                type == null ? PaperType.OTHER : PaperType.fromLabel(type), authors, text(n, "venue"),
                text(n, "volume"), text(n, "issue"), text(n, "pages"), date(n, pointer, "date"), statuses,
                text(n, "abstract"), paperIds, links(n.get("links")));
    }

    private List<LinkRecord> links(JsonNode n) {
        List<LinkRecord> links = new ArrayList<>();
        if (n != null) {
            for (JsonNode link : n) {
                links.add(new LinkRecord(text(link, "kind"), text(link, "label"), text(link, "url")));
            }
        }
        return links;
    }

    private PartialDate date(JsonNode n, String pointer, String field) {
        JsonNode value = n.get(field);
        if (value == null) {
            return null;
        }
        String at = pointer + "/" + field;
        try {
            return PartialDate.parse(value.isNumber() ? Long.toString(value.longValue()) : value.stringValue());
        } catch (IllegalArgumentException e) {
            problems.add(new InputProblem(tree.locate(at), RecordNames.describe(tree.root(), at),
                    field + ": " + e.getMessage()));
            return null;
        }
    }

    private <T> List<T> list(JsonNode root, String pointer, BiFunction<JsonNode, String, T> bind) {
        List<T> out = new ArrayList<>();
        JsonNode array = root.at(pointer);
        for (int i = 0; i < array.size(); i++) {
            out.add(bind.apply(array.get(i), pointer + "/" + i));
        }
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode value = n == null ? null : n.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isString() ? value.stringValue() : value.toString();
    }

    private static List<String> texts(JsonNode n, String field) {
        List<String> out = new ArrayList<>();
        JsonNode array = n.get(field);
        if (array != null) {
            for (JsonNode item : array) {
                out.add(item.stringValue());
            }
        }
        return out;
    }
}
