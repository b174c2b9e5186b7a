package org.scholarkg.source;

import java.io.InputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;
import org.scholarkg.InputLocation;
import org.scholarkg.InputProblem;
import org.scholarkg.KgInputException;

/**
 * StAX readers for outside XML that refuse DTDs and entities: no external entity is fetched (XXE), no
 * entity is expanded (billion laughs), and a document with a {@code <!DOCTYPE>} is an input error at the
 * DOCTYPE's line. XML errors become {@link KgInputException}s with file, line and column.
 *
 * <pre>{@code
 * try (InputStream in = InputFiles.open(file)) {
 *     XMLStreamReader xml = SafeXml.open(in, "response.xml");
 *     ...
 * } catch (XMLStreamException e) {
 *     throw SafeXml.problem(e, "response.xml");
 * }
 * }</pre>
 */
public final class SafeXml {

    /** How the JDK's parser prefixes its messages: "ParseError at [row,col]:[1,5]\nMessage: ...". */
    private static final Pattern JDK_PREFIX = Pattern.compile("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*");

    private SafeXml() {
    }

    /**
     * A reader over the stream; the XML declaration's encoding is honoured.
     *
     * @param file names the input in messages
     */
    public static XMLStreamReader open(InputStream in, String file) {
        // The JDK's own implementation, whatever else is on the class path: its behaviour with the two
        // properties below is the one the tests pin down.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        try {
            return new NoDoctype(factory.createXMLStreamReader(in));
        } catch (XMLStreamException e) {
            throw problem(e, file);
        }
    }

    /** The input error for an XML error, at the line and column the parser reports. */
    public static KgInputException problem(XMLStreamException e, String file) {
        Location at = e.getLocation();
        InputLocation where = at == null || at.getLineNumber() < 0 ? InputLocation.of(file)
                : new InputLocation(file, at.getLineNumber(), Math.max(at.getColumnNumber(), 0));
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        Matcher prefix = JDK_PREFIX.matcher(message);
        if (prefix.find()) {
            message = message.substring(prefix.end());
        }
        String kind = e instanceof Refused ? "refused XML: " : "malformed XML: ";
        return new KgInputException(new InputProblem(where, "", kind + message.strip()));
    }

    /** XML that is well-formed but uses what this reader refuses: a DOCTYPE, an entity. */
    private static final class Refused extends XMLStreamException {
        private static final long serialVersionUID = 1L;

        Refused(String message, Location location) {
            super(message, location);
        }
    }

    /** Fails on the DOCTYPE event, before any of its declarations could be used. */
    private static final class NoDoctype extends StreamReaderDelegate {

        NoDoctype(XMLStreamReader reader) {
            super(reader);
        }

        @Override
        public int next() throws XMLStreamException {
            int event = super.next();
            if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new Refused(event == XMLStreamConstants.DTD
                        ? "a DOCTYPE declaration is not allowed (DTDs and entities are refused)"
                        : "entity reference '" + getLocalName() + "' is not allowed (entities are refused)",
                        getLocation());
            }
            return event;
        }

        @Override
        public int nextTag() throws XMLStreamException {
            int event = next();
            while (event == XMLStreamConstants.CHARACTERS && isWhiteSpace()
                    || event == XMLStreamConstants.SPACE || event == XMLStreamConstants.COMMENT
                    || event == XMLStreamConstants.PROCESSING_INSTRUCTION) {
                event = next();
            }
            if (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_ELEMENT) {
                throw new XMLStreamException("expected a start or end tag", getLocation());
            }
            return event;
        }
    }
}
