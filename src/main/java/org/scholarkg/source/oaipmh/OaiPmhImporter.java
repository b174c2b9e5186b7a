package org.scholarkg.source.oaipmh;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.scholarkg.InputLocation;
import org.scholarkg.InputProblem;
import org.scholarkg.KgInputException;
import org.scholarkg.record.RecordFile;
import org.scholarkg.source.ImportResult;
import org.scholarkg.source.Importer;
import org.scholarkg.source.InputFiles;
import org.scholarkg.source.SafeXml;

/**
 * Reads an OAI-PMH 2.0 response (ListRecords or GetRecord) with simple Dublin Core ({@code oai_dc}) metadata
 * into paper records. A harvester reads each page with {@link #parse(InputStream, String)} and follows
 * {@link OaiPage#resumption()}; {@link #read(Path)} reads one saved response and ignores its token.
 *
 * <pre>{@code
 * ImportResult result = new OaiPmhImporter().read(Path.of("ListRecords.xml"));
 *
 * OaiPage page = new OaiPmhImporter().parse(httpResponseBody, requestUrl);
 * while (page.resumption().hasMore()) { ... }
 * }</pre>
 *
 * <p>The response is read with StAX, a record at a time, with DTDs and entities refused (no external entity
 * is fetched, none expanded): a response with a {@code <!DOCTYPE>} is an input error.
 *
 * <p>Decisions the format leaves open, made here:
 * <ul>
 *   <li>authors are the {@code dc:creator}s in order, printed as the repository writes them ("Edwards, A.R."
 *       stays so: Dublin Core has no name syntax, and reordering would break names of organizations);
 *       repeated names stay repeated; a record without creators takes its {@code dc:contributor}s, where
 *       early DSpace put the authors;</li>
 *   <li>the date is the earliest {@code dc:date}, as precise as written (a time stamp gives its day;
 *       "January 2004" its month); a {@code dc:date} that is no date is reported and ignored;</li>
 *   <li>{@code dc:identifier}s give the DOI ({@code doi:} or doi.org forms), the handle ({@code hdl:} or
 *       hdl.handle.net forms; else a {@code hdl:} OAI identifier) and the arXiv id; other web addresses are
 *       links; citations and ISBNs in {@code dc:identifier} are not used;</li>
 *   <li>the first {@code dc:type} that clearly names a type gives it (Article, Book, Book chapter, Thesis,
 *       Preprint, Technical Report, Working Paper as a report, info:eu-repo and doc-type vocabularies); else
 *       other;</li>
 *   <li>the first {@code dc:title} is the title; all {@code dc:description}s, a blank line apart, the
 *       abstract; text is kept as sent, mojibake included;</li>
 *   <li>paper ids are the OAI identifiers as slugs ({@code hdl-1765-315}), made unique;</li>
 *   <li>deleted records are skipped; a record without title, creator or date, or with metadata that is not
 *       oai_dc, is left out and reported;</li>
 *   <li>{@code noRecordsMatch} is an empty answer; any other OAI error is an input error naming its code;
 *       Identify, ListSets, ListIdentifiers and ListMetadataFormats responses hold no records and are input
 *       errors.</li>
 * </ul>
 */
public final class OaiPmhImporter implements Importer {

    @Override
    public ImportResult read(Path file) {
        String name = InputFiles.display(file);
        OaiPage page = parse(InputFiles.open(file), name);
        String url = page.baseUrl() != null && page.baseUrl().matches("^https?://\\S+$") ? page.baseUrl() : null;
        String title = "OAI-PMH " + (page.verb() == null ? "response" : page.verb())
                + (page.baseUrl() == null ? "" : " from " + page.baseUrl());
        RecordFile records = new RecordFile(InputFiles.sourceInfo(file, title, url), List.of(), List.of(), List.of(),
                null, List.of(), page.papers());
        return new ImportResult(records, page.unplaced());
    }

    /**
     * Reads one response and closes the stream.
     *
     * @param name names the response in messages (a file name or the request URL)
     * @throws KgInputException when the response is not well-formed, has a DOCTYPE, is not an OAI-PMH
     *     response, answers a verb that returns no records, or carries an OAI error other than
     *     {@code noRecordsMatch}
     */
    public OaiPage parse(InputStream in, String name) {
        try (in) {
            return new OaiPmhParser(SafeXml.open(in, name), name).parse();
        } catch (XMLStreamException e) {
            throw SafeXml.problem(e, name);
        } catch (IOException e) {
            throw new KgInputException(new InputProblem(InputLocation.of(name), "", "cannot read: " + e.getMessage()));
        }
    }
}
