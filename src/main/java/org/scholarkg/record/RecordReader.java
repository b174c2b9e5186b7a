package org.scholarkg.record;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.scholarkg.InputLocation;
import org.scholarkg.InputProblem;
import org.scholarkg.KgInputException;

/**
 * Reads record files (YAML or JSON; folders are searched for {@code *.yaml}, {@code *.yml},
 * {@code *.json}) into one {@link RecordSet}.
 *
 * <p>Each file is parsed, checked against the {@link RecordSchema}, bound to records, and then ids and
 * references are checked across all files. Every problem found is collected; if there is any, a
 * {@link KgInputException} lists them all, each with file, line, column and record.
 *
 * <pre>{@code
 * RecordSet records = new RecordReader().read(List.of(Path.of("data")));
 * }</pre>
 */
public final class RecordReader {

    private final RecordSchema schema;

    public RecordReader() {
        this(RecordSchema.load());
    }

    public RecordReader(RecordSchema schema) {
        this.schema = schema;
    }

    /**
     * Reads files and folders.
     *
     * @throws KgInputException listing every problem, if there is one
     */
    public RecordSet read(List<Path> inputs) {
        List<Path> files = expand(inputs);
        List<InputProblem> problems = new ArrayList<>();
        List<LocatedTree> trees = new ArrayList<>();
        List<Path> treePaths = new ArrayList<>();
        for (Path file : files) {
            try {
                LocatedTree tree = LocatedTree.read(file, display(file));
                int before = problems.size();
                for (RecordSchema.Violation v : schema.check(tree.root())) {
                    InputLocation where = v.atKey() ? tree.locateKey(v.pointer()) : tree.locate(v.pointer());
                    problems.add(new InputProblem(where, RecordNames.describe(tree.root(), v.pointer()),
                            v.message()));
                }
                if (problems.size() == before) {
                    trees.add(tree);
                    treePaths.add(file);
                }
            } catch (KgInputException e) {
                problems.addAll(e.problems());
            }
        }
        ReferenceCheck references = new ReferenceCheck(problems);
        trees.forEach(references::collect);
        trees.forEach(references::check);

        List<RecordFile> recordFiles = new ArrayList<>();
        Map<String, String> sourceNames = new HashMap<>();
        for (int i = 0; i < trees.size(); i++) {
            LocatedTree tree = trees.get(i);
            String name = sourceName(treePaths.get(i));
            String other = sourceNames.putIfAbsent(name, tree.file());
            if (other != null) {
                problems.add(new InputProblem(InputLocation.of(tree.file()), "",
                        "source name '" + name + "' is already taken by " + other + "; rename one file"));
            }
            recordFiles.add(new RecordBinder(tree, problems).bind(name, lastModified(treePaths.get(i))));
        }
        if (!problems.isEmpty()) {
            throw new KgInputException(problems);
        }
        return new RecordSet(recordFiles);
    }

    /** The short name of a source: the file name without extension, as a lower-case slug. */
    public static String sourceName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return Slugs.of(stem);
    }

    private static List<Path> expand(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile).filter(RecordReader::isRecordFile).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (Files.isRegularFile(input)) {
                files.add(input);
            } else {
                throw new KgInputException(new InputProblem(InputLocation.of(display(input)), "",
                        "no such file or folder"));
            }
        }
        return files;
    }

    private static boolean isRecordFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    private static String display(Path p) {
        return p.toString().replace('\\', '/');
    }

    private static Instant lastModified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }
}
