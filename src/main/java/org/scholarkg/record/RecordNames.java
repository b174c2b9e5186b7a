package org.scholarkg.record;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Names the record a JSON Pointer falls in, for messages: {@code paper 'ma-2024-canonicalization'}. */
final class RecordNames {

    private static final Map<String, String> KINDS = Map.of(
            "papers", "paper", "people", "person", "organizations", "organization",
            "areas", "area", "venues", "venue", "group", "group", "source", "source");

    private RecordNames() {
    }

    /** The record containing the pointer, or "" for the file's top level. */
    static String describe(JsonNode root, String pointer) {
        String[] parts = pointer.split("/");
        if (parts.length < 2) {
            return "";
        }
        String kind = KINDS.get(parts[1]);
        if (kind == null) {
            return "";
        }
        JsonNode record = root.get(parts[1]);
        String position = "";
        if (record != null && record.isArray()) {
            if (parts.length < 3 || !parts[2].chars().allMatch(Character::isDigit)) {
                return "";
            }
            int index = Integer.parseInt(parts[2]);
            record = record.get(index);
            position = " #" + (index + 1);
        }
        if (record != null && record.isObject() && record.get("id") != null && record.get("id").isString()) {
            return kind + " '" + record.get("id").stringValue() + "'";
        }
        return kind + position;
    }
}
