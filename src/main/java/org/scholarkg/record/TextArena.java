package org.scholarkg.record;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Many short texts in byte chunks (UTF-8, each with its length in front), each found again by its number:
 * a million titles cost their bytes and a few more each, instead of a {@code String} object and its array
 * apiece. Chunks have a fixed size and are never copied, so growing never needs twice the memory.
 */
final class TextArena {

    private static final int CHUNK_BITS = 20;
    private static final int CHUNK = 1 << CHUNK_BITS;

    private final List<byte[]> chunks = new ArrayList<>();
    private byte[] current;
    private int used = CHUNK;
    private int[] positions = new int[1 << 10];
    private int count;

    /** Adds a text; returns its number (0, 1, 2, ...). */
    int add(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        int needed = utf8.length + 5;
        if (used + needed > current().length) {
            // A text longer than a chunk gets a chunk of its own.
            current = new byte[Math.max(CHUNK, needed)];
            chunks.add(current);
            used = 0;
            if (chunks.size() >= 1 << (31 - CHUNK_BITS)) {
                throw new IllegalStateException("more than 2 GiB of text");
            }
        }
        if (count >= positions.length) {
            positions = Arrays.copyOf(positions, positions.length * 2);
        }
        positions[count] = (chunks.size() - 1) << CHUNK_BITS | used;
        used = writeLength(current, used, utf8.length);
        System.arraycopy(utf8, 0, current, used, utf8.length);
        used += utf8.length;
        return count++;
    }

    /** The text with this number. */
    String get(int number) {
        if (number < 0 || number >= count) {
            throw new IndexOutOfBoundsException(number);
        }
        byte[] chunk = chunks.get(positions[number] >>> CHUNK_BITS);
        int at = positions[number] & (CHUNK - 1);
        int length = 0;
        int shift = 0;
        byte b;
        do {
            b = chunk[at++];
            length |= (b & 0x7f) << shift;
            shift += 7;
        } while (b < 0);
        return new String(chunk, at, length, StandardCharsets.UTF_8);
    }

    int size() {
        return count;
    }

    private byte[] current() {
        return current == null ? new byte[0] : current;
    }

    /** Writes a length in 7-bit groups, low first; returns the position after it. */
    private static int writeLength(byte[] chunk, int at, int length) {
        int rest = length;
        while (rest >= 0x80) {
            chunk[at++] = (byte) (rest & 0x7f | 0x80);
            rest >>>= 7;
        }
        chunk[at++] = (byte) rest;
        return at;
    }
}
