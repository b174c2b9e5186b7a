package org.scholarkg.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import org.scholarkg.InputLocation;
import org.scholarkg.InputProblem;
import org.scholarkg.KgInputException;
import org.scholarkg.record.RecordReader;
import org.scholarkg.record.SourceInfo;

/**
 * An importer's input file: its name as messages show it, its text or bytes, and the {@link SourceInfo} of
 * the records made from it. Files that cannot be read are input errors naming the file.
 *
 * <pre>{@code
 * String text = InputFiles.readText(file);
 * SourceInfo source = InputFiles.sourceInfo(file, "BibTeX file papers.bib", null);
 * }</pre>
 */
public final class InputFiles {

    private InputFiles() {
    }

    /** The file as messages name it: as the user gave it, with forward slashes. */
    public static String display(Path file) {
        return file.toString().replace('\\', '/');
    }

    /**
     * The file's text, read as UTF-8, without a leading byte order mark.
     *
     * @throws KgInputException when the file is missing, unreadable or not UTF-8
     */
    public static String readText(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return text.startsWith("\ufeff") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw problem(file, "cannot read: the file is not UTF-8 text");
        } catch (NoSuchFileException e) {
            throw problem(file, "no such file");
        } catch (IOException e) {
            throw problem(file, "cannot read: " + e.getMessage());
        }
    }

    /**
     * The file's bytes as a stream, for parsers that detect the encoding themselves (XML, JSON).
     *
     * @throws KgInputException when the file is missing or unreadable
     */
    public static InputStream open(Path file) {
        try {
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw problem(file, "no such file");
        } catch (IOException e) {
            throw problem(file, "cannot read: " + e.getMessage());
        }
    }

    /**
     * Where the records of an import come from: the file, the source name made from the file name (it names
     * the graph), a title, and the source's URL or null.
     */
    public static SourceInfo sourceInfo(Path file, String title, String url) {
        Instant modified;
        try {
            modified = Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            modified = Instant.EPOCH;
        }
        return new SourceInfo(display(file), RecordReader.sourceName(file), title, url, modified);
    }

    private static KgInputException problem(Path file, String message) {
        return new KgInputException(new InputProblem(InputLocation.of(display(file)), "", message));
    }
}
