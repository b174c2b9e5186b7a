package org.scholarkg.source.bibtex;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.scholarkg.InputLocation;
import org.scholarkg.InputProblem;
import org.scholarkg.record.PaperRecord;
import org.scholarkg.record.RecordFile;
import org.scholarkg.source.ImportResult;
import org.scholarkg.source.Importer;
import org.scholarkg.source.InputFiles;

/**
 * Reads a BibTeX file (a group's or a person's publication list) into paper records.
 *
 * <pre>{@code
 * ImportResult result = new BibtexImporter().read(Path.of("papers.bib"));
 * result.records().papers();   // one paper per entry
 * result.unplaced();           // entries left out, with key and line
 * }</pre>
 *
 * <p>The parser is this package's own ({@link BibtexParser}, {@link TexText}), not jbibtex 1.0.20: on the
 * real lists it was tried on, jbibtex keeps one entry per key (the files repeat keys, so entries were lost),
 * stops at a stray backslash between entries, gives no line numbers, and its LaTeX printer fails on
 * {@code ~}. BibTeX itself reads anything between entries as a comment, which this parser does too.
 *
 * <p>Decisions the format leaves open, made here:
 * <ul>
 *   <li>paper ids are the entry keys as slugs, made unique with "-2", "-3" (files repeat keys, and every
 *       entry is kept);</li>
 *   <li>authors are printed names in natural order, "First Last": "Jegelka, S." becomes "S. Jegelka",
 *       "Stefanie Jegelka" stays; {@code and others} is left out; no person records are made, so authors
 *       resolve to people only by name or alias ({@link BibtexNames});</li>
 *   <li>types: {@code article} is a journal article (a preprint when its journal is "arXiv ..."),
 *       {@code inproceedings}/{@code conference} a conference paper, {@code incollection}/{@code inbook} a
 *       chapter, {@code book}/{@code proceedings} a book, {@code phdthesis}/{@code mastersthesis} a thesis,
 *       {@code techreport} a report, {@code misc} (and {@code unpublished}, {@code online}) a preprint when
 *       it has an arXiv id, a patent when its note, publisher or type says "patent", else other; unknown
 *       types are other, with a warning;</li>
 *   <li>venues: an article's {@code journal} is a journal, a conference paper's {@code booktitle} a
 *       conference (also for workshops: BibTeX does not tell them apart); a chapter's {@code booktitle} is not
 *       a venue, as records have no kind for books;</li>
 *   <li>books and proceedings without {@code author} take their {@code editor}s as authors;</li>
 *   <li>the date is biblatex's {@code date}, else {@code year} with {@code month} (a name, a macro, a number,
 *       or a name and a day, as in {@code jan # "~24"});</li>
 *   <li>arXiv ids come from {@code eprint} (unless {@code archivePrefix} names another archive),
 *       {@code arxiv}, {@code url} or {@code pdf} (al-folio's field) URLs, or an "arXiv:..." journal; DOIs
 *       from {@code doi} or a doi.org {@code url}; {@code url}, {@code pdf} and {@code code} become links;</li>
 *   <li>an entry without title, author (or editor) or a readable date is left out and reported with its key
 *       and line; a bad DOI or URL is left out of its entry, which stays;</li>
 *   <li>{@code crossref} inheritance is not followed.</li>
 * </ul>
 */
public final class BibtexImporter implements Importer {

    @Override
    public ImportResult read(Path file) {
        String name = InputFiles.display(file);
        BibtexParser.Result parsed = new BibtexParser(InputFiles.readText(file), name).parse();
        List<InputProblem> unplaced = new ArrayList<>(parsed.problems());
        BibtexPapers mapping = new BibtexPapers(name, unplaced);
        List<PaperRecord> papers = new ArrayList<>();
        for (BibtexEntry entry : parsed.entries()) {
            if (!BibtexPapers.knownType(entry.type())) {
                unplaced.add(new InputProblem(new InputLocation(name, entry.line(), entry.column()),
                        "entry '" + entry.key() + "'", "unknown entry type @" + entry.type() + "; imported as other"));
            }
            mapping.paper(entry).ifPresent(papers::add);
        }
        unplaced.sort(java.util.Comparator.comparingInt((InputProblem p) -> p.location().line())
                .thenComparingInt(p -> p.location().column()));
        RecordFile records = new RecordFile(
                InputFiles.sourceInfo(file, "BibTeX file " + file.getFileName(), null),
                List.of(), List.of(), mapping.venues(), null, List.of(), papers);
        return new ImportResult(records, unplaced);
    }
}
