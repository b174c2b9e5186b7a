package org.scholarkg.source.oaipmh;

import java.util.List;
import org.scholarkg.InputProblem;
import org.scholarkg.record.PaperRecord;

/**
 * One OAI-PMH response (a ListRecords page or a GetRecord answer) as records: the papers of its oai_dc
 * records, how many records were deleted (and so skipped), what could not be placed, and the resumption
 * token a harvester follows.
 *
 * <pre>{@code
 * OaiPage page = new OaiPmhImporter().parse(response, "https://repo.example.org/oai?verb=ListRecords");
 * page.papers();
 * page.resumption().hasMore();
 * }</pre>
 *
 * @param verb {@code ListRecords} or {@code GetRecord}; for a {@code noRecordsMatch} answer, the request's verb
 * @param baseUrl the repository's base URL as the response's {@code request} element gives it, or null
 * @param deleted the number of records whose header says {@code status="deleted"}
 */
public record OaiPage(String verb, String baseUrl, List<PaperRecord> papers, int deleted, List<InputProblem> unplaced,
        ResumptionToken resumption) {

    public OaiPage {
        papers = List.copyOf(papers);
        unplaced = List.copyOf(unplaced);
    }
}
