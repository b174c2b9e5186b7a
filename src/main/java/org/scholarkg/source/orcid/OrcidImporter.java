package org.scholarkg.source.orcid;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.scholarkg.InputLocation;
import org.scholarkg.InputProblem;
import org.scholarkg.KgInputException;
import org.scholarkg.record.PaperRecord;
import org.scholarkg.record.RecordFile;
import org.scholarkg.source.ImportResult;
import org.scholarkg.source.Importer;
import org.scholarkg.source.InputFiles;
import org.scholarkg.source.LocatedJson;

/**
 * Reads an ORCID API v3.0 document, XML or JSON, into the record holder (a person) and their works (papers).
 * It reads full records, person sections, works lists (summaries), single works and bulk works.
 *
 * <pre>{@code
 * ImportResult result = new OrcidImporter().read(Path.of("0000-0002-7319-2192.xml"));
 * result.records().people();  // the record holder, with their ORCID iD
 * result.records().papers();  // their works
 * }</pre>
 *
 * <p>XML is parsed with DTDs and entities refused (no external entity is fetched, none expanded): a document
 * with a {@code <!DOCTYPE>} is an input error.
 *
 * <p>Decisions the format leaves open, made here:
 * <ul>
 *   <li>the holder is a person whose id is the slug of their name ("given family"); their credit name and
 *       other names are aliases, their biography the description, their researcher URLs links; the
 *       {@code orcid} is {@code https://orcid.org/} and the iD (sandbox iDs too);</li>
 *   <li>a works list names its holder only by iD (in its {@code path}): the holder's name is then the source
 *       name of a work whose source is the holder, else the iD itself;</li>
 *   <li>works lists group the versions of a work from several sources: the group's first summary is the
 *       work;</li>
 *   <li>a work's authors are its contributors in order (editors and translators left out), the holder among
 *       them (by iD, or by name or alias) linked to their person; a work without contributors (summaries have
 *       none) has the holder as its one author, printed by credit name;</li>
 *   <li>the title is title and subtitle ("Title: Subtitle"); the journal title is a journal venue (a
 *       conference for conference papers); the short description is the abstract;</li>
 *   <li>only "self" external ids are the work's DOI, arXiv id and handle ("part-of" ids name a journal or
 *       book); one that is not valid is reported and left out;</li>
 *   <li>paper ids are the holder's iD and the work's put-code ({@code 0000-0002-7319-2192-work-178602}), else
 *       the DOI, else title and year;</li>
 *   <li>types: journal-article, conference-paper, book (and edited-book), book-chapter, dissertation(-thesis),
 *       preprint, report and working-paper, patent as their paper types; all others are "other";</li>
 *   <li>a work without title or publication year, or without any author, is left out and reported;
 *       affiliations, fundings, peer reviews and the like are not imported.</li>
 * </ul>
 */
public final class OrcidImporter implements Importer {

    /** How far ahead the first character of the document is looked for. */
    private static final int MARK = 8192;

    @Override
    public ImportResult read(Path file) {
        String name = InputFiles.display(file);
        OrcidDocument doc;
        try (InputStream in = new BufferedInputStream(InputFiles.open(file))) {
            doc = isXml(in) ? OrcidXml.read(in, name) : OrcidJson.read(LocatedJson.read(in, name));
        } catch (IOException e) {
            throw new KgInputException(new InputProblem(InputLocation.of(name), "", "cannot read: " + e.getMessage()));
        }
        List<InputProblem> unplaced = new ArrayList<>();
        OrcidRecords mapping = new OrcidRecords(doc, unplaced);
        List<PaperRecord> papers = new ArrayList<>();
        doc.works().forEach(w -> mapping.paper(w).ifPresent(papers::add));
        String title = "ORCID " + (doc.owner() != null ? "record " + doc.owner()
                : mapping.person().map(p -> "record of " + p.name()).orElse("works"));
        RecordFile records = new RecordFile(
                InputFiles.sourceInfo(file, title, doc.owner() == null ? null : OrcidIds.iri(doc.owner())),
                List.of(), List.of(), mapping.venues(), null, mapping.person().stream().toList(), papers);
        return new ImportResult(records, unplaced);
    }

    /** True when the first character that is not white space (or a byte order mark) is '<'. */
    private static boolean isXml(InputStream in) throws IOException {
        in.mark(MARK);
        try {
            int b;
            int read = 0;
            do {
                b = in.read();
                read++;
            } while (read < MARK && (b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == 0xEF || b == 0xBB || b == 0xBF));
            return b == '<';
        } finally {
            in.reset();
        }
    }
}
