package org.scholarkg.record;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * A hash table from texts to non-negative ints that keeps a 128-bit digest (MD5) of each text instead of
 * the text: about 20 bytes an entry, so the keys of millions of papers fit in little memory. Two different
 * texts sharing a digest is as unlikely as any MD5 collision between keys nobody chose to collide; the table
 * is for keys of records, not for anything an attacker could aim at another record's key (a collision would
 * merge two papers or report a false duplicate id, never run anything).
 *
 * <p>Open addressing with linear probing; no removal. Not thread-safe.
 */
final class DigestTable {

    private static final int ABSENT = -1;

    private final MessageDigest md5;
    private long[] high;
    private long[] low;
    private int[] values;
    private int size;

    // Set by digest(): the two halves of the last text's digest.
    private long lastHigh;
    private long lastLow;

    DigestTable() {
        try {
            md5 = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
        allocate(1 << 10);
    }

    /** The value of a text, or -1. */
    int get(String text) {
        digest(text);
        int slot = find(lastHigh, lastLow);
        return values[slot];
    }

    /** Puts the value unless the text has one; returns the value it had, or -1. */
    int putIfAbsent(String text, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("values are non-negative: " + value);
        }
        digest(text);
        int slot = find(lastHigh, lastLow);
        if (values[slot] != ABSENT) {
            return values[slot];
        }
        high[slot] = lastHigh;
        low[slot] = lastLow;
        values[slot] = value;
        if (++size * 4L > values.length * 3L) {
            grow();
        }
        return ABSENT;
    }

    /** Replaces the value of a text that has one. */
    void replace(String text, int value) {
        digest(text);
        int slot = find(lastHigh, lastLow);
        if (values[slot] == ABSENT) {
            throw new IllegalArgumentException("no value for " + text);
        }
        values[slot] = value;
    }

    int size() {
        return size;
    }

    private void digest(String text) {
        byte[] d = md5.digest(text.getBytes(StandardCharsets.UTF_8));
        long h = 0;
        long l = 0;
        for (int i = 0; i < 8; i++) {
            h = (h << 8) | (d[i] & 0xff);
            l = (l << 8) | (d[i + 8] & 0xff);
        }
        lastHigh = h;
        lastLow = l;
    }

    /** The slot holding the digest, or the empty slot where it would go. */
    private int find(long h, long l) {
        int mask = values.length - 1;
        int slot = (int) (h ^ (h >>> 32)) & mask;
        while (values[slot] != ABSENT && (high[slot] != h || low[slot] != l)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldHigh = high;
        long[] oldLow = low;
        int[] oldValues = values;
        allocate(oldValues.length * 2);
        for (int i = 0; i < oldValues.length; i++) {
            if (oldValues[i] != ABSENT) {
                int slot = find(oldHigh[i], oldLow[i]);
                high[slot] = oldHigh[i];
                low[slot] = oldLow[i];
                values[slot] = oldValues[i];
            }
        }
    }

    private void allocate(int capacity) {
        high = new long[capacity];
        low = new long[capacity];
        values = new int[capacity];
        Arrays.fill(values, ABSENT);
    }
}
