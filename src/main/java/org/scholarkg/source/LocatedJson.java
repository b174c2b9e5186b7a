package org.scholarkg.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.scholarkg.InputLocation;
import org.scholarkg.InputProblem;
import org.scholarkg.KgInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JSON document read with Jackson as a tree, with the line and column where each object and array
 * starts, so that importers can say where an item they cannot use is.
 *
 * <pre>{@code
 * LocatedJson json = LocatedJson.read(InputFiles.open(file), "items.json");
 * for (JsonNode item : json.root()) {
 *     InputLocation where = json.locate(item);   // or json.locateItem(json.root(), i)
 * }
 * }</pre>
 */
public final class LocatedJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final String file;
    private final JsonNode root;
    private final Map<JsonNode, InputLocation> starts;
    private final Map<JsonNode, List<InputLocation>> itemStarts;

    private LocatedJson(String file, JsonNode root, Map<JsonNode, InputLocation> starts,
            Map<JsonNode, List<InputLocation>> itemStarts) {
        this.file = file;
        this.root = root;
        this.starts = starts;
        this.itemStarts = itemStarts;
    }

    /**
     * Reads a document and closes the stream.
     *
     * @throws KgInputException when the input is not one well-formed JSON value
     */
    public static LocatedJson read(InputStream in, String file) {
        Map<JsonNode, InputLocation> starts = new IdentityHashMap<>();
        Map<JsonNode, List<InputLocation>> itemStarts = new IdentityHashMap<>();
        try (in; JsonParser parser = MAPPER.createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new KgInputException(new InputProblem(InputLocation.of(file), "", "the file is empty"));
            }
            JsonNode root = new Builder(parser, file, starts, itemStarts).value(first);
            if (parser.nextToken() != null) {
                throw new KgInputException(new InputProblem(at(file, parser.currentTokenLocation()), "",
                        "malformed JSON: more content after the document"));
            }
            return new LocatedJson(file, root, starts, itemStarts);
        } catch (JacksonException e) {
            TokenStreamLocation where = e.getLocation();
            throw new KgInputException(new InputProblem(where == null ? InputLocation.of(file) : at(file, where), "",
                    "malformed JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new KgInputException(new InputProblem(InputLocation.of(file), "", "cannot read: " + e.getMessage()));
        }
    }

    /** The file as messages name it. */
    public String file() {
        return file;
    }

    /** The document. */
    public JsonNode root() {
        return root;
    }

    /** Where an object or array of this document starts; the file for anything else. */
    public InputLocation locate(JsonNode node) {
        InputLocation at = starts.get(node);
        return at != null ? at : InputLocation.of(file);
    }

    /**
     * Where the item at {@code index} of an array of this document starts, whatever its kind (scalars too);
     * the file when there is no such item.
     */
    public InputLocation locateItem(JsonNode array, int index) {
        List<InputLocation> items = itemStarts.get(array);
        return items != null && index >= 0 && index < items.size() ? items.get(index) : InputLocation.of(file);
    }

    private static InputLocation at(String file, TokenStreamLocation location) {
        return new InputLocation(file, Math.max(location.getLineNr(), 0), Math.max(location.getColumnNr(), 0));
    }

    /** Builds the tree token by token, noting where each container starts. */
    private static final class Builder {
        private final JsonParser parser;
        private final String file;
        private final Map<JsonNode, InputLocation> starts;
        private final Map<JsonNode, List<InputLocation>> itemStarts;
        private final JsonNodeFactory factory = JsonNodeFactory.instance;

        Builder(JsonParser parser, String file, Map<JsonNode, InputLocation> starts,
                Map<JsonNode, List<InputLocation>> itemStarts) {
            this.parser = parser;
            this.file = file;
            this.starts = starts;
            this.itemStarts = itemStarts;
        }

        JsonNode value(JsonToken token) {
            InputLocation here = at(file, parser.currentTokenLocation());
            switch (token) {
                case START_OBJECT -> {
                    ObjectNode object = factory.objectNode();
                    starts.put(object, here);
                    for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                        String name = parser.currentName();
                        JsonNode v = value(parser.nextToken());
                        // The first of repeated names wins, as it does for most JSON readers' users.
                        if (!object.has(name)) {
                            object.set(name, v);
                        }
                    }
                    return object;
                }
                case START_ARRAY -> {
                    ArrayNode array = factory.arrayNode();
                    starts.put(array, here);
                    List<InputLocation> items = new ArrayList<>();
                    itemStarts.put(array, items);
                    for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                        // Scalars may be shared instances, so items are located by position, not identity.
                        items.add(at(file, parser.currentTokenLocation()));
                        array.add(value(t));
                    }
                    return array;
                }
                case VALUE_STRING -> {
                    return factory.stringNode(parser.getString());
                }
                case VALUE_NUMBER_INT -> {
                    String digits = parser.getText();
                    return digits.length() < 18 ? factory.numberNode(Long.parseLong(digits)) : factory.stringNode(digits);
                }
                case VALUE_NUMBER_FLOAT -> {
                    // Kept as written: "2301.01230" must not lose its last zero.
                    return factory.stringNode(parser.getText());
                }
                case VALUE_TRUE, VALUE_FALSE -> {
                    return factory.booleanNode(token == JsonToken.VALUE_TRUE);
                }
                case VALUE_NULL -> {
                    return factory.nullNode();
                }
                default -> throw new KgInputException(new InputProblem(here, "", "unexpected JSON token " + token));
            }
        }
    }
}
