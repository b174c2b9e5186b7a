package org.scholarkg.record;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.scholarkg.InputLocation;
import org.scholarkg.InputProblem;
import tools.jackson.databind.JsonNode;

/**
 * Checks what spans records and files: ids unique per kind, and every reference naming a record of the
 * right kind. Fed one file at a time ({@link #collect}, then {@link #check}); references forward to later
 * files are settled by {@link #finish()}.
 */
final class ReferenceCheck {

    /** Kinds two files may both define, when they define them alike (the same venue met by two imports). */
    private static final java.util.Set<String> SHAREABLE = java.util.Set.of("venue", "organization", "area");

    private final Map<String, Map<String, InputLocation>> ids = new HashMap<>();
    private final Map<String, JsonNode> definitions = new HashMap<>();
    private final Map<String, String> venueKinds = new HashMap<>();
    private final List<InputProblem> problems;
    // Per id not yet defined, its first reference: papers of one group refer to people of groups read later
    // hundreds of thousands of times, but to a few thousand people.
    private final Map<String, Pending> pending = new java.util.LinkedHashMap<>();
    private final List<Pending> pendingSeries = new java.util.ArrayList<>();

    /** The first reference to an id no file read so far defines, and how many more there are. */
    private static final class Pending {
        final String kind;
        final String id;
        final InputLocation where;
        final String record;
        int more;

        Pending(String kind, String id, InputLocation where, String record) {
            this.kind = kind;
            this.id = id;
            this.where = where;
            this.record = record;
        }
    }

    ReferenceCheck(List<InputProblem> problems) {
        this.problems = problems;
    }

    /** Collects the ids of a file, reporting duplicates. */
    void collect(LocatedTree tree) {
        JsonNode root = tree.root();
        collectList(tree, "organizations", "organization");
        collectList(tree, "areas", "area");
        collectList(tree, "venues", "venue");
        collectList(tree, "people", "person");
        // Paper ids are checked by the RecordIndex, which keeps them compactly; nothing refers to a paper.
        if (root.has("group")) {
            define(tree, "group", "/group", root.get("group").path("id").stringValue());
        }
        JsonNode venues = root.path("venues");
        for (JsonNode v : venues) {
            venueKinds.put(v.path("id").stringValue(), v.path("kind").stringValue());
        }
    }

    /**
     * Checks the references of one file against the ids collected so far (this file's included); a
     * reference to an id not yet seen waits for {@link #finish()}, as a later file may define it.
     */
    void check(LocatedTree tree) {
        refs(tree, "/group/parent", "organization");
        ref(tree, "/group/pi", "person");
        refs(tree, "/group/members", "person");
        refs(tree, "/group/areas", "area");
        JsonNode root = tree.root();
        eachItem(root, "people", i -> {
            refs(tree, "/people/" + i + "/affiliation", "organization");
            refs(tree, "/people/" + i + "/areas", "area");
        });
        eachItem(root, "organizations", i -> refs(tree, "/organizations/" + i + "/parent", "organization"));
        eachItem(root, "venues", i -> {
            String at = "/venues/" + i + "/series";
            if (ref(tree, at, "venue")) {
                checkSeries(tree.locate(at), RecordNames.describe(root, at), root.at(at).stringValue());
            }
        });
        eachItem(root, "papers", i -> {
            ref(tree, "/papers/" + i + "/venue", "venue");
            JsonNode authors = root.at("/papers/" + i + "/authors");
            for (int a = 0; a < authors.size(); a++) {
                ref(tree, "/papers/" + i + "/authors/" + a + "/person", "person");
            }
        });
    }

    /** Reports the references that no file defined. */
    void finish() {
        for (Pending p : pending.values()) {
            if (!ids.getOrDefault(p.kind, Map.of()).containsKey(p.id)) {
                problems.add(new InputProblem(p.where, p.record, "refers to " + p.kind + " '" + p.id
                        + "', which is not defined" + (p.more == 0 ? "" : " (and so do " + p.more + " more references)")));
            }
        }
        for (Pending p : pendingSeries) {
            if (ids.getOrDefault(p.kind, Map.of()).containsKey(p.id)) {
                checkSeries(p.where, p.record, p.id);
            }
        }
        pending.clear();
        pendingSeries.clear();
    }

    private void checkSeries(InputLocation where, String record, String id) {
        if (!"series".equals(venueKinds.get(id))) {
            problems.add(new InputProblem(where, record,
                    "series '" + id + "' is a venue of kind " + venueKinds.get(id) + ", not a series"));
        }
    }

    private void collectList(LocatedTree tree, String field, String kind) {
        eachItem(tree.root(), field, i -> {
            String at = "/" + field + "/" + i;
            define(tree, kind, at, tree.root().at(at + "/id").stringValue());
        });
    }

    private void define(LocatedTree tree, String kind, String pointer, String id) {
        if (id == null) {
            return;
        }
        Map<String, InputLocation> ofKind = ids.computeIfAbsent(kind, k -> new HashMap<>());
        InputLocation here = tree.locate(pointer + "/id");
        InputLocation first = ofKind.putIfAbsent(id, here);
        JsonNode node = tree.root().at(pointer);
        // Only shareable kinds are compared whole; keeping other definitions would keep every tree.
        JsonNode earlier = SHAREABLE.contains(kind) ? definitions.putIfAbsent(kind + "/" + id, node) : null;
        if (first != null && SHAREABLE.contains(kind) && node.equals(earlier) && !first.file().equals(here.file())) {
            return;
        }
        if (first != null) {
            problems.add(new InputProblem(here, kind + " '" + id + "'",
                    "duplicate id: " + kind + " '" + id + "' is already defined at " + first));
        }
    }

    private void refs(LocatedTree tree, String pointer, String kind) {
        JsonNode list = tree.root().at(pointer);
        for (int i = 0; i < list.size(); i++) {
            ref(tree, pointer + "/" + i, kind);
        }
    }

    private boolean ref(LocatedTree tree, String pointer, String kind) {
        JsonNode value = tree.root().at(pointer);
        if (value.isMissingNode() || !value.isString()) {
            return false;
        }
        String id = value.stringValue();
        if (!ids.getOrDefault(kind, Map.of()).containsKey(id)) {
            Pending first = pending.get(kind + "/" + id);
            if (first != null) {
                first.more++;
            } else {
                first = new Pending(kind, id, tree.locate(pointer), RecordNames.describe(tree.root(), pointer));
                pending.put(kind + "/" + id, first);
            }
            if (pointer.endsWith("/series")) {
                pendingSeries.add(new Pending(kind, id, tree.locate(pointer), RecordNames.describe(tree.root(), pointer)));
            }
            return false;
        }
        return true;
    }

    private static void eachItem(JsonNode root, String field, java.util.function.IntConsumer action) {
        JsonNode list = root.path(field);
        for (int i = 0; i < list.size(); i++) {
            action.accept(i);
        }
    }
}
