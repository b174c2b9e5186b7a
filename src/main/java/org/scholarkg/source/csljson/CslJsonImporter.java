package org.scholarkg.source.csljson;

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
import tools.jackson.databind.JsonNode;

/**
 * Reads CSL-JSON (the citation data of citeproc, Zotero, Manubot, and of Crossref and DataCite content
 * negotiation) into paper records: an array of items, or one item.
 *
 * <pre>{@code
 * ImportResult result = new CslJsonImporter().read(Path.of("references.json"));
 * }</pre>
 *
 * <p>Decisions the format leaves open, made here:
 * <ul>
 *   <li>paper ids are the items' {@code id}s as slugs (an id that is a DOI URL gives the DOI), made unique;
 *       an item without id takes its DOI, else its title and year;</li>
 *   <li>types: {@code article-journal} is a journal article, {@code paper-conference} a conference paper,
 *       {@code chapter} (and encyclopedia or dictionary entries) a chapter, {@code book}, {@code thesis},
 *       {@code report} and {@code patent} themselves, {@code article} (CSL 1.0.2's preprint) and
 *       {@code manuscript} a preprint when there is an arXiv id or the publisher is arXiv, everything else
 *       (web pages, blog posts, datasets, software, {@code document}) other;</li>
 *   <li>authors are printed "Given Family" (particles and suffix in place, a {@code literal} name as
 *       written); a book without authors takes its editors; no person records are made;</li>
 *   <li>{@code container-title} is a journal (with the item's ISSN) for journal, magazine and newspaper
 *       articles, and a conference for conference papers; other containers (a book, a blog) are not
 *       venues, as records have no kind for them;</li>
 *   <li>the date is {@code issued}, as precise as its {@code date-parts} (or ISO-like {@code raw} text);</li>
 *   <li>markup in titles and abstracts ({@code <jats:p>}, {@code <i>}) is removed, paragraphs kept;</li>
 *   <li>arXiv ids come from an arXiv DOI, an arxiv.org {@code URL}, or "arXiv:..." in {@code number} or
 *       {@code note}; {@code status} ("in press") is the paper's status; {@code URL} is a link;</li>
 *   <li>an item without title, author or a readable {@code issued} date is left out and reported with its
 *       position, id and line.</li>
 * </ul>
 */
public final class CslJsonImporter implements Importer {

    @Override
    public ImportResult read(Path file) {
        String name = InputFiles.display(file);
        LocatedJson json = LocatedJson.read(InputFiles.open(file), name);
        JsonNode root = json.root();
        List<JsonNode> items = new ArrayList<>();
        if (root.isArray()) {
            root.forEach(items::add);
        } else if (root.isObject() && root.has("type") && root.has("title")) {
            items.add(root);
        } else {
            throw new KgInputException(new InputProblem(json.locate(root), "",
                    "not CSL-JSON: expected an array of items, or one item with a type and a title"));
        }
        List<InputProblem> unplaced = new ArrayList<>();
        CslPapers mapping = new CslPapers(unplaced);
        List<PaperRecord> papers = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            InputLocation at = root.isArray() ? json.locateItem(root, i) : json.locate(item);
            String id = CslItems.text(item, "id");
            String record = "item " + (i + 1) + (id == null ? "" : " '" + id + "'");
            if (!item.isObject()) {
                unplaced.add(new InputProblem(at, record, "not an object; the item is left out"));
                continue;
            }
            mapping.paper(item, at, record).ifPresent(papers::add);
        }
        RecordFile records = new RecordFile(InputFiles.sourceInfo(file, "CSL-JSON file " + file.getFileName(), null),
                List.of(), List.of(), mapping.venues(), null, List.of(), papers);
        return new ImportResult(records, unplaced);
    }
}
