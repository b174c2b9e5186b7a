package org.scholarkg.bench;

import java.util.Arrays;

/** Latencies of repeated runs, in milliseconds, and their percentiles (nearest rank). */
final class Latencies {

    private double[] millis = new double[16];
    private int count;

    void add(long nanos) {
        if (count == millis.length) {
            millis = Arrays.copyOf(millis, count * 2);
        }
        millis[count++] = nanos / 1e6;
    }

    int count() {
        return count;
    }

    /** The {@code p}-th percentile (0 &lt; p &le; 100) by nearest rank. */
    double percentile(double p) {
        double[] sorted = Arrays.copyOf(millis, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * count);
        return sorted[Math.max(0, Math.min(count - 1, rank - 1))];
    }
}
