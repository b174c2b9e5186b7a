package org.scholarkg.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.scholarkg.InputLocation;
import org.scholarkg.InputProblem;
import org.scholarkg.KgInputException;

/**
 * One XML element read whole from a StAX reader: name, attributes, its text (all text inside it, in
 * order), child elements and where it starts. Streaming readers use it for one record at a time; small
 * documents are read whole with {@link #readDocument}.
 *
 * <pre>{@code
 * XmlElement work = XmlElement.read(xml, "works.xml");  // the reader is at <work:work-summary>
 * String title = work.text("title", "title");
 * }</pre>
 */
public final class XmlElement {

    private static final int MAX_DEPTH = 128;

    private final String namespace;
    private final String name;
    private final Map<String, String> attributes;
    private final String text;
    private final List<XmlElement> children;
    private final InputLocation location;

    private XmlElement(String namespace, String name, Map<String, String> attributes, String text,
            List<XmlElement> children, InputLocation location) {
        this.namespace = namespace;
        this.name = name;
        this.attributes = attributes;
        this.text = text;
        this.children = children;
        this.location = location;
    }

    /**
     * Reads a whole document through {@link SafeXml}: DTDs and entities are refused.
     *
     * @throws KgInputException when the document is not well-formed, has a DOCTYPE or cannot be read
     */
    public static XmlElement readDocument(InputStream in, String file) {
        try (in) {
            XMLStreamReader xml = SafeXml.open(in, file);
            xml.nextTag();
            XmlElement root = read(xml, file);
            while (xml.hasNext()) {
                // Consumed to the end so that what follows the root (e.g. a second root) is an error too.
                xml.next();
            }
            return root;
        } catch (XMLStreamException e) {
            throw SafeXml.problem(e, file);
        } catch (IOException e) {
            throw new KgInputException(new InputProblem(InputLocation.of(file), "", "cannot read: " + e.getMessage()));
        }
    }

    /**
     * Reads the element the reader is at (a START_ELEMENT), leaving the reader at its END_ELEMENT.
     *
     * @param file names the input in locations
     */
    public static XmlElement read(XMLStreamReader xml, String file) throws XMLStreamException {
        return read(xml, file, 0);
    }

    private static XmlElement read(XMLStreamReader xml, String file, int depth) throws XMLStreamException {
        if (depth > MAX_DEPTH) {
            throw new XMLStreamException("elements nested deeper than " + MAX_DEPTH, xml.getLocation());
        }
        InputLocation at = new InputLocation(file, xml.getLocation().getLineNumber(),
                xml.getLocation().getColumnNumber());
        String ns = xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI();
        String local = xml.getLocalName();
        Map<String, String> attrs = new LinkedHashMap<>();
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            attrs.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
        }
        StringBuilder text = new StringBuilder();
        List<XmlElement> kids = new ArrayList<>();
        while (true) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    XmlElement child = read(xml, file, depth + 1);
                    kids.add(child);
                    text.append(child.text);
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(xml.getText());
                case XMLStreamConstants.END_ELEMENT -> {
                    return new XmlElement(ns, local, attrs, text.toString(), List.copyOf(kids), at);
                }
                default -> {
                    // comments and processing instructions carry no data
                }
            }
        }
    }

    /** The namespace URI, or "" for none. */
    public String namespace() {
        return namespace;
    }

    /** The local name. */
    public String name() {
        return name;
    }

    /** An attribute by local name, or null. */
    public String attribute(String localName) {
        return attributes.get(localName);
    }

    /** All text inside the element, in document order, as it is (white space included). */
    public String text() {
        return text;
    }

    /**
     * The stripped text of the element at a path of local names below this one (the first match at each
     * step), or null when there is none or it is blank.
     */
    public String text(String... path) {
        XmlElement e = path(path);
        if (e == null) {
            return null;
        }
        String t = e.text.strip();
        return t.isEmpty() ? null : t;
    }

    /** The child elements in order. */
    public List<XmlElement> children() {
        return children;
    }

    /** The child elements with this local name, in order. */
    public List<XmlElement> children(String localName) {
        return children.stream().filter(c -> c.name.equals(localName)).toList();
    }

    /** The first child with this local name, or null. */
    public XmlElement child(String localName) {
        for (XmlElement c : children) {
            if (c.name.equals(localName)) {
                return c;
            }
        }
        return null;
    }

    /** The element at a path of local names below this one (the first match at each step), or null. */
    public XmlElement path(String... names) {
        XmlElement e = this;
        for (String n : names) {
            e = e.child(n);
            if (e == null) {
                return null;
            }
        }
        return e;
    }

    /** Where the element's start tag is (the parser reports the position after it). */
    public InputLocation location() {
        return location;
    }
}
