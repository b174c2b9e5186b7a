package org.scholarkg.record;

import java.text.Normalizer;
import java.util.Locale;

/** Turns names and identifiers into the lower-case ASCII slugs used in IRIs. */
public final class Slugs {

    private static final int MAX_LENGTH = 80;

    private Slugs() {
    }

    /**
     * A deterministic slug: accents removed, lower case, runs of anything but {@code a-z0-9} replaced by
     * one dash, at most {@value #MAX_LENGTH} characters.
     *
     * <pre>{@code
     * Slugs.of("Eduardo Santos Escriche")  // "eduardo-santos-escriche"
     * Slugs.of("10.1145/3292500.3330701")  // "10-1145-3292500-3330701"
     * }</pre>
     */
    public static String of(String text) {
        if (isSlug(text)) {
            // Record ids are slugs already; IRIs are minted from them millions of times in a large load.
            return text;
        }
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "x" : slug;
    }

    /** True when {@link #of} would return the text unchanged. */
    private static boolean isSlug(String text) {
        int n = text.length();
        if (n == 0 || n > MAX_LENGTH || text.charAt(0) == '-' || text.charAt(n - 1) == '-') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean slugChar = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-';
            if (!slugChar || c == '-' && text.charAt(i - 1) == '-') {
                return false;
            }
        }
        return true;
    }
}
