package org.scholarkg.bench;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Draws ranks from a Zipf (power-law) distribution: rank {@code r} (0-based) has weight
 * {@code 1 / (r + 1)^s}. Productivity of people, popularity of venues and frequency of names follow it.
 */
final class ZipfTable {

    private ZipfTable() {
    }

    /** The cumulative weights of {@code n} ranks, normalised to end at 1. */
    static double[] cumulative(int n, double exponent) {
        double[] cumulative = new double[n];
        double sum = 0;
        for (int r = 0; r < n; r++) {
            sum += 1 / Math.pow(r + 1, exponent);
            cumulative[r] = sum;
        }
        for (int r = 0; r < n; r++) {
            cumulative[r] /= sum;
        }
        return cumulative;
    }

    /** A rank drawn with the table's weights. */
    static int draw(double[] cumulative, SplittableRandom random) {
        int at = Arrays.binarySearch(cumulative, random.nextDouble());
        int rank = at >= 0 ? at : -at - 1;
        return Math.min(rank, cumulative.length - 1);
    }
}
