package org.scholarkg;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real-world files beside the project ({@code ../shared/fixtures}). Tests that use them are tagged
 * {@value #TAG}; Maven runs that group when the folder exists and always under {@code CI=true}, where a
 * missing folder fails the test.
 */
public final class SharedFixtures {

    /** The JUnit tag of tests that read the shared fixtures. */
    public static final String TAG = "shared";

    private SharedFixtures() {
    }

    /** The fixtures folder; fails the calling test when it is missing. */
    public static Path root() {
        Path root = Path.of("..", "shared", "fixtures");
        if (!Files.isDirectory(root)) {
            fail("../shared/fixtures is missing: the tests tagged '" + TAG + "' need it (CI="
                    + System.getenv("CI") + ")");
        }
        return root;
    }

    /** The seed group page. */
    public static Path seedPage() {
        Path seed = root().resolveSibling("seeds").resolve("mcml-group-jegelka.txt");
        if (!Files.isRegularFile(seed)) {
            fail(seed + " is missing");
        }
        return seed;
    }
}
