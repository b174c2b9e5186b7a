package org.scholarkg.source;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.scholarkg.source.bibtex.BibtexImporter;
import org.scholarkg.source.csljson.CslJsonImporter;
import org.scholarkg.source.mcml.McmlPageImporter;
import org.scholarkg.source.oaipmh.OaiPmhImporter;
import org.scholarkg.source.orcid.OrcidImporter;

/** The importers by the format names {@code import} takes. Add a format here and it is on the command line. */
public final class Importers {

    private static final Map<String, Supplier<Importer>> BY_NAME = registry();

    private Importers() {
    }

    private static Map<String, Supplier<Importer>> registry() {
        Map<String, Supplier<Importer>> m = new LinkedHashMap<>();
        m.put("mcml-page", McmlPageImporter::new);
        m.put("bibtex", BibtexImporter::new);
        m.put("csl-json", CslJsonImporter::new);
        m.put("orcid", OrcidImporter::new);
        m.put("oai-pmh", OaiPmhImporter::new);
        return Collections.unmodifiableMap(m);
    }

    /** The format names, in the order the help lists them. */
    public static Iterable<String> names() {
        return BY_NAME.keySet();
    }

    /** A new importer for a format name. */
    public static Optional<Importer> forName(String name) {
        return Optional.ofNullable(BY_NAME.get(name)).map(Supplier::get);
    }
}
