package org.scholarkg.cli;

/** The exit codes of every command. */
public final class ExitCodes {

    /** Done. */
    public static final int OK = 0;
    /** Something failed that is not the input's fault (I/O, a store that cannot be opened, a bug). */
    public static final int FAILURE = 1;
    /** The command line itself is wrong. */
    public static final int USAGE = 2;
    /** The input is invalid: malformed records or RDF, or data that does not conform to the shapes. */
    public static final int INVALID_INPUT = 3;

    private ExitCodes() {
    }
}
