package org.scholarkg;

/**
 * A place in an input file: the file as the user named it, and a 1-based line and column (0 when unknown).
 *
 * <p>{@link #toString()} is the one place that formats locations, as {@code file:line:column}.
 */
public record InputLocation(String file, int line, int column) {

    /** A location that names the file only. */
    public static InputLocation of(String file) {
        return new InputLocation(file, 0, 0);
    }

    @Override
    public String toString() {
        if (line <= 0) {
            return file;
        }
        return column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }
}
