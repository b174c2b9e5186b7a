package org.scholarkg.source.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A small, deterministic mutation engine for input files: the same seed bytes, syntax and random source give
 * the same mutant and the same description, so a failing case can be replayed from its seed.
 *
 * <pre>{@code
 * Mutations.Mutant m = Mutations.mutate(Files.readAllBytes(seed), Mutations.Syntax.JSON, new SplittableRandom(42));
 * Files.write(dir.resolve("case.json"), m.bytes());
 * }</pre>
 *
 * <p>The mutations: truncation, bit flips, random bytes, invalid UTF-8 sequences, re-encoding as ISO-8859-1
 * or UTF-16, a huge field (a run of text grown to 2-3 MB), a repeated slice (many copies of a piece of
 * structure, at most {@value #MAX_REPEATED} bytes), a long line (a piece of a line repeated to up to
 * {@value #MAX_LONG_LINE} bytes), deep nesting ({@value #DEEP} levels, or a depth under common parser limits)
 * in the syntax of the file; for YAML alias bombs and tags naming Java classes; for XML DOCTYPEs with an
 * external entity, nested entities or an external DTD.
 */
final class Mutations {

    /** Levels of the deep nesting mutation. */
    static final int DEEP = 10_000;
    /** The largest a repeated slice grows the input by. */
    static final int MAX_REPEATED = 256 * 1024;
    private static final int MIN_HUGE = 2 * 1024 * 1024;
    private static final int MAX_HUGE = 3 * 1024 * 1024;
    private static final int MIN_LONG_LINE = 16 * 1024;
    static final int MAX_LONG_LINE = 256 * 1024;

    /**
     * Sequences that are not UTF-8: a lone lead byte, a stray continuation byte, an overlong form, a
     * surrogate, a code point over U+10FFFF, bytes UTF-8 never uses, a cut sequence, a five-byte form; and NUL.
     */
    private static final List<byte[]> INVALID_UTF8 = List.of(
            bytes(0xC3), bytes(0x80), bytes(0xC0, 0xAF), bytes(0xED, 0xA0, 0x80), bytes(0xF4, 0x90, 0x80, 0x80),
            bytes(0xFE), bytes(0xFF), bytes(0xE2, 0x82), bytes(0xF8, 0x88, 0x80, 0x80, 0x80), bytes(0x00));

    /** The syntax of a seed, which decides what nesting, aliases and entities look like. */
    enum Syntax {
        JSON, XML, YAML, BIBTEX, TEXT
    }

    /** A mutated input and how it was made, in words that locate the change. */
    record Mutant(String description, byte[] bytes) {
    }

    /** The kinds of mutation. */
    enum Kind {
        TRUNCATE, FLIP_BITS, INSERT_RANDOM_BYTES, INVALID_UTF8, LATIN1, UTF16, HUGE_FIELD, REPEATED_SLICE,
        LONG_LINE, DEEP_NESTING, YAML_ALIASES, YAML_TAG, XML_ENTITIES;

        boolean appliesTo(Syntax syntax) {
            return switch (this) {
                case YAML_ALIASES, YAML_TAG -> syntax == Syntax.YAML;
                case XML_ENTITIES -> syntax == Syntax.XML;
                default -> true;
            };
        }
    }

    private Mutations() {
    }

    /** One mutant of {@code seed}; the kind is drawn from {@code random} among those that apply. */
    static Mutant mutate(byte[] seed, Syntax syntax, SplittableRandom random) {
        List<Kind> kinds = new ArrayList<>();
        for (Kind k : Kind.values()) {
            if (k.appliesTo(syntax)) {
                kinds.add(k);
            }
        }
        return mutate(seed, syntax, kinds.get(random.nextInt(kinds.size())), random);
    }

    /** One mutant of {@code seed} of the given kind. */
    static Mutant mutate(byte[] seed, Syntax syntax, Kind kind, SplittableRandom random) {
        return switch (kind) {
            case TRUNCATE -> truncate(seed, random);
            case FLIP_BITS -> flipBits(seed, random);
            case INSERT_RANDOM_BYTES -> insertRandomBytes(seed, random);
            case INVALID_UTF8 -> invalidUtf8(seed, random);
            case LATIN1 -> reencode(seed, StandardCharsets.ISO_8859_1, false);
            case UTF16 -> reencode(seed, random.nextBoolean() ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE,
                    random.nextBoolean());
            case HUGE_FIELD -> hugeField(seed, random);
            case REPEATED_SLICE -> repeatedSlice(seed, random);
            case LONG_LINE -> longLine(seed, random);
            case DEEP_NESTING -> deepNesting(seed, syntax, random);
            case YAML_ALIASES -> yamlAliases(seed, random);
            case YAML_TAG -> yamlTag(seed, random);
            case XML_ENTITIES -> xmlEntities(seed, random);
        };
    }

    private static Mutant truncate(byte[] seed, SplittableRandom random) {
        int at = seed.length == 0 ? 0 : random.nextInt(seed.length);
        return new Mutant("truncated to " + at + " of " + seed.length + " bytes", slice(seed, 0, at));
    }

    private static Mutant flipBits(byte[] seed, SplittableRandom random) {
        byte[] out = seed.clone();
        if (out.length == 0) {
            return new Mutant("nothing to flip in an empty seed", out);
        }
        int n = 1 + random.nextInt(8);
        List<String> flips = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int at = random.nextInt(out.length);
            int bit = random.nextInt(8);
            out[at] ^= (byte) (1 << bit);
            flips.add(at + ":" + bit);
        }
        return new Mutant("bits flipped at (byte:bit) " + flips, out);
    }

    private static Mutant insertRandomBytes(byte[] seed, SplittableRandom random) {
        int at = random.nextInt(seed.length + 1);
        byte[] inserted = new byte[1 + random.nextInt(32)];
        random.nextBytes(inserted);
        return new Mutant("random bytes " + HexFormat.of().formatHex(inserted) + " inserted at " + at,
                insert(seed, at, inserted));
    }

    private static Mutant invalidUtf8(byte[] seed, SplittableRandom random) {
        int at = random.nextInt(seed.length + 1);
        byte[] bad = INVALID_UTF8.get(random.nextInt(INVALID_UTF8.size()));
        return new Mutant("bytes " + HexFormat.of().formatHex(bad) + " (not UTF-8) inserted at " + at,
                insert(seed, at, bad));
    }

    private static Mutant reencode(byte[] seed, Charset charset, boolean byteOrderMark) {
        String text = new String(seed, StandardCharsets.UTF_8);
        byte[] encoded = ((byteOrderMark ? "\ufeff" : "") + text).getBytes(charset);
        return new Mutant("re-encoded as " + charset.name() + (byteOrderMark ? " with a byte order mark" : ""),
                encoded);
    }

    /** A run of letters, digits and spaces of the seed (a piece of a value), repeated into a 2-5 MB field. */
    private static Mutant hugeField(byte[] seed, SplittableRandom random) {
        int start = seed.length == 0 ? 0 : random.nextInt(seed.length);
        while (start < seed.length && !isFieldByte(seed[start])) {
            start++;
        }
        int end = start;
        while (end < seed.length && end - start < 64 && isFieldByte(seed[end])) {
            end++;
        }
        byte[] unit = end > start ? slice(seed, start, end) : "x".getBytes(StandardCharsets.US_ASCII);
        int target = MIN_HUGE + random.nextInt(MAX_HUGE - MIN_HUGE);
        int times = target / unit.length;
        ByteArrayOutputStream run = new ByteArrayOutputStream(times * unit.length);
        for (int i = 0; i < times; i++) {
            run.writeBytes(unit);
        }
        int at = end > start ? end : Math.min(start, seed.length);
        return new Mutant("\"" + new String(unit, StandardCharsets.US_ASCII) + "\" repeated " + times
                + " times at " + at, insert(seed, at, run.toByteArray()));
    }

    /** A slice of the seed, structure included (a record, an entry), repeated many times in place. */
    private static Mutant repeatedSlice(byte[] seed, SplittableRandom random) {
        if (seed.length == 0) {
            return new Mutant("nothing to repeat in an empty seed", seed);
        }
        int start = random.nextInt(seed.length);
        int length = 1 + random.nextInt(Math.min(4096, seed.length - start));
        int times = 1 + random.nextInt(Math.max(1, MAX_REPEATED / length));
        times = Math.min(times, 10_000);
        byte[] unit = slice(seed, start, start + length);
        ByteArrayOutputStream run = new ByteArrayOutputStream(times * length);
        for (int i = 0; i < times; i++) {
            run.writeBytes(unit);
        }
        return new Mutant("slice [" + start + ", " + (start + length) + ") repeated " + times + " more times",
                insert(seed, start + length, run.toByteArray()));
    }

    /**
     * A piece of one line, separators included, repeated into a line of {@value #MIN_LONG_LINE} to
     * {@value #MAX_LONG_LINE} bytes in place of the rest of the line: what patterns that backtrack over a line
     * are slow on.
     */
    private static Mutant longLine(byte[] seed, SplittableRandom random) {
        int at = seed.length == 0 ? 0 : random.nextInt(seed.length);
        int lineStart = at;
        while (lineStart > 0 && seed[lineStart - 1] != '\n' && seed[lineStart - 1] != '\r') {
            lineStart--;
        }
        int lineEnd = at;
        while (lineEnd < seed.length && seed[lineEnd] != '\n' && seed[lineEnd] != '\r') {
            lineEnd++;
        }
        if (lineEnd == lineStart) {
            return repeatedSlice(seed, random);
        }
        // Up to a whole line of a few hundred bytes: a venue line with all its separators, or a piece of one.
        int start = lineStart + random.nextInt(lineEnd - lineStart);
        int end = start + 1 + random.nextInt(Math.min(256, lineEnd - start));
        byte[] unit = slice(seed, start, end);
        int times = (MIN_LONG_LINE + random.nextInt(MAX_LONG_LINE - MIN_LONG_LINE)) / unit.length;
        ByteArrayOutputStream run = new ByteArrayOutputStream(times * unit.length);
        for (int i = 0; i < times; i++) {
            run.writeBytes(unit);
        }
        // The rest of the line goes: a line that still ends as it did (with a date, say) often matches early.
        byte[] cut = new byte[seed.length - (lineEnd - end)];
        System.arraycopy(seed, 0, cut, 0, end);
        System.arraycopy(seed, lineEnd, cut, end, seed.length - lineEnd);
        return new Mutant("line piece [" + start + ", " + end + ") repeated " + times + " more times in place of"
                + " the rest of its line [" + end + ", " + lineEnd + ")", insert(cut, end, run.toByteArray()));
    }

    /**
     * Nesting inserted where the syntax takes a value, kept well-formed where that is easy: {@value #DEEP}
     * levels, or a few hundred (under the limits of common parsers, so that what reads the tree sees it).
     */
    private static Mutant deepNesting(byte[] seed, Syntax syntax, SplittableRandom random) {
        int depth = random.nextBoolean() ? DEEP : 50 + random.nextInt(400);
        String text = new String(seed, StandardCharsets.UTF_8);
        return switch (syntax) {
            case JSON -> {
                // After ':' the old value moves under a new key; after '[' the nesting is one more item.
                List<Integer> anchors = anchors(text, ":", "[");
                int at = pick(anchors, random, 0);
                boolean afterColon = at > 0 && text.charAt(at - 1) == ':';
                String nest = "[".repeat(depth) + "]".repeat(depth) + (afterColon ? ", \"fuzz\":" : ",");
                yield spliced(text, at, 0, nest, depth + " nested arrays inserted at char " + at);
            }
            case XML -> {
                List<Integer> anchors = anchors(text, ">");
                int at = pick(anchors, random, text.length());
                String nest = "<n>".repeat(depth) + "</n>".repeat(depth);
                yield spliced(text, at, 0, nest, depth + " nested elements inserted at char " + at);
            }
            case YAML -> {
                List<Integer> anchors = anchors(text, ": ", "- ");
                int at = pick(anchors, random, 0);
                int lineEnd = text.indexOf('\n', at);
                int end = lineEnd < 0 ? text.length() : lineEnd;
                boolean block = random.nextBoolean();
                String nest = block ? "- ".repeat(depth) + "x" : "[".repeat(depth) + "]".repeat(depth);
                yield spliced(text, at, end - at, nest, depth + (block ? " nested block sequences" : " nested flow sequences")
                        + " replacing chars [" + at + ", " + end + ")");
            }
            case BIBTEX -> {
                // "{...} # " keeps the field's old value as the second part of a concatenation.
                List<Integer> anchors = anchors(text, "=");
                int at = pick(anchors, random, 0);
                String nest = " " + "{".repeat(depth) + "}".repeat(depth) + " # ";
                yield spliced(text, at, 0, nest, depth + " nested braces inserted at char " + at);
            }
            case TEXT -> {
                int at = random.nextInt(text.length() + 1);
                String nest = "(".repeat(depth) + ")".repeat(depth);
                yield spliced(text, at, 0, nest, depth + " nested parentheses inserted at char " + at);
            }
        };
    }

    /**
     * Anchors and aliases before the document: a bomb of {@code levels} lists of {@code width} aliases to the
     * level below (sometimes under the reader's alias limit, so that what expands the aliases is tried too),
     * or a value repeated by alias under keys the schema does not know.
     */
    private static Mutant yamlAliases(byte[] seed, SplittableRandom random) {
        StringBuilder bomb = new StringBuilder();
        String description;
        if (random.nextBoolean()) {
            int levels = 2 + random.nextInt(8);
            int width = 2 + random.nextInt(9);
            bomb.append("l0: &l0 [").append(String.join(", ", java.util.Collections.nCopies(width, "lol"))).append("]\n");
            for (int i = 1; i < levels; i++) {
                bomb.append('l').append(i).append(": &l").append(i).append(" [")
                        .append(String.join(", ", java.util.Collections.nCopies(width, "*l" + (i - 1)))).append("]\n");
            }
            description = "alias bomb of " + levels + " levels of " + width + " aliases ("
                    + (levels - 1) * width + " aliases) before the document";
        } else {
            int times = 1 + random.nextInt(120);
            bomb.append("a: &a {id: x, name: lol}\n");
            for (int i = 0; i < times; i++) {
                bomb.append("a").append(i).append(": *a\n");
            }
            description = times + " aliases of one mapping before the document";
        }
        String text = new String(seed, StandardCharsets.UTF_8);
        return new Mutant(description, (bomb + text).getBytes(StandardCharsets.UTF_8));
    }

    private static final List<String> TAGS = List.of("!!java.lang.Runtime", "!!javax.script.ScriptEngineManager",
            "!!python/object:os.system", "!custom", "!<tag:example.org,2024:x>", "!!binary", "!!set", "!!omap",
            "!!float", "!!timestamp");

    /** A tag, Java class names and local tags among them, put before a value. */
    private static Mutant yamlTag(byte[] seed, SplittableRandom random) {
        String text = new String(seed, StandardCharsets.UTF_8);
        int at = pick(anchors(text, ": ", "- "), random, 0);
        String tag = TAGS.get(random.nextInt(TAGS.size()));
        return spliced(text, at, 0, tag + " ", "tag " + tag + " inserted at char " + at);
    }

    /** A DOCTYPE after the XML declaration: an external entity, nested entities or an external DTD. */
    private static Mutant xmlEntities(byte[] seed, SplittableRandom random) {
        String text = new String(seed, StandardCharsets.UTF_8);
        int prolog = text.startsWith("<?xml") ? text.indexOf("?>") + 2 : 0;
        String doctype = switch (random.nextInt(3)) {
            case 0 -> "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>";
            case 1 -> "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY e \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>";
            default -> "<!DOCTYPE x SYSTEM \"http://example.invalid/x.dtd\">";
        };
        String withDoctype = text.substring(0, prolog) + doctype + text.substring(prolog);
        int at = pick(anchors(withDoctype.substring(prolog + doctype.length()), ">"), random, 0)
                + prolog + doctype.length();
        return spliced(withDoctype, at, 0, "&e;", "DOCTYPE " + doctype + " at char " + prolog + ", &e; at char " + at);
    }

    private static boolean isFieldByte(byte b) {
        return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == ' ';
    }

    /** The positions right after each occurrence of any of the markers. */
    private static List<Integer> anchors(String text, String... markers) {
        List<Integer> at = new ArrayList<>();
        for (String marker : markers) {
            for (int i = text.indexOf(marker); i >= 0; i = text.indexOf(marker, i + 1)) {
                at.add(i + marker.length());
            }
        }
        at.sort(null);
        return at;
    }

    private static int pick(List<Integer> anchors, SplittableRandom random, int fallback) {
        return anchors.isEmpty() ? fallback : anchors.get(random.nextInt(anchors.size()));
    }

    private static Mutant spliced(String text, int at, int removed, String inserted, String description) {
        String out = text.substring(0, at) + inserted + text.substring(at + removed);
        return new Mutant(description, out.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] insert(byte[] seed, int at, byte[] inserted) {
        byte[] out = new byte[seed.length + inserted.length];
        System.arraycopy(seed, 0, out, 0, at);
        System.arraycopy(inserted, 0, out, at, inserted.length);
        System.arraycopy(seed, at, out, at + inserted.length, seed.length - at);
        return out;
    }

    private static byte[] slice(byte[] seed, int from, int to) {
        byte[] out = new byte[to - from];
        System.arraycopy(seed, from, out, 0, out.length);
        return out;
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    /** The syntax of a seed file, by its name. */
    static Syntax syntaxOf(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return Syntax.JSON;
        }
        if (name.endsWith(".xml")) {
            return Syntax.XML;
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return Syntax.YAML;
        }
        if (name.endsWith(".bib")) {
            return Syntax.BIBTEX;
        }
        return Syntax.TEXT;
    }
}
