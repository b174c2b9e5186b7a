package org.scholarkg.record;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Many short texts (UTF-8) kept outside the Java heap, each found again by its number: they are appended to
 * a temporary file through a small buffer, and read back from it (the operating system's page cache) when
 * asked for. A million titles then cost the heap twelve bytes each, however long they are.
 *
 * <p>The file is deleted as soon as it is opened, so nothing is left behind even when the process is
 * killed; it lives as long as this arena's channel.
 */
final class TextArena {

    private static final int BUFFER = 1 << 18;

    private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
    private FileChannel file;
    private long flushed;
    private long[] offsets = new long[1 << 10];
    private int[] lengths = new int[1 << 10];
    private int count;

    /** Adds a text; returns its number (0, 1, 2, ...). */
    int add(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        if (count >= offsets.length) {
            int size = offsets.length + (offsets.length >> 1);
            offsets = Arrays.copyOf(offsets, size);
            lengths = Arrays.copyOf(lengths, size);
        }
        if (utf8.length > buffer.remaining()) {
            flush();
        }
        offsets[count] = flushed + buffer.position();
        lengths[count] = utf8.length;
        if (utf8.length > buffer.remaining()) {
            write(ByteBuffer.wrap(utf8));
        } else {
            buffer.put(utf8);
        }
        return count++;
    }

    /** The text with this number. */
    String get(int number) {
        if (number < 0 || number >= count) {
            throw new IndexOutOfBoundsException(number);
        }
        long offset = offsets[number];
        int length = lengths[number];
        if (offset >= flushed) {
            return new String(buffer.array(), (int) (offset - flushed), length, StandardCharsets.UTF_8);
        }
        ByteBuffer bytes = ByteBuffer.allocate(length);
        try {
            while (bytes.hasRemaining()) {
                if (file.read(bytes, offset + bytes.position()) < 0) {
                    throw new IOException("the text file ended early");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read back a text kept aside", e);
        }
        return new String(bytes.array(), 0, length, StandardCharsets.UTF_8);
    }

    int size() {
        return count;
    }

    private void flush() {
        buffer.flip();
        write(buffer);
        buffer.clear();
    }

    private void write(ByteBuffer bytes) {
        try {
            if (file == null) {
                Path path = Files.createTempFile("scholarkg-texts", ".bin");
                file = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
                Files.delete(path);
            }
            while (bytes.hasRemaining()) {
                flushed += file.write(bytes, flushed);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep texts aside in a temporary file", e);
        }
    }
}
