package org.scholarkg.record;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
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
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A YAML or JSON document as a Jackson tree, with the line and column of every value and key, keyed by
 * JSON Pointer ({@code /papers/3/authors}).
 *
 * <p>YAML is composed with SnakeYAML Engine's core schema: no object construction (a tag such as
 * {@code !!java.lang.Runtime} only names a node, and its value stays text), at most {@value #MAX_ALIASES}
 * aliases, which may not expand the document beyond {@value #EXPANSION} values per code point, at most
 * {@value #MAX_CODE_POINTS} code points, at most {@value #MAX_DEPTH} levels of nesting, no duplicate keys.
 * JSON is read by the same parser (JSON is YAML 1.2). Plain scalars become numbers only when they are
 * integers; anything that looks like a float stays text.
 */
public final class LocatedTree {

    static final int MAX_ALIASES = 50;
    static final int MAX_CODE_POINTS = 32 * 1024 * 1024;
    static final int MAX_DEPTH = 64;
    /**
     * Values per code point of the document the tree may have. Without aliases a document holds at most about
     * one value per code point (even an empty value needs its key and colon), so only aliases that expand the
     * document to many times its size (a billion laughs under the alias limit) reach it.
     */
    static final int EXPANSION = 2;
    /**
     * Characters the YAML reader reads at a time. SnakeYAML Engine copies its window for every refill while a
     * token is read, so a long scalar costs its length squared over this; at the default (1024) a 5 MB
     * value takes seconds.
     */
    private static final int BUFFER = 1024 * 1024;

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
        return read(path, displayName, true);
    }

    /**
     * Reads a file, with or without the locations of its values: a file read again after it was checked
     * needs none, and skipping them saves a third of the conversion.
     */
    static LocatedTree read(Path path, String displayName, boolean withLocations) {
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return parse(reader, displayName, withLocations);
        } catch (IOException e) {
            throw new KgInputException(new InputProblem(InputLocation.of(displayName), "",
                    "cannot read: " + e.getMessage()));
        }
    }

    /** Parses text from a reader; {@code displayName} names it in messages. */
    public static LocatedTree parse(Reader reader, String displayName) {
        return parse(reader, displayName, true);
    }

    private static LocatedTree parse(Reader reader, String displayName, boolean withLocations) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(displayName)
                .setSchema(new CoreSchema())
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setCodePointLimit(MAX_CODE_POINTS)
                .setAllowRecursiveKeys(false)
                .setBufferSize(BUFFER)
                .build();
        Optional<Node> node;
        try {
            Parser events = new DepthLimit(new ParserImpl(settings, new StreamReader(settings, reader)), displayName);
            node = new Composer(settings, events).getSingleNode();
        } catch (MarkedYamlEngineException e) {
            InputLocation where = e.getProblemMark().map(m -> locate(displayName, m))
                    .orElse(InputLocation.of(displayName));
            throw new KgInputException(new InputProblem(where, "", "malformed YAML: " + e.getProblem()));
        } catch (YamlEngineException e) {
            // The reader's decoding error comes wrapped; say what it means.
            String message = e.getCause() instanceof CharacterCodingException ? "cannot read: the file is not UTF-8 text"
                    : "malformed YAML: " + e.getMessage();
            throw new KgInputException(new InputProblem(InputLocation.of(displayName), "", message));
        }
        if (node.isEmpty()) {
            throw new KgInputException(new InputProblem(InputLocation.of(displayName), "", "the file is empty"));
        }
        Map<String, InputLocation> values = withLocations ? new HashMap<>() : null;
        Map<String, InputLocation> keys = withLocations ? new HashMap<>() : null;
        int size = node.get().getEndMark().map(Mark::getIndex).orElse(MAX_CODE_POINTS);
        JsonNode root = new Converter(displayName, values, keys, EXPANSION * (long) size + 1).convert(node.get(), "", 0);
        return new LocatedTree(displayName, root, values == null ? Map.of() : values, keys == null ? Map.of() : keys);
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

    /**
     * Refuses nesting deeper than {@link #MAX_DEPTH} as the parser meets it: SnakeYAML's composer recurses
     * once per level, so ten thousand nested "[" would overflow the stack before the tree could be checked.
     */
    private static final class DepthLimit implements Parser {
        private final Parser parser;
        private final String file;
        private int depth;

        DepthLimit(Parser parser, String file) {
            this.parser = parser;
            this.file = file;
        }

        @Override
        public boolean checkEvent(Event.ID id) {
            return parser.checkEvent(id);
        }

        @Override
        public Event peekEvent() {
            return parser.peekEvent();
        }

        @Override
        public boolean hasNext() {
            return parser.hasNext();
        }

        @Override
        public Event next() {
            Event event = parser.next();
            switch (event.getEventId()) {
                case SequenceStart, MappingStart -> {
                    // The collection's depth is the number of collections it is in, as the converter counts.
                    if (depth > MAX_DEPTH) {
                        throw new KgInputException(new InputProblem(event.getStartMark().map(m -> locate(file, m))
                                .orElse(InputLocation.of(file)), "", "nesting deeper than " + MAX_DEPTH));
                    }
                    depth++;
                }
                case SequenceEnd, MappingEnd -> depth--;
                default -> {
                    // scalars, aliases, stream and document events do not nest
                }
            }
            return event;
        }
    }

    /**
     * Walks the composed nodes once, building the Jackson tree and, when it has maps for them, the locations
     * of values and keys by JSON Pointer (without maps, no pointer is built: {@code pointer} is null).
     */
    private static final class Converter {
        private final String file;
        private final Map<String, InputLocation> values;
        private final Map<String, InputLocation> keys;
        private final long maxValues;
        private final JsonNodeFactory factory = JsonNodeFactory.instance;
        private long converted;

        Converter(String file, Map<String, InputLocation> values, Map<String, InputLocation> keys, long maxValues) {
            this.file = file;
            this.values = values;
            this.keys = keys;
            this.maxValues = maxValues;
        }

        JsonNode convert(Node node, String pointer, int depth) {
            if (depth > MAX_DEPTH) {
                throw new KgInputException(new InputProblem(where(node), "", "nesting deeper than " + MAX_DEPTH));
            }
            if (++converted > maxValues) {
                // An alias is converted once per use: a few dozen of them, nested, are a billion values.
                throw new KgInputException(new InputProblem(where(node), "", "aliases expand the document to more "
                        + "than " + maxValues + " values (" + EXPANSION + " per character); the file is refused"));
            }
            if (values != null) {
                values.putIfAbsent(pointer, where(node));
            }
            if (node instanceof MappingNode mapping) {
                ObjectNode object = factory.objectNode();
                for (NodeTuple tuple : mapping.getValue()) {
                    Node keyNode = tuple.getKeyNode();
                    if (!(keyNode instanceof ScalarNode scalarKey)) {
                        throw new KgInputException(new InputProblem(where(keyNode), "", "a key must be a plain name"));
                    }
                    String key = scalarKey.getValue();
                    if (object.has(key)) {
                        throw new KgInputException(new InputProblem(where(keyNode), "", "duplicate key '" + key + "'"));
                    }
                    String child = null;
                    if (keys != null) {
                        child = pointer + "/" + escape(key);
                        keys.put(child, where(keyNode));
                    }
                    object.set(key, convert(tuple.getValueNode(), child, depth + 1));
                }
                return object;
            }
            if (node instanceof SequenceNode sequence) {
                ArrayNode array = factory.arrayNode();
                int i = 0;
                for (Node item : sequence.getValue()) {
                    array.add(convert(item, values == null ? null : pointer + "/" + i, depth + 1));
                    i++;
                }
                return array;
            }
            return scalar((ScalarNode) node);
        }

        private InputLocation where(Node node) {
            return node.getStartMark().map(m -> locate(file, m)).orElse(InputLocation.of(file));
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
