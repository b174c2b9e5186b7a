package org.scholarkg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The benchmark's working folders and files: cleared before a run, measured after. */
final class WorkFolders {

    private static final double MIB = 1024 * 1024;

    private WorkFolders() {
    }

    /** Deletes a file or a folder with everything in it; nothing if it does not exist. */
    static void delete(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of a file or of everything in a folder, in MiB. */
    static double sizeMib(Path path) {
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum() / MIB;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Seconds since a {@link System#nanoTime()} reading. */
    static double secondsSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
