package org.scholarkg.source.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.scholarkg.InputProblem;
import org.scholarkg.KgInputException;
import org.scholarkg.SharedFixtures;
import org.scholarkg.record.RecordFile;
import org.scholarkg.record.RecordReader;
import org.scholarkg.record.RecordYamlWriter;
import org.scholarkg.source.ImportResult;

/**
 * The bad-input contract every reader of outside input passes, checked on mutants of real inputs made by
 * {@link Mutations}: reading a mutant either gives records that {@link RecordReader} accepts after
 * {@link RecordYamlWriter} wrote them (and that read back equal), with every reported problem naming the file,
 * or fails with a {@link KgInputException} whose every problem names the file. Any other exception or error,
 * and a read that takes longer than {@value #SECONDS_PER_CASE} seconds, fails the case. Each case has a fixed
 * seed; its name and failure message give the seed, the seed file and the mutation, and the mutant is kept
 * under {@code target/fuzz-failures/}. To replay a case, read the kept mutant, or make it again:
 * {@code new SplittableRandom(seed)} picks the seed file (its first draw) and then the mutation
 * ({@code Mutations.mutate(bytes, syntax, random)}).
 *
 * <p>Subclass it per format with the reader under test and its seed files.
 */
abstract class AbstractFuzzTest {

    static final int SECONDS_PER_CASE = 5;
    /** The bound of the check: a mutant can make a paper of 200,000 authors, which takes seconds to write. */
    static final int SECONDS_TO_CHECK = 30;
    private static final Path FAILURES = Path.of("target", "fuzz-failures");
    /** How /etc/passwd starts, the file the XML mutations' external entity names. */
    private static final String PASSWD_LINE = "root:x:0:0";

    /** One reader for every round trip: loading the schema once keeps the cases fast. */
    private static final RecordReader READER = new RecordReader();

    private final Map<Path, byte[]> seedBytes = new HashMap<>();

    @TempDir
    Path dir;

    /** What a read gave: the record files and the problems reported beside them. */
    record Loaded(List<RecordFile> files, List<InputProblem> problems) {

        static Loaded of(ImportResult result) {
            return new Loaded(List.of(result.records()), result.unplaced());
        }
    }

    /** The format, as case names show it. */
    protected abstract String format();

    /** Reads one input file with the reader under test. */
    protected abstract Loaded load(Path file);

    /** The project's own fixtures of the format. */
    protected abstract List<Path> unitSeeds();

    /** The real files beside the project ({@code ../shared}); called only by the test tagged for them. */
    protected abstract List<Path> sharedSeeds();

    /** Cases per run over the project's fixtures. */
    protected int unitCases() {
        return 200;
    }

    /** Cases per run over the real files. */
    protected int sharedCases() {
        return 40;
    }

    @TestFactory
    Stream<DynamicTest> mutantsOfTheProjectFixturesGiveRecordsOrLocatedInputErrors() {
        return cases(unitSeeds(), unitCases(), format().hashCode());
    }

    @Tag(SharedFixtures.TAG)
    @TestFactory
    Stream<DynamicTest> mutantsOfTheRealFilesGiveRecordsOrLocatedInputErrors() {
        return cases(sharedSeeds(), sharedCases(), ~format().hashCode());
    }

    private Stream<DynamicTest> cases(List<Path> seeds, int count, long base) {
        assertThat(seeds).as("seed files of " + format()).isNotEmpty();
        return IntStream.range(0, count).mapToObj(i -> {
            long caseSeed = base * 1_000_003L + i;
            return DynamicTest.dynamicTest(format() + " case " + i + " (seed " + caseSeed + "L)",
                    () -> runCase(seeds, caseSeed));
        });
    }

