package org.scholarkg.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarkg.record.PaperRecord;
import org.scholarkg.record.PersonRecord;
import org.scholarkg.record.RecordFile;
import org.scholarkg.record.RecordReader;
import org.scholarkg.record.RecordSet;
import org.scholarkg.record.RecordYamlWriter;

/** The synthetic records: deterministic for a seed, of realistic shape, and valid records. */
class SyntheticRecordsTest {

    private static final int TEN_THOUSAND = 10_000;

    @Test
    void theSameSeedGivesTheSameRecordsAndAnotherSeedOthers() {
        assertThat(yaml(600, 7)).isEqualTo(yaml(600, 7)).isNotEqualTo(yaml(600, 8));
    }

    @Test
    void tenThousandPapersHaveTheShapeOfRealRecords() {
        List<Integer> groupSizes = new ArrayList<>();
        List<Integer> authorCounts = new ArrayList<>();
        Map<String, Set<String>> peopleByInitials = new HashMap<>();
        Set<Integer> years = new HashSet<>();
        new SyntheticRecords(TEN_THOUSAND, 42).forEachFile(file -> {
            if (file.group() != null) {
                groupSizes.add(file.group().members().size());
            }
            for (PersonRecord p : file.people()) {
                peopleByInitials.computeIfAbsent(p.aliases().get(0), k -> new HashSet<>()).add(p.id());
            }
            for (PaperRecord paper : file.papers()) {
                authorCounts.add(paper.authors().size());
                years.add(paper.date().year());
            }
        });

        assertThat(authorCounts).hasSize(TEN_THOUSAND);
        assertThat(groupSizes).hasSize(TEN_THOUSAND / SyntheticRecords.PAPERS_PER_FILE)
                .allSatisfy(n -> assertThat(n).isBetween(SyntheticRecords.MIN_GROUP_SIZE, SyntheticRecords.MAX_GROUP_SIZE));
        double mean = authorCounts.stream().mapToInt(Integer::intValue).average().orElseThrow();
        assertThat(mean).isBetween(4.0, 6.5);
        assertThat(authorCounts).anySatisfy(n -> assertThat(n).isGreaterThan(100));
        assertThat(authorCounts.stream().filter(n -> n == 1)).isNotEmpty();
        // Different people printed the same way, e.g. two "Y. Wang".
        assertThat(peopleByInitials.values()).anySatisfy(ids -> assertThat(ids).hasSizeGreaterThan(1));
        assertThat(years).hasSize(SyntheticRecords.YEARS);
    }

    @Test
    void theWrittenFilesAreRecordsTheReaderAccepts(@TempDir Path folder) {
        List<Path> files = new SyntheticRecords(1_200, 3).write(folder);

        RecordSet set = new RecordReader().read(List.of(folder));

        assertThat(set.files()).hasSize(files.size()).hasSize(3);
        assertThat(set.files().stream().mapToInt(f -> f.papers().size()).sum()).isEqualTo(1_200);
        assertThat(set.files()).filteredOn(f -> f.group() != null).hasSize(2);
    }

    private static List<String> yaml(int papers, long seed) {
        RecordYamlWriter writer = new RecordYamlWriter();
        List<String> texts = new ArrayList<>();
        new SyntheticRecords(papers, seed).forEachFile((RecordFile f) -> texts.add(writer.write(f)));
        return texts;
    }
}
