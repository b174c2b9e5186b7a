package org.scholarkg.cli;

import org.scholarkg.store.RemoteStore;
import picocli.CommandLine.Option;

/** How a loading command sends each graph to an {@code --endpoint}: where, and as which kind of body. */
final class PutOptions {

    @Option(names = "--gsp-path", paramLabel = "PATH", defaultValue = "data",
            description = "With --endpoint: the Graph Store Protocol service under URL (default: ${DEFAULT-VALUE}, "
                    + "a Fuseki dataset's; Virtuoso: sparql-graph-crud).")
    String gspPath;

    @Option(names = "--put-body", paramLabel = "MODE", defaultValue = "spooled",
            description = "With --endpoint: how each graph's PUT body is sent. spooled (default): written to a "
                    + "temporary file first, then sent with a Content-Length, which every server reads. streamed: "
                    + "sent chunked while converting, nothing on disk, for servers that read chunked bodies "
                    + "(Fuseki does; Virtuoso 7 does not).")
    RemoteStore.BodyMode putBody;
}