    private void runCase(List<Path> seeds, long caseSeed) throws IOException {
        SplittableRandom random = new SplittableRandom(caseSeed);
        Path seed = seeds.get(random.nextInt(seeds.size()));
        Mutations.Mutant mutant = Mutations.mutate(bytes(seed), Mutations.syntaxOf(seed.getFileName().toString()),
                random);
        String name = seed.getFileName().toString();
        Path file = dir.resolve("case-" + Long.toHexString(caseSeed) + extension(name));
        Files.write(file, mutant.bytes());
        String replay = format() + " case seed " + caseSeed + "L, seed file " + seed + ", mutation: "
                + mutant.description() + " (" + mutant.bytes().length + " bytes)";
        try {
            Object outcome = assertTimeoutPreemptively(Duration.ofSeconds(SECONDS_PER_CASE), () -> attempt(file),
                    () -> keep(file, caseSeed) + "reading took longer than " + SECONDS_PER_CASE + " s: " + replay);
            check(outcome, file, caseSeed, replay);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The read's result, its input error, or whatever else it threw. */
    private Object attempt(Path file) {
        try {
            return load(file);
        } catch (KgInputException e) {
            return e;
        } catch (Throwable t) {
            // Errors too (StackOverflowError, OutOfMemoryError): the case reports them with its seed.
            return new Unexpected(t);
        }
    }

    private record Unexpected(Throwable thrown) {
    }

    private void check(Object outcome, Path file, long caseSeed, String replay) {
        String display = file.toString().replace('\\', '/');
        if (outcome instanceof Unexpected u) {
            fail(keep(file, caseSeed) + "threw " + u.thrown() + " instead of records or a KgInputException: " + replay
                    + "\n" + stackTrace(u.thrown()));
        }
        if (outcome instanceof KgInputException e) {
            assertThat(e.problems()).as("problems of the input error: %s", replay).isNotEmpty();
            assertLocated(e.problems(), display, file, caseSeed, replay);
            return;
        }
        Loaded loaded = (Loaded) outcome;
        assertLocated(loaded.problems(), display, file, caseSeed, replay);
        for (RecordFile records : loaded.files()) {
            RecordFile back;
            try {
                back = assertTimeoutPreemptively(Duration.ofSeconds(SECONDS_TO_CHECK), () -> readBack(records),
                        () -> keep(file, caseSeed) + "writing and reading back took longer than " + SECONDS_TO_CHECK
                                + " s: " + replay);
            } catch (KgInputException e) {
                throw new AssertionError(keep(file, caseSeed) + "the records read are refused by the record reader"
                        + " after writing: " + replay + "\n" + e.getMessage(), e);
            } catch (RuntimeException e) {
                throw new AssertionError(keep(file, caseSeed) + "writing and reading back the records threw " + e
                        + ": " + replay + "\n" + stackTrace(e), e);
            }
            assertThat(back.papers()).as("papers read back: %s", replay).isEqualTo(records.papers());
            assertThat(back.people()).as("people read back: %s", replay).isEqualTo(records.people());
            assertThat(back.venues()).as("venues read back: %s", replay).isEqualTo(records.venues());
            assertThat(back.organizations()).as("organizations read back: %s", replay)
                    .isEqualTo(records.organizations());
            assertThat(back.areas()).as("areas read back: %s", replay).isEqualTo(records.areas());
            assertThat(back.group()).as("group read back: %s", replay).isEqualTo(records.group());
        }
    }

    private void assertLocated(List<InputProblem> problems, String display, Path file, long caseSeed, String replay) {
        for (InputProblem p : problems) {
            if (p.location() == null || p.location().file() == null || !p.location().file().equals(display)) {
                fail(keep(file, caseSeed) + "a problem does not name the file " + display + ": " + p + "; " + replay);
            }
            if (p.message() != null && p.message().contains(PASSWD_LINE)) {
                fail(keep(file, caseSeed) + "a problem shows a local file's content (an external entity was read): "
                        + p + "; " + replay);
            }
        }
    }

    private RecordFile readBack(RecordFile records) throws IOException {
        Path yaml = dir.resolve("read-back").resolve(records.source().name() + ".yaml");
        Files.createDirectories(yaml.getParent());
        try {
            Files.writeString(yaml, new RecordYamlWriter().write(records));
            return READER.read(List.of(yaml)).files().get(0);
        } finally {
            Files.deleteIfExists(yaml);
        }
    }

    private byte[] bytes(Path seed) {
        return seedBytes.computeIfAbsent(seed, p -> {
            try {
                return Files.readAllBytes(p);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Keeps a failing mutant for replay; returns the sentence that says where. */
    private String keep(Path file, long caseSeed) {
        try {
            Files.createDirectories(FAILURES);
            Path kept = FAILURES.resolve(format() + "-" + Long.toHexString(caseSeed) + extension(file.toString()));
            Files.copy(file, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return "[mutant kept as " + kept + "] ";
        } catch (IOException e) {
            return "[mutant not kept: " + e.getMessage() + "] ";
        }
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot);
    }

    private static String stackTrace(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        String trace = out.toString();
        // A StackOverflowError's trace is thousands of repeated frames; the top ones say where.
        String[] lines = trace.split("\n");
        return lines.length <= 40 ? trace : String.join("\n", java.util.Arrays.copyOf(lines, 40)) + "\n\t...";
    }

    /** The files of a folder (and its subfolders) whose names end with one of the suffixes, sorted. */
    static List<Path> files(Path folder, String... suffixes) {
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> out = new ArrayList<>();
            walk.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString();
                for (String s : suffixes) {
                    if (n.endsWith(s)) {
                        return true;
                    }
                }
                return false;
            }).sorted().forEach(out::add);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
