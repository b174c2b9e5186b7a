package org.scholarkg.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * The entry point of {@code java -jar scholarkg.jar}.
 *
 * <pre>{@code
 * java -jar target/scholarkg.jar convert data/ -f turtle
 * }</pre>
 */
public final class Main {

    private Main() {
    }

    /** A command line wired with ScholarKG's exit codes and exception mapping; tests call this too. */
    public static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new ScholarKgCommand());
        cmd.setExecutionExceptionHandler(new ExceptionMapper());
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        return cmd;
    }

    public static void main(String[] args) {
        CommandLine cmd = commandLine();
        // Unicode names and abstracts must survive whatever the platform's default charset is.
        cmd.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cmd.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        System.exit(cmd.execute(args));
    }
}
