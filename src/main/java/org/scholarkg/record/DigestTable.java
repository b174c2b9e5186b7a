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
 * <p>Open addressing with linear probing, in segments that grow one at a time; no removal. Not thread-safe.
 */
final class DigestTable {

    private static final int ABSENT = -1;
    /** The table is split by the digest's first bits, so growing copies one segment at a time. */
    private static final int SEGMENT_BITS = 6;

    private final MessageDigest md5;
    private final Segment[] segments = new Segment[1 << SEGMENT_BITS];
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
        for (int i = 0; i < segments.length; i++) {
            segments[i] = new Segment();
        }
    }

    /** The value of a text, or -1. */
    int get(String text) {
        digest(text);
        Segment segment = segment();
        return segment.values[segment.find(lastHigh, lastLow)];
    }

    /** Puts the value unless the text has one; returns the value it had, or -1. */
    int putIfAbsent(String text, int value) {
        return store(text, value, false);
    }

    /** Puts the value, whether or not the text had one; returns the value it had, or -1. */
    int put(String text, int value) {
        return store(text, value, true);
    }

    private int store(String text, int value, boolean replace) {
        if (value < 0) {
            throw new IllegalArgumentException("values are non-negative: " + value);
        }
        digest(text);
        Segment segment = segment();
        int slot = segment.find(lastHigh, lastLow);
        int previous = segment.values[slot];
        if (previous == ABSENT) {
            segment.put(slot, lastHigh, lastLow, value);
            size++;
        } else if (replace) {
            segment.values[slot] = value;
        }
        return previous;
    }

    int size() {
        return size;
    }

    private Segment segment() {
        return segments[(int) (lastHigh >>> (64 - SEGMENT_BITS))];
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

    /** One part of the table: open addressing with linear probing, grown by doubling at 3/4 full. */
    private static final class Segment {
        private long[] high;
        private long[] low;
        private int[] values;
        private int size;

        Segment() {
            allocate(1 << 4);
        }

        /** The slot holding the digest, or the empty slot where it would go. */
        int find(long h, long l) {
            int mask = values.length - 1;
            int slot = (int) (l ^ (l >>> 32)) & mask;
            while (values[slot] != ABSENT && (high[slot] != h || low[slot] != l)) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        void put(int slot, long h, long l, int value) {
            high[slot] = h;
            low[slot] = l;
            values[slot] = value;
            if (++size * 4L > values.length * 3L) {
                grow();
            }
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
}
