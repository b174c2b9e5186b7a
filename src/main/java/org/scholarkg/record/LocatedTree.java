package org.scholarkg.record;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.scholarkg.InputLocation;
import org.scholarkg.InputProblem;
import org.scholarkg.KgInputException;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A YAML or JSON document as a Jackson tree, with the line and column of every value and key, keyed by
 * JSON Pointer ({@code /papers/3/authors}).
 *
 * <p>YAML is composed with SnakeYAML Engine's core schema: no object construction, at most
 * {@value #MAX_ALIASES} aliases, at most {@value #MAX_CODE_POINTS} code points, no duplicate keys.
 * JSON is read by the same parser (JSON is YAML 1.2). Plain scalars become numbers only when they are
 * integers; anything that looks like a float stays text.
 */
public final class LocatedTree {

    static final int MAX_ALIASES = 50;
    static final int MAX_CODE_POINTS = 32 * 1024 * 1024;

    private final String file;
    private final JsonNode root;
    private final Map<String, InputLocation> values;
    private final Map<String, InputLocation> keys;

    private LocatedTree(String file, JsonNode root, Map<String, InputLocation> values,
            Map<String, InputLocation> keys) {
        this.file = file;
        this.root = root;
        this.values = values;
        this.keys = keys;
    }

    /**
     * Reads a file.
     *
     * @param displayName the file as messages should name it
     * @throws KgInputException when the file is not well-formed YAML, has duplicate keys or is empty
     */
    public static LocatedTree read(Path path, String displayName) {
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return parse(reader, displayName);
        } catch (IOException e) {
            throw new KgInputException(new InputProblem(InputLocation.of(displayName), "",
                    "cannot read: " + e.getMessage()));
        }
    }

    /** Parses text from a reader; {@code displayName} names it in messages. */
    public static LocatedTree parse(Reader reader, String displayName) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(displayName)
                .setSchema(new CoreSchema())
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setCodePointLimit(MAX_CODE_POINTS)
                .setAllowRecursiveKeys(false)
                .build();
        Optional<Node> node;
        try {
            node = new Compose(settings).composeReader(reader);
        } catch (MarkedYamlEngineException e) {
            InputLocation where = e.getProblemMark().map(m -> locate(displayName, m))
                    .orElse(InputLocation.of(displayName));
            throw new KgInputException(new InputProblem(where, "", "malformed YAML: " + e.getProblem()));
        } catch (YamlEngineException e) {
            throw new KgInputException(new InputProblem(InputLocation.of(displayName), "",
                    "malformed YAML: " + e.getMessage()));
        }
        if (node.isEmpty()) {
            throw new KgInputException(new InputProblem(InputLocation.of(displayName), "", "the file is empty"));
        }
        Map<String, InputLocation> values = new HashMap<>();
        Map<String, InputLocation> keys = new HashMap<>();
        JsonNode root = new Converter(displayName, values, keys).convert(node.get(), "", 0);
        return new LocatedTree(displayName, root, values, keys);
    }

    /** The file as messages name it. */
    public String file() {
        return file;
    }

    /** The document. */
    public JsonNode root() {
        return root;
    }

    /**
     * Where the value at a JSON Pointer starts; falls back to the nearest enclosing value, then the file.
     */
    public InputLocation locate(String pointer) {
        String p = pointer;
        while (true) {
            InputLocation found = values.get(p);
            if (found != null) {
                return found;
            }
            if (p.isEmpty()) {
                return InputLocation.of(file);
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    /** Where the key of the member at a JSON Pointer starts, or where its value starts. */
    public InputLocation locateKey(String pointer) {
        InputLocation key = keys.get(pointer);
        return key != null ? key : locate(pointer);
    }

    /** Escapes one JSON Pointer reference token. */
    public static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private static InputLocation locate(String file, Mark mark) {
        return new InputLocation(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** Walks the composed nodes once, building the Jackson tree and the location maps. */
    private static final class Converter {
        private static final int MAX_DEPTH = 64;
        private final String file;
        private final Map<String, InputLocation> values;
        private final Map<String, InputLocation> keys;
        private final JsonNodeFactory factory = JsonNodeFactory.instance;

        Converter(String file, Map<String, InputLocation> values, Map<String, InputLocation> keys) {
            this.file = file;
            this.values = values;
            this.keys = keys;
        }

        JsonNode convert(Node node, String pointer, int depth) {
            InputLocation here = node.getStartMark().map(m -> locate(file, m)).orElse(InputLocation.of(file));
            if (depth > MAX_DEPTH) {
                throw new KgInputException(new InputProblem(here, "", "nesting deeper than " + MAX_DEPTH));
            }
            values.putIfAbsent(pointer, here);
            if (node instanceof MappingNode mapping) {
                ObjectNode object = factory.objectNode();
                for (NodeTuple tuple : mapping.getValue()) {
                    Node keyNode = tuple.getKeyNode();
                    InputLocation keyAt = keyNode.getStartMark().map(m -> locate(file, m)).orElse(here);
                    if (!(keyNode instanceof ScalarNode scalarKey)) {
                        throw new KgInputException(new InputProblem(keyAt, "", "a key must be a plain name"));
                    }
                    String key = scalarKey.getValue();
                    if (object.has(key)) {
                        throw new KgInputException(new InputProblem(keyAt, "", "duplicate key '" + key + "'"));
                    }
                    String child = pointer + "/" + escape(key);
                    keys.put(child, keyAt);
                    object.set(key, convert(tuple.getValueNode(), child, depth + 1));
                }
                return object;
            }
            if (node instanceof SequenceNode sequence) {
                ArrayNode array = factory.arrayNode();
                int i = 0;
                for (Node item : sequence.getValue()) {
                    array.add(convert(item, pointer + "/" + i, depth + 1));
                    i++;
                }
                return array;
            }
            return scalar((ScalarNode) node);
        }

        private JsonNode scalar(ScalarNode node) {
            String text = node.getValue();
            Tag tag = node.getTag();
            if (Tag.NULL.equals(tag)) {
                return factory.nullNode();
            }
            if (Tag.BOOL.equals(tag)) {
                return factory.booleanNode(Boolean.parseBoolean(text.toLowerCase(java.util.Locale.ROOT)));
            }
            if (Tag.INT.equals(tag)) {
                try {
                    return factory.numberNode(Long.parseLong(text));
                } catch (NumberFormatException e) {
                    return factory.stringNode(text);
                }
            }
            // No field is a float: "2301.01230" (an arXiv id) must keep its text, trailing zero included.
            return factory.stringNode(text);
        }
    }
}
