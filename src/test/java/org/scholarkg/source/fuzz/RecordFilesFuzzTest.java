package org.scholarkg.source.fuzz;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.scholarkg.SharedFixtures;
import org.scholarkg.record.LocatedTree;
import org.scholarkg.record.RecordFile;
import org.scholarkg.record.RecordReader;
import org.scholarkg.record.RecordYamlWriter;
import org.scholarkg.source.Importer;
import org.scholarkg.source.bibtex.BibtexImporter;
import org.scholarkg.source.csljson.CslJsonImporter;
import org.scholarkg.source.mcml.McmlPageImporter;
import org.scholarkg.source.oaipmh.OaiPmhImporter;
import org.scholarkg.source.orcid.OrcidImporter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Mutated record files, YAML and JSON, are read by {@link RecordReader} into records or refused with a located
 * input error, within the time bound, and nothing else: no partial load (one input file gives one record file
 * or an error), tags construct no objects, alias bombs and deep nesting are refused.
 */
class RecordFilesFuzzTest extends AbstractFuzzTest {

    private static final RecordReader READER = new RecordReader();

    @Override
    protected String format() {
        return "records";
    }

    @Override
    protected Loaded load(Path file) {
        List<RecordFile> files = READER.read(List.of(file)).files();
        if (files.size() != 1) {
            throw new IllegalStateException("one input file gave " + files.size() + " record files");
        }
        return new Loaded(files, List.of());
    }

    /** The project's record fixtures, valid and bad, and the valid ones as JSON. */
    @Override
    protected List<Path> unitSeeds() {
        Path resources = Path.of("src/test/resources/record");
        List<Path> seeds = new ArrayList<>(files(resources, ".yaml"));
        for (Path yaml : files(resources.resolve("valid"), ".yaml")) {
            seeds.add(asJson(yaml));
        }
        for (Path yaml : files(resources.resolve("merge"), ".yaml")) {
            seeds.add(asJson(yaml));
        }
        return seeds;
    }

    /** The records the importers make of the real files, as YAML and as JSON. */
    @Override
    protected List<Path> sharedSeeds() {
        Path fixtures = SharedFixtures.root();
        List<Path> seeds = new ArrayList<>();
        seeds.add(imported(new McmlPageImporter(), SharedFixtures.seedPage()));
        seeds.add(imported(new BibtexImporter(), fixtures.resolve("bibtex/mainlp-papers.bib")));
        seeds.add(imported(new BibtexImporter(), fixtures.resolve("bibtex/yifeiwang77-papers.bib")));
        seeds.add(imported(new OrcidImporter(), fixtures.resolve("orcid/record-3.0.xml")));
        seeds.add(imported(new CslJsonImporter(), fixtures.resolve("csl-datacite/manubot-rootstock_references.csl.json")));
        seeds.add(imported(new OaiPmhImporter(),
                fixtures.resolve("oai-pmh/pyoai-erasmus-dspace-2003/ListRecords_oai_dc_from-2003-04-10.xml")));
        seeds.add(asJson(seeds.get(0)));
        seeds.add(asJson(seeds.get(3)));
        return seeds;
    }

    private Path imported(Importer importer, Path input) {
        String name = input.getFileName().toString();
        Path yaml = seedDir().resolve(name.substring(0, name.indexOf('.')) + ".yaml");
        write(yaml, new RecordYamlWriter().write(importer.read(input).records()));
        return yaml;
    }

    private Path asJson(Path yaml) {
        try {
            String name = yaml.getFileName().toString();
            Path json = seedDir().resolve(name.substring(0, name.lastIndexOf('.')) + ".json");
            LocatedTree tree = LocatedTree.parse(new StringReader(Files.readString(yaml)), name);
            write(json, JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(tree.root()));
            return json;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path seedDir() {
        try {
            return Files.createDirectories(dir.resolve("seeds"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
