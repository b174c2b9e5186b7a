package org.scholarkg.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Prints a benchmark's figures as a table followed by one machine-readable line per figure, and appends
 * the lines to a results file from which {@code bench plot} and later runs read.
 */
public final class BenchReport {

    /** The results file's name inside the benchmark folder. */
    public static final String RESULTS_FILE = "results.txt";

    private final PrintWriter out;
    private final Path results;

    /** @param results the file to append lines to, or null for none */
    public BenchReport(PrintWriter out, Path results) {
        this.out = out;
        this.results = results;
    }

    /** Prints the figures (a Markdown table, then the lines) and appends the lines to the results file. */
    public void print(String title, List<BenchFigure> figures) {
        out.println();
        out.println(title);
        out.println(table(figures));
        List<String> lines = figures.stream().map(BenchFigure::line).toList();
        lines.forEach(out::println);
        out.flush();
        if (results != null) {
            try {
                Files.createDirectories(results.toAbsolutePath().getParent());
                Files.write(results, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The figures as a Markdown table: a column for the size and one per value key. */
    public static String table(List<BenchFigure> figures) {
        Set<String> keys = new LinkedHashSet<>();
        figures.forEach(f -> keys.addAll(f.values().keySet()));
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("size"));
        header.addAll(keys);
        rows.add(header);
        for (BenchFigure f : figures) {
            List<String> row = new ArrayList<>(List.of(Long.toString(f.size())));
            keys.forEach(k -> row.add(Objects.requireNonNullElse(f.values().get(k), "")));
            rows.add(row);
        }
        int[] widths = new int[header.size()];
        rows.forEach(r -> {
            for (int i = 0; i < r.size(); i++) {
                widths[i] = Math.max(widths[i], r.get(i).length());
            }
        });
        StringBuilder table = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            table.append(row(rows.get(r), widths)).append('\n');
            if (r == 0) {
                List<String> rule = new ArrayList<>();
                for (int w : widths) {
                    rule.add("-".repeat(w));
                }
                table.append(row(rule, widths)).append('\n');
            }
        }
        return table.toString().stripTrailing();
    }

    /** Every figure in a results file, in the order written; later lines win for the same key. */
    public static List<BenchFigure> readResults(Path results) {
        try {
            return Files.readAllLines(results, StandardCharsets.UTF_8).stream().map(BenchFigure::parse)
                    .filter(Objects::nonNull).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String row(List<String> cells, int[] widths) {
        StringBuilder row = new StringBuilder("|");
        for (int i = 0; i < cells.size(); i++) {
            row.append(' ').append(String.format("%-" + widths[i] + "s", cells.get(i))).append(" |");
        }
        return row.toString();
    }
}
