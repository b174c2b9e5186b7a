package org.scholarkg.bench;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One measured figure of a benchmark with its reference, printed as one machine-readable line:
 * {@code BENCH convert size=10000 triples_per_s=812345 ceiling_triples_per_s=1200000 ratio=0.68}.
 *
 * <pre>{@code
 * BenchFigure f = BenchFigure.of("load", 10_000).with("triples_per_s", 95_000.0).with("ratio", 0.93);
 * out.println(f.line());
 * }</pre>
 */
public final class BenchFigure {

    /** The first word of every machine-readable line. */
    public static final String PREFIX = "BENCH";

    private final String benchmark;
    private final long size;
    private final Map<String, String> values = new LinkedHashMap<>();

    private BenchFigure(String benchmark, long size) {
        this.benchmark = benchmark;
        this.size = size;
    }

    /** A figure of a benchmark at a size (papers), with no values yet. */
    public static BenchFigure of(String benchmark, long size) {
        return new BenchFigure(benchmark, size);
    }

    /** Adds a value; numbers are written with at most three decimals, text without spaces. */
    public BenchFigure with(String key, Object value) {
        values.put(key, format(value));
        return this;
    }

    public String benchmark() {
        return benchmark;
    }

    public long size() {
        return size;
    }

    /** The values in the order they were added. */
    public Map<String, String> values() {
        return Collections.unmodifiableMap(values);
    }

    /** A value as a number, or NaN when absent or not a number. */
    public double number(String key) {
        try {
            return Double.parseDouble(values.getOrDefault(key, "NaN"));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** The machine-readable line. */
    public String line() {
        StringBuilder line = new StringBuilder(PREFIX).append(' ').append(benchmark).append(" size=").append(size);
        values.forEach((k, v) -> line.append(' ').append(k).append('=').append(v));
        return line.toString();
    }

    /** Parses a line written by {@link #line()}; null if it is not one. */
    public static BenchFigure parse(String line) {
        String[] parts = line.strip().split(" ");
        if (parts.length < 3 || !parts[0].equals(PREFIX) || !parts[2].startsWith("size=")) {
            return null;
        }
        BenchFigure figure = new BenchFigure(parts[1], Long.parseLong(parts[2].substring("size=".length())));
        for (int i = 3; i < parts.length; i++) {
            int eq = parts[i].indexOf('=');
            if (eq > 0) {
                figure.values.put(parts[i].substring(0, eq), parts[i].substring(eq + 1));
            }
        }
        return figure;
    }

    private static String format(Object value) {
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Math.abs(d) >= 1000) {
                return Long.toString(Math.round(d));
            }
            return String.format(Locale.ROOT, "%.3f", d).replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return String.valueOf(value).replace(' ', '_');
    }
}
