package org.scholarkg.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.scholarkg.InputProblem;
import org.scholarkg.KgInputException;

/** Reading record files: the valid small fixture, and each kind of bad record with its location. */
class RecordReaderTest {

    private static final Path RESOURCES = Path.of("src/test/resources/record");
    private final RecordReader reader = new RecordReader();

    @Test
    void readsEveryKindOfRecord() {
        RecordSet set = reader.read(List.of(RESOURCES.resolve("valid/small.yaml")));
        RecordFile file = set.files().get(0);
        assertThat(file.source().name()).isEqualTo("small");
        assertThat(file.source().url()).isEqualTo("https://example.org/groups/lab");
        assertThat(file.organizations()).extracting(OrganizationRecord::ror).containsExactly("https://ror.org/00abcde12");
        assertThat(file.venues()).hasSize(3);
        assertThat(file.venues().get(1).start()).isEqualTo(PartialDate.parse("2023-11-28"));
        assertThat(file.group().members()).containsExactly("ada", "bo");
        PaperRecord p1 = file.papers().get(0);
        assertThat(p1.authors()).extracting(AuthorRef::printedName)
                .containsExactly("Y. Wang", "A. Lovelace", "Y. Wang", "B. Chen");
        assertThat(p1.authors().get(3).person()).isEqualTo("bo");
        assertThat(p1.statuses()).containsExactly("To be published");
        assertThat(p1.date().precision()).isEqualTo(PartialDate.Precision.YEAR);
        assertThat(p1.ids().doi()).isEqualTo("10.1234/abc.5");
        assertThat(file.papers().get(1).date().precision()).isEqualTo(PartialDate.Precision.DAY);
    }

    @Test
    void resolvesPrintedNamesByNameOrAliasOnly() {
        RecordSet set = reader.read(List.of(RESOURCES.resolve("valid/small.yaml")));
        assertThat(set.personPrintedAs("A. Lovelace")).map(PersonRecord::id).hasValue("ada");
        assertThat(set.personPrintedAs("Ada  Lovelace")).map(PersonRecord::id).hasValue("ada");
        assertThat(set.personPrintedAs("Y. Wang")).isEmpty();
        assertThat(set.personPrintedAs("A. Lovelac")).isEmpty();
    }

    @Test
    void readsTheSameRecordsFromJson() throws Exception {
        Path json = java.nio.file.Files.createTempFile("records", ".json");
        java.nio.file.Files.writeString(json, """
                {"people": [{"id": "ada", "name": "Ada Lovelace"}],
                 "papers": [{"id": "p1", "title": "T", "authors": ["A. Lovelace"], "date": "2024-10"}]}""");
        RecordSet set = reader.read(List.of(json));
        assertThat(set.files().get(0).papers().get(0).date().toString()).isEqualTo("2024-10");
        assertThat(set.personPrintedAs("Ada Lovelace")).isPresent();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            malformed.yaml           | 4 | 7  |                   | malformed YAML
            unknown-field.yaml       | 4 | 5  | person 'ada'      | unknown field 'shoeSize'
            missing-title.yaml       | 2 | 5  | paper 'p1'        | missing required field 'title'
            person-without-name.yaml | 2 | 5  | person 'ada'      | missing required field 'name'
            empty-authors.yaml       | 4 | 14 | paper 'p9'        | list 'authors' is empty
            duplicate-id.yaml        | 4 | 10 | person 'ada'      | duplicate id: person 'ada' is already defined at
            unknown-reference.yaml   | 6 | 76 | paper 'p1'        | refers to person 'charles', which is not defined
            bad-date.yaml            | 5 | 11 | paper 'p1'        | date: '2024-13-40' is not a date
            duplicate-key.yaml       | 4 | 5  |                   | duplicate key 'name'
            """)
    void badRecordsAreReportedWithFileLineColumnAndRecord(String file, int line, int column, String record,
            String message) {
        Path path = RESOURCES.resolve("bad").resolve(file);
        KgInputException e = catchThrowableOfType(KgInputException.class, () -> reader.read(List.of(path)));
        assertThat(e).as("reading %s must fail", file).isNotNull();
        InputProblem problem = e.problems().get(0);
        assertThat(problem.location().file()).isEqualTo(path.toString());
        assertThat(problem.location().line()).as(e.getMessage()).isEqualTo(line);
        assertThat(problem.location().column()).as(e.getMessage()).isEqualTo(column);
        assertThat(problem.record()).isEqualTo(record == null ? "" : record);
        assertThat(problem.message()).contains(message);
        assertThat(problem.toString()).startsWith(path + ":" + line + ":" + column + ": ");
    }

    @Test
    void reportsEveryProblemOfEveryFileAtOnce() {
        KgInputException e = catchThrowableOfType(KgInputException.class, () -> reader.read(
                List.of(RESOURCES.resolve("bad/missing-title.yaml"), RESOURCES.resolve("bad/bad-date.yaml"))));
        assertThat(e.problems()).hasSize(2);
    }

    @Test
    void aMissingFileIsNamed() {
        KgInputException e = catchThrowableOfType(KgInputException.class,
                () -> reader.read(List.of(Path.of("no/such/records.yaml"))));
        assertThat(e.getMessage()).isEqualTo("no/such/records.yaml: no such file or folder");
    }
}
