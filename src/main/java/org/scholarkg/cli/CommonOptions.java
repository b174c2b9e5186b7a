package org.scholarkg.cli;

import org.scholarkg.rdf.Iris;
import picocli.CommandLine.Option;

/** Options every command shares, mixed in with {@code @Mixin}. */
final class CommonOptions {

    @Option(names = "--base", paramLabel = "IRI", defaultValue = Iris.DEFAULT_BASE,
            description = "Base of every minted IRI, set once per deployment (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = {"-v", "--verbose"}, description = "Say more; print stack traces of failures.")
    boolean verbose;

    /** The IRI minter for {@code --base}. */
    Iris iris() {
        return new Iris(base);
    }
}
