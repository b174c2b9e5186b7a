package org.scholarkg.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scholarkg.InputProblem;
import org.scholarkg.KgInputException;
import tools.jackson.databind.JsonNode;

/**
 * What the YAML of record files cannot do: a tag naming a Java class constructs nothing (the reader only
 * composes nodes, and the tagged value stays text); an alias bomb is refused, over the alias limit and under
 * it; nesting deeper than the limit is refused at its line instead of overflowing the stack; a value of
 * megabytes reads in linear time; a file over the size limit, or not UTF-8, is refused naming the file.
 */
class LocatedTreeTest {

    /** Counts its instances: a YAML tag that names it must not make one. */
    public static final class Canary {
        static final AtomicInteger MADE = new AtomicInteger();

        public Canary() {
            MADE.incrementAndGet();
        }

        public Canary(String value) {
            MADE.incrementAndGet();
        }
    }

    private static LocatedTree parse(String yaml) {
        return LocatedTree.parse(new StringReader(yaml), "doc.yaml");
    }

    private static InputProblem refusal(String yaml) {
        KgInputException e = catchThrowableOfType(KgInputException.class, () -> parse(yaml));
        assertThat(e).as("the document must be refused").isNotNull();
        assertThat(e.problems()).hasSize(1);
        assertThat(e.problems().get(0).location().file()).isEqualTo("doc.yaml");
        return e.problems().get(0);
    }

    /** {@code levels} lists, each of {@code width} aliases of the one before: width^levels values. */
    private static String aliasBomb(int levels, int width) {
        StringBuilder yaml = new StringBuilder("l0: &l0 [" + String.join(", ", Collections.nCopies(width, "lol")) + "]\n");
        for (int i = 1; i < levels; i++) {
            yaml.append("l").append(i).append(": &l").append(i).append(" [")
                    .append(String.join(", ", Collections.nCopies(width, "*l" + (i - 1)))).append("]\n");
        }
        return yaml.toString();
    }

    @Test
    void aTagNamingAJavaClassConstructsNothingAndItsValueStaysText() {
        LocatedTree tree = parse("""
                canary: !!org.scholarkg.record.LocatedTreeTest$Canary Ada
                runtime: !!java.lang.Runtime exec
                engine: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [http://example.invalid/]]]]
                local: !canary {id: x}
                """);
        assertThat(Canary.MADE).hasValue(0);
        JsonNode root = tree.root();
        assertThat(root.get("canary").stringValue()).isEqualTo("Ada");
        assertThat(root.get("runtime").stringValue()).isEqualTo("exec");
        assertThat(root.at("/engine/0/0/0/0").stringValue()).isEqualTo("http://example.invalid/");
        assertThat(root.at("/local/id").stringValue()).isEqualTo("x");
    }

    @Test
    void anAliasBombOverTheAliasLimitIsRefused() {
        long start = System.nanoTime();
        InputProblem problem = refusal(aliasBomb(9, 10));
        assertThat(problem.message()).startsWith("malformed YAML:").contains("aliases");
        assertThat(System.nanoTime() - start).isLessThan(Duration.ofSeconds(2).toNanos());
    }

    @Test
    void anAliasBombUnderTheAliasLimitIsRefusedBeforeItExpands() {
        // 40 aliases (the limit is 50) would expand to 5^9, nearly two million values.
        long start = System.nanoTime();
        InputProblem problem = refusal(aliasBomb(9, 5));
        assertThat(problem.location().line()).isPositive();
        assertThat(problem.message()).startsWith("aliases expand the document to more than");
        assertThat(System.nanoTime() - start).isLessThan(Duration.ofSeconds(2).toNanos());
    }

    @Test
    void aliasesThatRepeatAValueStillRead() {
        LocatedTree tree = parse("""
                papers:
                  - {id: p1, title: A, authors: &team [A. Lovelace, B. Chen], date: 2024}
                  - {id: p2, title: B, authors: *team, date: 2024}
                """);
        assertThat(tree.root().at("/papers/1/authors/1").stringValue()).isEqualTo("B. Chen");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"flow, 66", "block, 131"})
    void nestingDeeperThanTheLimitIsRefusedAtItsLine(String style, int column) {
        String yaml = style.equals("flow") ? "[".repeat(10_000) + "]".repeat(10_000) : "- ".repeat(10_000) + "x";
        InputProblem problem = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> refusal(yaml));
        assertThat(problem.location().line()).isEqualTo(1);
        assertThat(problem.location().column()).isEqualTo(column);
        assertThat(problem.message()).isEqualTo("nesting deeper than " + LocatedTree.MAX_DEPTH);
    }

    @Test
    void nestingUpToTheLimitReads() {
        // The outermost list is at depth 0, so the value inside the last of 64 lists is at depth 64.
        int depth = LocatedTree.MAX_DEPTH;
        LocatedTree tree = parse("[".repeat(depth) + "x" + "]".repeat(depth));
        assertThat(tree.root().at("/0".repeat(depth)).stringValue()).isEqualTo("x");
    }

    @Test
    void aValueOfMegabytesReadsInLinearTime() {
        // SnakeYAML's default 1 KB buffer made this quadratic: minutes for 8 MB.
        String title = "x".repeat(8 * 1024 * 1024);
        LocatedTree tree = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> parse("title: " + title + "\n"));
        assertThat(tree.root().get("title").stringValue()).hasSize(title.length());
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedSayingSo(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("latin1.yaml");
        Files.write(file, "title: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        KgInputException e = catchThrowableOfType(KgInputException.class, () -> LocatedTree.read(file, "latin1.yaml"));
        assertThat(e.getMessage()).isEqualTo("latin1.yaml: cannot read: the file is not UTF-8 text");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedNamingTheFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("big.yaml");
        try (Writer out = Files.newBufferedWriter(file)) {
            out.write("title: ");
            char[] chunk = new char[1 << 16];
            Arrays.fill(chunk, 'x');
            for (long left = LocatedTree.MAX_CODE_POINTS + 1L - "title: ".length(); left > 0; left -= chunk.length) {
                out.write(chunk, 0, (int) Math.min(left, chunk.length));
            }
        }
        KgInputException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> catchThrowableOfType(KgInputException.class, () -> LocatedTree.read(file, "big.yaml")));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.location().file()).isEqualTo("big.yaml");
            assertThat(p.message()).contains("exceeds the limit: " + LocatedTree.MAX_CODE_POINTS + " code points");
        });
    }
}
