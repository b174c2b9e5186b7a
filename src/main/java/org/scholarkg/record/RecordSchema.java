package org.scholarkg.record;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The JSON Schema of record files ({@code records.schema.json}, shipped in the jar), applied to a
 * {@link LocatedTree}. One instance checks files on several threads at once.
 */
public final class RecordSchema {

    /** The schema's resource name, next to this class. */
    public static final String RESOURCE = "records.schema.json";

    private final Schema schema;

    private RecordSchema(Schema schema) {
        this.schema = schema;
    }

    /** Loads the shipped schema. */
    public static RecordSchema load() {
        try (InputStream in = RecordSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
            Schema schema = registry.getSchema(in, InputFormat.JSON);
            // Validators are otherwise made lazily on first use; made now, one schema is safe to share
            // between the threads that check files side by side.
            schema.initializeValidators();
            return new RecordSchema(schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A schema violation: the JSON Pointer of the offending value and what is wrong, in plain words. */
    public record Violation(String pointer, String message, boolean atKey) {
    }

    /** The violations of one document, in document order; empty when it conforms. */
    public List<Violation> check(JsonNode document) {
        List<Violation> violations = new ArrayList<>();
        for (Error error : schema.validate(document)) {
            violations.add(describe(error));
        }
        violations.sort((a, b) -> a.pointer().compareTo(b.pointer()));
        return dropOneOfNoise(violations);
    }

    private static Violation describe(Error error) {
        String pointer = pointer(error.getInstanceLocation());
        String property = error.getProperty();
        return switch (error.getKeyword()) {
            case "required" -> new Violation(pointer, "missing required field '" + property + "'", false);
            case "additionalProperties" -> new Violation(pointer + "/" + LocatedTree.escape(property),
                    "unknown field '" + property + "'", true);
            case "minItems" -> new Violation(pointer, "list " + lastName(pointer) + " is empty", false);
            case "minLength" -> new Violation(pointer, lastName(pointer) + " is empty", false);
            case "enum" -> new Violation(pointer, lastName(pointer) + " must be one of "
                    + error.getSchemaNode().toString().replace("\"", "") + ", not " + error.getInstanceNode(), false);
            case "pattern" -> new Violation(pointer, lastName(pointer) + " " + error.getInstanceNode()
                    + " does not have the expected form " + error.getSchemaNode(), false);
            default -> new Violation(pointer, stripPath(error.getMessage()), false);
        };
    }

    /** {@code oneOf} reports each failed branch; keep one message per location. */
    private static List<Violation> dropOneOfNoise(List<Violation> sorted) {
        List<Violation> kept = new ArrayList<>();
        for (Violation v : sorted) {
            if (!kept.isEmpty() && kept.get(kept.size() - 1).pointer().equals(v.pointer())
                    && !kept.get(kept.size() - 1).atKey()) {
                continue;
            }
            kept.add(v);
        }
        return kept;
    }

    private static String lastName(String pointer) {
        String last = pointer.substring(pointer.lastIndexOf('/') + 1);
        return last.chars().allMatch(Character::isDigit) ? "item " + last : "'" + last + "'";
    }

    private static String stripPath(String message) {
        int colon = message.indexOf(": ");
        return colon > 0 && message.startsWith("$") ? message.substring(colon + 2) : message;
    }

    private static String pointer(NodePath path) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            sb.append('/').append(element instanceof Integer n ? n.toString() : LocatedTree.escape(element.toString()));
        }
        return sb.toString();
    }
}
