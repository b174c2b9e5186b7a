package org.scholarkg;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.opentest4j.TestAbortedException;

/**
 * Runs an independent tool (Debian's {@code rapper}, {@code python3} with rdflib) for interop tests.
 * A missing tool fails the test under {@code CI=true} (where {@code .ci/run} installs it) and is reported
 * as an aborted test elsewhere, naming the package to install.
 */
public final class ExternalTool {

    private ExternalTool() {
    }

    /** The result of a run. */
    public record Result(int exitCode, String stdout, String stderr) {
    }

    /** Checks that an executable exists, or fails/aborts as the class says. */
    public static void require(String executable, String debianPackage) {
        if (Files.isExecutable(Path.of(executable))) {
            return;
        }
        String message = executable + " is missing; install Debian's " + debianPackage + " (.ci/run does)";
        if ("true".equals(System.getenv("CI"))) {
            fail(message);
        }
        throw new TestAbortedException(message);
    }

    /** Runs a command to completion (at most a minute) and returns its output. */
    public static Result run(List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile("tool", ".out");
        Path err = Files.createTempFile("tool", ".err");
        try {
            Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail(command + " did not finish in 60 s");
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
