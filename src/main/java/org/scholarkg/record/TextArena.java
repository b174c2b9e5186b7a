package org.scholarkg.record;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Many short texts in one growing byte array (UTF-8), each found again by its number: a million titles cost
 * their bytes and four more each, instead of a {@code String} object and its array apiece.
 */
final class TextArena {

    private byte[] bytes = new byte[1 << 16];
    private int used;
    private int[] starts = new int[1 << 10];
    private int count;

    /** Adds a text; returns its number (0, 1, 2, ...). */
    int add(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        if (used + utf8.length > bytes.length) {
            long wanted = Math.max((long) bytes.length * 2, (long) used + utf8.length);
            if (wanted > Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("more than 2 GiB of text");
            }
            bytes = Arrays.copyOf(bytes, (int) wanted);
        }
        if (count + 1 >= starts.length) {
            starts = Arrays.copyOf(starts, starts.length * 2);
        }
        System.arraycopy(utf8, 0, bytes, used, utf8.length);
        starts[count] = used;
        used += utf8.length;
        starts[count + 1] = used;
        return count++;
    }

    /** The text with this number. */
    String get(int number) {
        if (number < 0 || number >= count) {
            throw new IndexOutOfBoundsException(number);
        }
        return new String(bytes, starts[number], starts[number + 1] - starts[number], StandardCharsets.UTF_8);
    }

    /** The length in bytes of the text with this number. */
    int byteLength(int number) {
        return starts[number + 1] - starts[number];
    }

    int size() {
        return count;
    }
}
