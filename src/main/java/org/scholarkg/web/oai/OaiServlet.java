package org.scholarkg.web.oai;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.scholarkg.web.ld.GraphReader;

/**
 * {@code /oai}: the OAI-PMH 2.0 data provider (GET and form POST), always answering {@code text/xml},
 * whatever the client's {@code Accept}, with list pages of {@value #PAGE_SIZE} records and resumption tokens
 * that carry {@code completeListSize} and {@code cursor}.
 */
public final class OaiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** Records or headers per list page. */
    public static final int PAGE_SIZE = 100;
    private static final String OAI = "http://www.openarchives.org/OAI/2.0/";
    private static final String OAI_DC = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private final transient OaiRepository repository;
    private final transient GraphReader reader;
    private final String adminEmail;
    private final int pageSize;

    public OaiServlet(GraphReader reader, String adminEmail) {
        this(reader, adminEmail, PAGE_SIZE);
    }

    /** A provider with another page size (tests use small pages). */
    public OaiServlet(GraphReader reader, String adminEmail, int pageSize) {
        this.reader = reader;
        this.repository = new OaiRepository(reader);
        this.adminEmail = adminEmail;
        this.pageSize = pageSize;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String base = req.getRequestURL().toString();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(body, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(OAI);
            xml.writeStartElement(OAI, "OAI-PMH");
            xml.writeDefaultNamespace(OAI);
            xml.writeNamespace("xsi", XSI);
            xml.writeAttribute(XSI, "schemaLocation", OAI + " http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd");
            element(xml, "responseDate", stamp(Instant.now()));
            OaiRequest request;
            try {
                request = OaiRequest.parse(req.getParameterMap());
            } catch (OaiError e) {
                // badVerb and badArgument echo the request without attributes.
                element(xml, "request", base);
                error(xml, e);
                finish(xml, resp, body);
                return;
            }
            xml.writeStartElement(OAI, "request");
            for (Map.Entry<String, String> a : new java.util.TreeMap<>(request.arguments()).entrySet()) {
                xml.writeAttribute(a.getKey(), a.getValue());
            }
            xml.writeAttribute("verb", request.verb());
            xml.writeCharacters(base);
            xml.writeEndElement();
            try {
                reader.read(() -> {
                    try {
                        answer(xml, request, base);
                    } catch (OaiError | XMLStreamException e) {
                        throw new Wrapped(e);
                    }
                    return null;
                });
            } catch (Wrapped w) {
                if (w.getCause() instanceof OaiError e) {
                    // Nothing of the verb's element was written: errors are found before output starts.
                    error(xml, e);
                } else {
                    throw (XMLStreamException) w.getCause();
                }
            }
            finish(xml, resp, body);
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        doGet(req, resp);
    }

    private void answer(XMLStreamWriter xml, OaiRequest r, String base) throws OaiError, XMLStreamException {
        switch (r.verb()) {
            case "Identify" -> identify(xml, base);
            case "ListMetadataFormats" -> metadataFormats(xml, r);
            case "ListSets" -> sets(xml, r);
            case "GetRecord" -> getRecord(xml, r);
            default -> list(xml, r);
        }
    }

    private void identify(XMLStreamWriter xml, String base) throws XMLStreamException {
        xml.writeStartElement(OAI, "Identify");
        element(xml, "repositoryName", "ScholarKG");
        element(xml, "baseURL", base);
        element(xml, "protocolVersion", "2.0");
        element(xml, "adminEmail", adminEmail);
        element(xml, "earliestDatestamp", stamp(repository.earliestDatestamp()));
        element(xml, "deletedRecord", "no");
        element(xml, "granularity", "YYYY-MM-DDThh:mm:ssZ");
        xml.writeEndElement();
    }

    private void metadataFormats(XMLStreamWriter xml, OaiRequest r) throws OaiError, XMLStreamException {
        if (r.identifier() != null) {
            paper(r.identifier());
        }
        xml.writeStartElement(OAI, "ListMetadataFormats");
        xml.writeStartElement(OAI, "metadataFormat");
        element(xml, "metadataPrefix", "oai_dc");
        element(xml, "schema", "http://www.openarchives.org/OAI/2.0/oai_dc.xsd");
        element(xml, "metadataNamespace", OAI_DC);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void sets(XMLStreamWriter xml, OaiRequest r) throws OaiError, XMLStreamException {
        if (r.resumptionToken() != null) {
            throw new OaiError("badResumptionToken", "ListSets answers in one page; no token applies");
        }
        Map<String, String> sets = repository.sets();
        xml.writeStartElement(OAI, "ListSets");
        for (Map.Entry<String, String> s : sets.entrySet()) {
            xml.writeStartElement(OAI, "set");
            element(xml, "setSpec", s.getKey());
            element(xml, "setName", s.getValue());
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private void getRecord(XMLStreamWriter xml, OaiRequest r) throws OaiError, XMLStreamException {
        format(r.metadataPrefix());
        OaiRepository.Header header = paper(r.identifier());
        xml.writeStartElement(OAI, "GetRecord");
        record(xml, header);
        xml.writeEndElement();
    }

    private void list(XMLStreamWriter xml, OaiRequest r) throws OaiError, XMLStreamException {
        boolean records = r.verb().equals("ListRecords");
        String version = stamp(repository.earliestDatestamp()) + "/" + repository.count(null, null, null);
        ResumptionToken state = r.resumptionToken() != null ? ResumptionToken.decode(r.resumptionToken())
                : new ResumptionToken(r.metadataPrefix(), r.set(), r.from(), r.until(), 0, version);
        if (!version.equals(state.version())) {
            throw new OaiError("badResumptionToken", "the repository changed since this token was issued; start again");
        }
        format(state.metadataPrefix());
        if (state.set() != null && !repository.setExists(state.set())) {
            throw new OaiError("noRecordsMatch", "there is no set '" + state.set() + "'");
        }
        int total = repository.count(state.set(), state.from(), state.until());
        if (total == 0) {
            throw new OaiError("noRecordsMatch", "no records match these arguments");
        }
        if (state.offset() >= total) {
            throw new OaiError("badResumptionToken", "the token points past the end of the list");
        }
        List<OaiRepository.Header> page = repository.headers(state.set(), state.from(), state.until(), state.offset(),
                pageSize);
        xml.writeStartElement(OAI, r.verb());
        for (OaiRepository.Header h : page) {
            if (records) {
                record(xml, h);
            } else {
                header(xml, h);
            }
        }
        int next = state.offset() + page.size();
        if (next < total || state.offset() > 0) {
            xml.writeStartElement(OAI, "resumptionToken");
            xml.writeAttribute("completeListSize", Integer.toString(total));
            xml.writeAttribute("cursor", Integer.toString(state.offset()));
            if (next < total) {
                xml.writeCharacters(new ResumptionToken(state.metadataPrefix(), state.set(), state.from(), state.until(),
                        next, version).encode());
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private void record(XMLStreamWriter xml, OaiRepository.Header h) throws XMLStreamException {
        xml.writeStartElement(OAI, "record");
        header(xml, h);
        xml.writeStartElement(OAI, "metadata");
        xml.writeStartElement("oai_dc", "dc", OAI_DC);
        xml.writeNamespace("oai_dc", OAI_DC);
        xml.writeNamespace("dc", DC);
        xml.writeAttribute(XSI, "schemaLocation", OAI_DC + " http://www.openarchives.org/OAI/2.0/oai_dc.xsd");
        for (Map.Entry<String, List<String>> e : repository.dublinCore(h.paper()).elements().entrySet()) {
            for (String value : e.getValue()) {
                xml.writeStartElement("dc", e.getKey(), DC);
                xml.writeCharacters(value);
                xml.writeEndElement();
            }
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void header(XMLStreamWriter xml, OaiRepository.Header h) throws XMLStreamException {
        xml.writeStartElement(OAI, "header");
        element(xml, "identifier", h.identifier());
        element(xml, "datestamp", stamp(h.datestamp()));
        for (String set : h.sets()) {
            element(xml, "setSpec", set);
        }
        xml.writeEndElement();
    }

    private OaiRepository.Header paper(String identifier) throws OaiError {
        String paper = repository.paperOf(identifier);
        OaiRepository.Header header = paper == null ? null : repository.header(paper);
        if (header == null) {
            throw new OaiError("idDoesNotExist", "no item has the identifier '" + identifier + "'");
        }
        return header;
    }

    private static void format(String metadataPrefix) throws OaiError {
        if (!"oai_dc".equals(metadataPrefix)) {
            throw new OaiError("cannotDisseminateFormat", "only oai_dc is offered, not '" + metadataPrefix + "'");
        }
    }

    private static void error(XMLStreamWriter xml, OaiError e) throws XMLStreamException {
        xml.writeStartElement(OAI, "error");
        xml.writeAttribute("code", e.code());
        xml.writeCharacters(e.getMessage());
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(OAI, name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static String stamp(Instant t) {
        return t.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static void finish(XMLStreamWriter xml, HttpServletResponse resp, ByteArrayOutputStream body)
            throws XMLStreamException, IOException {
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        resp.setContentType("text/xml; charset=utf-8");
        resp.setContentLength(body.size());
        body.writeTo(resp.getOutputStream());
    }

    /** Carries a checked exception out of a read transaction. */
    private static final class Wrapped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Wrapped(Exception cause) {
            super(cause);
        }
    }
}
