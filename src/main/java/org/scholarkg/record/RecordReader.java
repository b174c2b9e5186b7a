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
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.scholarkg.InputLocation;
import org.scholarkg.InputProblem;
import org.scholarkg.KgInputException;

/**
 * Reads record files (YAML or JSON; folders are searched for {@code *.yaml}, {@code *.yml},
 * {@code *.json}), either into one {@link RecordSet} in memory ({@link #read}) or into a
 * {@link StreamedRecords} that reads each file again when it is converted ({@link #open}).
 *
 * <p>Each file is parsed, checked against the {@link RecordSchema}, its ids and references checked across
 * all files, and bound to records. Every problem found is collected; if there is any, a
 * {@link KgInputException} lists them all, each with file, line, column and record, and nothing is
 * returned: a caller never converts half-checked input.
 *
 * <pre>{@code
 * RecordSet records = new RecordReader().read(List.of(Path.of("data")));
 * StreamedRecords many = new RecordReader().open(List.of(Path.of("national")));
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
     * Reads files and folders into memory.
     *
     * @throws KgInputException listing every problem, if there is one
     */
    public RecordSet read(List<Path> inputs) {
        List<RecordFile> files = new ArrayList<>();
        RecordIndex index = check(inputs, (path, file) -> files.add(file));
        return new RecordSet(files, index);
    }

    /**
     * Reads and checks files and folders, keeping only their {@link RecordIndex}; each file is read again
     * when it is asked for. Memory then grows with the people and the number of papers, not with the
     * papers' records: what converting a national graph needs.
     *
     * @throws KgInputException listing every problem, if there is one
     */
    public StreamedRecords open(List<Path> inputs) {
        List<Path> paths = new ArrayList<>();
        RecordIndex index = check(inputs, (path, file) -> paths.add(path));
        return new StreamedRecords(paths, index);
    }

    /** Reads one file known to be valid (it was checked by {@link #open}) again. */
    static RecordFile reread(Path path, SourceInfo source) {
        List<InputProblem> problems = new ArrayList<>();
        RecordFile file = new RecordBinder(LocatedTree.read(path, display(path), false), problems)
                .bind(source.name(), source.lastModified());
        if (!problems.isEmpty()) {
            throw new KgInputException(problems);
        }
        return file;
    }

    /**
     * The one pass that checks everything: each file is parsed, checked against the schema, its ids
     * collected and its references checked (forward references wait for the end), bound to records and
     * added to the index; the bound file goes to {@code accepted} and is not kept here.
     */
    private RecordIndex check(List<Path> inputs, BiConsumer<Path, RecordFile> accepted) {
        List<InputProblem> problems = new ArrayList<>();
        ReferenceCheck references = new ReferenceCheck(problems);
        RecordIndex index = new RecordIndex();
        Map<String, String> sourceNames = new HashMap<>();
        // Files are parsed, schema-checked and bound on all cores; what spans files happens here, in order.
        ReadAhead<Path, ParsedFile> parsed = ReadAhead.onAllCores(expand(inputs), this::parse);
        while (parsed.hasNext()) {
            ParsedFile next = parsed.next();
            problems.addAll(next.problems());
            if (next.file() == null) {
                continue;
            }
            LocatedTree tree = next.tree();
            references.collect(tree);
            references.check(tree);
            RecordFile file = next.file();
            String other = sourceNames.putIfAbsent(file.source().name(), tree.file());
            if (other != null) {
                problems.add(new InputProblem(InputLocation.of(tree.file()), "", "source name '"
                        + file.source().name() + "' is already taken by " + other + "; rename one file"));
            }
            problems.addAll(next.bindingProblems());
            index.add(file, i -> tree.locate("/papers/" + i + "/id")).forEach((i, earlier) -> {
                String id = file.papers().get(i).id();
                problems.add(new InputProblem(tree.locate("/papers/" + i + "/id"), "paper '" + id + "'",
                        "duplicate id: paper '" + id + "' is already defined at " + earlier));
            });
            accepted.accept(next.path(), file);
        }
        references.finish();
        if (!problems.isEmpty()) {
            throw new KgInputException(problems);
        }
        return index.finish();
    }

    /**
     * One file parsed on its own: its tree and records, or (file null) the problems that stopped it. Binding
     * problems are kept apart so they are listed after the problems of references, as they are met.
     */
    private record ParsedFile(Path path, LocatedTree tree, RecordFile file, List<InputProblem> problems,
            List<InputProblem> bindingProblems) {
    }

    private ParsedFile parse(Path path) {
        LocatedTree tree;
        try {
            tree = LocatedTree.read(path, display(path));
        } catch (KgInputException e) {
            return new ParsedFile(path, null, null, e.problems(), List.of());
        }
        List<InputProblem> problems = new ArrayList<>();
        for (RecordSchema.Violation v : schema.check(tree.root())) {
            InputLocation where = v.atKey() ? tree.locateKey(v.pointer()) : tree.locate(v.pointer());
            problems.add(new InputProblem(where, RecordNames.describe(tree.root(), v.pointer()), v.message()));
        }
        if (!problems.isEmpty()) {
            return new ParsedFile(path, tree, null, problems, List.of());
        }
        List<InputProblem> binding = new ArrayList<>();
        RecordFile file = new RecordBinder(tree, binding).bind(sourceName(path), lastModified(path));
        return new ParsedFile(path, tree, file, List.of(), binding);
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
