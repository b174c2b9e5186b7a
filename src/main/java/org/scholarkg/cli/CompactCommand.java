package org.scholarkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.scholarkg.store.Tdb2Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code compact}: reclaims the space of replaced graphs in a TDB2 store. */
@Command(name = "compact", mixinStandardHelpOptions = true,
        description = "Compact a TDB2 store: TDB2 keeps the space of deleted triples until compacted, so a store "
                + "whose graphs are replaced often grows. (serve --compact-every does this on a schedule.)")
final class CompactCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store folder (default: var/tdb2).")
    Path store = Tdb2Store.DEFAULT_LOCATION;

    @Override
    public Integer call() {
        try (Tdb2Store kg = new Tdb2Store(store)) {
            kg.compact();
            spec.commandLine().getOut().printf("compacted %s%n", store);
            spec.commandLine().getOut().flush();
        }
        return ExitCodes.OK;
    }
}
