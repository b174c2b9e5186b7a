package org.scholarkg.source.oaipmh;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.scholarkg.InputLocation;
import org.scholarkg.InputProblem;
import org.scholarkg.KgInputException;
import org.scholarkg.record.PaperRecord;
import org.scholarkg.source.XmlElement;

/**
 * Reads one OAI-PMH 2.0 response with StAX, a record at a time: the request's verb and base URL, the
 * records of a ListRecords or GetRecord answer (deleted ones counted and skipped), the resumption token,
 * and OAI errors ({@code noRecordsMatch} is an empty answer; other codes are input errors naming the code).
 */
final class OaiPmhParser {

    static final String OAI = "http://www.openarchives.org/OAI/2.0/";
    private static final Set<String> RECORD_VERBS = Set.of("ListRecords", "GetRecord");
    private static final Set<String> OTHER_VERBS = Set.of("Identify", "ListSets", "ListIdentifiers",
            "ListMetadataFormats");

    private final XMLStreamReader xml;
    private final String file;
    private final OaiDcRecords dublinCore = new OaiDcRecords();
    private final List<PaperRecord> papers = new ArrayList<>();
    private final List<InputProblem> unplaced = new ArrayList<>();
    private final List<InputProblem> errors = new ArrayList<>();
    private String requestVerb;
    private String baseUrl;
    private String answerVerb;
    private InputLocation answerAt;
    private int deleted;
    private ResumptionToken resumption = ResumptionToken.NONE;

    OaiPmhParser(XMLStreamReader xml, String file) {
        this.xml = xml;
        this.file = file;
    }

    OaiPage parse() throws XMLStreamException {
        if (nextElement() != XMLStreamConstants.START_ELEMENT || !OAI.equals(xml.getNamespaceURI())
                || !"OAI-PMH".equals(xml.getLocalName())) {
            throw new KgInputException(new InputProblem(here(), "", "not an OAI-PMH 2.0 response: the root element is "
                    + (xml.isStartElement() ? "{" + (xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI()) + "}"
                    + xml.getLocalName() : "missing")));
        }
        while (nextElement() == XMLStreamConstants.START_ELEMENT) {
            String name = xml.getLocalName();
            if (!OAI.equals(xml.getNamespaceURI())) {
                skip();
            } else if (name.equals("request")) {
                requestVerb = xml.getAttributeValue(null, "verb");
                baseUrl = XmlElement.read(xml, file).text().strip();
            } else if (name.equals("error")) {
                InputLocation at = here();
                String code = xml.getAttributeValue(null, "code");
                String message = XmlElement.read(xml, file).text().replaceAll("\\s+", " ").strip();
                errors.add(new InputProblem(at, "", "OAI-PMH error " + (code == null ? "without code" : code)
                        + (message.isEmpty() ? "" : ": " + message)));
            } else if (RECORD_VERBS.contains(name) || OTHER_VERBS.contains(name)) {
                answerVerb = name;
                answerAt = here();
                if (RECORD_VERBS.contains(name)) {
                    records();
                } else {
                    skip();
                }
            } else {
                skip();
            }
        }
        while (xml.hasNext()) {
            // To the end, so that a document that is not well-formed after the answer is refused as well.
            xml.next();
        }
        return page();
    }

    private OaiPage page() {
        if (!errors.isEmpty()) {
            boolean onlyNoRecords = errors.stream().allMatch(e -> e.message().startsWith("OAI-PMH error noRecordsMatch"));
            if (onlyNoRecords) {
                return new OaiPage(requestVerb, baseUrl, List.of(), 0, List.of(), ResumptionToken.NONE);
            }
            throw new KgInputException(errors);
        }
        if (answerVerb == null) {
            throw new KgInputException(new InputProblem(InputLocation.of(file), "",
                    "the OAI-PMH response holds neither ListRecords nor GetRecord"));
        }
        if (!RECORD_VERBS.contains(answerVerb)) {
            throw new KgInputException(new InputProblem(answerAt, "", "an OAI-PMH " + answerVerb
                    + " response holds no records; import reads ListRecords and GetRecord responses"));
        }
        return new OaiPage(answerVerb, baseUrl, papers, deleted, unplaced, resumption);
    }

    /** The children of ListRecords or GetRecord: records, one at a time, and the resumption token. */
    private void records() throws XMLStreamException {
        while (nextElement() == XMLStreamConstants.START_ELEMENT) {
            String name = xml.getLocalName();
            if (name.equals("record")) {
                record(XmlElement.read(xml, file));
            } else if (name.equals("resumptionToken")) {
                String size = xml.getAttributeValue(null, "completeListSize");
                String cursor = xml.getAttributeValue(null, "cursor");
                String token = XmlElement.read(xml, file).text();
                resumption = new ResumptionToken(token, number(size), number(cursor));
            } else {
                skip();
            }
        }
    }

    private void record(XmlElement record) {
        XmlElement header = record.child("header");
        String identifier = header == null ? null : header.text("identifier");
        if (identifier == null) {
            unplaced.add(new InputProblem(record.location(), "", "a record without header identifier is left out"));
            return;
        }
        if ("deleted".equals(header.attribute("status"))) {
            deleted++;
            return;
        }
        XmlElement metadata = record.child("metadata");
        XmlElement dc = metadata == null || metadata.children().isEmpty() ? null : metadata.children().get(0);
        if (dc == null) {
            unplaced.add(new InputProblem(record.location(), "record '" + identifier + "'",
                    "no metadata; the record is left out"));
            return;
        }
        if (!OaiDcRecords.OAI_DC.equals(dc.namespace()) || !dc.name().equals("dc")) {
            unplaced.add(new InputProblem(dc.location(), "record '" + identifier + "'", "metadata is {" + dc.namespace()
                    + "}" + dc.name() + ", not oai_dc; the record is left out"));
            return;
        }
        dublinCore.paper(identifier, dc, record.location(), unplaced).ifPresent(papers::add);
    }

    /** Advances to the next start or end tag, passing over text, comments and processing instructions. */
    private int nextElement() throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT) {
                return event;
            }
        }
        return XMLStreamConstants.END_DOCUMENT;
    }

    /** Passes over the element the reader is at, to its end tag. */
    private void skip() throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private InputLocation here() {
        return new InputLocation(file, xml.getLocation().getLineNumber(), xml.getLocation().getColumnNumber());
    }

    private static Integer number(String text) {
        if (text == null || !text.strip().matches("\\d{1,9}")) {
            return null;
        }
        return Integer.parseInt(text.strip());
    }
}
