package org.scholarkg.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scholarkg.ExternalTool;
import org.scholarkg.SeedGraph;
import org.scholarkg.record.RecordSet;

/**
 * Independent parsers read what we write: Debian's {@code rapper} (Raptor) parses the Turtle and
 * RDF/XML output, Python's rdflib the JSON-LD output, each finding as many triples as the N-Triples
 * output has lines.
 */
class InteropTest {

    private static final String RAPPER = "/usr/bin/rapper";
    private static final String PYTHON = "/usr/bin/python3";
    private static final Pattern RAPPER_COUNT = Pattern.compile("Parsing returned (\\d+) triples");

    @TempDir
    static Path dir;
    private static long ntriples;

    @BeforeAll
    static void writeAllFormats() throws IOException {
        RecordSet records = SeedGraph.records();
        for (RdfFormat format : List.of(RdfFormat.NTRIPLES, RdfFormat.TURTLE, RdfFormat.RDFXML, RdfFormat.JSONLD)) {
            try (Writer out = Files.newBufferedWriter(file(format), StandardCharsets.UTF_8)) {
                RDFWriter writer = RdfOutput.start(format, out, SeedGraph.IRIS);
                new RecordSetConverter(SeedGraph.IRIS).convert(records, writer);
                writer.endRDF();
            }
        }
        try (var lines = Files.lines(file(RdfFormat.NTRIPLES))) {
            ntriples = lines.filter(l -> !l.isBlank()).count();
        }
    }

    private static Path file(RdfFormat format) {
        return dir.resolve("seed." + format.rio().getDefaultFileExtension());
    }

    private static long rapperCount(String syntax, Path file) throws Exception {
        ExternalTool.require(RAPPER, "raptor2-utils");
        ExternalTool.Result result = ExternalTool.run(List.of(RAPPER, "-i", syntax, "-c", file.toString()));
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        Matcher m = RAPPER_COUNT.matcher(result.stderr());
        assertThat(m.find()).as(result.stderr()).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void rapperParsesTheTurtle() throws Exception {
        assertThat(rapperCount("turtle", file(RdfFormat.TURTLE))).isEqualTo(ntriples).isGreaterThan(700);
    }

    @Test
    void rapperParsesTheRdfXml() throws Exception {
        assertThat(rapperCount("rdfxml", file(RdfFormat.RDFXML))).isEqualTo(ntriples);
    }

    @Test
    void rdflibParsesTheJsonLd() throws Exception {
        ExternalTool.require(PYTHON, "python3-rdflib");
        String script = "import sys, rdflib\n"
                + "g = rdflib.ConjunctiveGraph()\n"
                + "g.parse(sys.argv[1], format='json-ld')\n"
                + "print(len(g))\n";
        ExternalTool.Result result = ExternalTool.run(List.of(PYTHON, "-c", script, file(RdfFormat.JSONLD).toString()));
        if (result.stderr().contains("No module named 'rdflib'")) {
            ExternalTool.require("/usr/share/doc/python3-rdflib/copyright", "python3-rdflib");
        }
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(Long.parseLong(result.stdout().trim())).isEqualTo(ntriples);
    }
}
