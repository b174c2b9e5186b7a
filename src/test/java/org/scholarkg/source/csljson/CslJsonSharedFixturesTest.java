package org.scholarkg.source.csljson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarkg.SharedFixtures;
import org.scholarkg.record.AuthorRef;
import org.scholarkg.record.PaperRecord;
import org.scholarkg.record.PaperType;
import org.scholarkg.record.PartialDate;
import org.scholarkg.record.RecordFile;
import org.scholarkg.record.VenueRecord;
import org.scholarkg.source.ImportResult;
import org.scholarkg.source.RecordsRoundTrip;

/** Real CSL-JSON from {@code ../shared/fixtures/csl-datacite}: Manubot's 8 references and bolognese's item. */
@Tag(SharedFixtures.TAG)
class CslJsonSharedFixturesTest {

    private static ImportResult read(String name) {
        return new CslJsonImporter().read(SharedFixtures.root().resolve("csl-datacite").resolve(name));
    }

    @Test
    void manubotReferencesGiveEightPapersThatPassTheReader(@TempDir Path dir) {
        ImportResult result = read("manubot-rootstock_references.csl.json");
        assertThat(result.unplaced()).isEmpty();
        assertThat(result.records().papers()).hasSize(8);
        assertThat(result.records().papers()).extracting(PaperRecord::type).containsExactly(PaperType.JOURNAL_ARTICLE,
                PaperType.JOURNAL_ARTICLE, PaperType.JOURNAL_ARTICLE, PaperType.BOOK, PaperType.JOURNAL_ARTICLE,
                PaperType.JOURNAL_ARTICLE, PaperType.REPORT, PaperType.OTHER);
        RecordFile back = RecordsRoundTrip.readBack(result.records(), dir);
        assertThat(back.papers()).isEqualTo(result.records().papers());
        assertThat(back.venues()).isEqualTo(result.records().venues());
    }

    @Test
    void manubotExactValues() {
        ImportResult result = read("manubot-rootstock_references.csl.json");
        Map<String, PaperRecord> papers = result.records().papers().stream()
                .collect(Collectors.toMap(PaperRecord::id, Function.identity()));
        PaperRecord review = papers.get("pzmp42ak");
        assertThat(review.title()).isEqualTo("Opportunities and obstacles for deep learning in biology and medicine");
        assertThat(review.date()).isEqualTo(PartialDate.parse("2018-04"));
        assertThat(review.ids().doi()).isEqualTo("10.1098/rsif.2017.0387");
        assertThat(review.volume()).isEqualTo("15");
        assertThat(review.issue()).isEqualTo("141");
        assertThat(review.authors()).extracting(AuthorRef::printedName).startsWith("Travers Ching", "Daniel S. Himmelstein");
        assertThat(review.abstractText()).startsWith("Deep learning describes a class of machine learning algorithms")
                .doesNotContain("<jats:p>", "</jats:p>");
        VenueRecord journal = result.records().venues().stream().filter(v -> v.id().equals(review.venue())).findFirst()
                .orElseThrow();
        assertThat(journal.name()).isEqualTo("Journal of The Royal Society Interface");
        PaperRecord nature = papers.get("126wi5us4");
        assertThat(nature.pages()).isEqualTo("141-142");
        assertThat(result.records().venues().stream().filter(v -> v.id().equals(nature.venue())).findFirst().orElseThrow()
                .issn()).isEqualTo("1476-4687");
        PaperRecord book = papers.get("zbpp9yku");
        assertThat(book.title()).isEqualTo("Open access");
        assertThat(book.date()).isEqualTo(PartialDate.parse("2012"));
        assertThat(book.authors()).extracting(AuthorRef::printedName).containsExactly("Peter Suber");
        assertThat(papers.get("qhc8yj7v").authors()).extracting(AuthorRef::printedName).containsExactly("cOAlition S");
        assertThat(papers.get("1ggghdsew").date()).isEqualTo(PartialDate.parse("2020-05-25"));
    }

    @Test
    void bologneseItemIsABlogPostNamedByItsDoi(@TempDir Path dir) {
        ImportResult result = read("bolognese_citeproc.json");
        assertThat(result.unplaced()).isEmpty();
        assertThat(result.records().papers()).hasSize(1);
        PaperRecord post = result.records().papers().get(0);
        assertThat(post.id()).isEqualTo("10-5438-4k3m-nyvg");
        assertThat(post.type()).isEqualTo(PaperType.OTHER);
        assertThat(post.title()).isEqualTo("Eating your own Dog Food");
        assertThat(post.ids().doi()).isEqualTo("10.5438/4k3m-nyvg");
        assertThat(post.date()).isEqualTo(PartialDate.parse("2016-12-20"));
        assertThat(post.authors()).extracting(AuthorRef::printedName).containsExactly("Martin Fenner");
        assertThat(RecordsRoundTrip.readBack(result.records(), dir).papers()).isEqualTo(result.records().papers());
    }
}
