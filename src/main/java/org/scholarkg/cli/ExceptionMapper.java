package org.scholarkg.cli;

import java.io.PrintWriter;
import org.scholarkg.KgConfigException;
import org.scholarkg.KgInputException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The one place that turns exceptions into messages and exit codes: input problems exit 3 with one
 * located line per problem, configuration problems exit 2, anything else exits 1 (with the stack trace
 * under {@code --verbose}).
 */
final class ExceptionMapper implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        if (e instanceof CommandLine.ParameterException usage) {
            err.println(cmd.getColorScheme().errorText(usage.getMessage()));
            usage.getCommandLine().usage(err, cmd.getColorScheme());
            err.flush();
            return ExitCodes.USAGE;
        }
        if (e instanceof KgInputException input) {
            input.problems().forEach(p -> err.println(p));
            err.flush();
            return ExitCodes.INVALID_INPUT;
        }
        if (e instanceof KgConfigException) {
            err.println(cmd.getColorScheme().errorText(e.getMessage()));
            err.flush();
            return ExitCodes.USAGE;
        }
        err.println(cmd.getColorScheme().errorText("error: " + e));
        if (isVerbose(parsed)) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.FAILURE;
    }

    private static boolean isVerbose(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
