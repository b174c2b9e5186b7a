package org.scholarkg.source;

import java.util.HashSet;
import java.util.Set;
import org.scholarkg.record.Slugs;

/**
 * Hands out record ids that are unique within one import: the slug of a text, then the slug with
 * {@code -2}, {@code -3}, ... when it is taken. Every id is its own slug, so an id stays unique where IRIs
 * are minted from {@code Slugs.of(id)}: a suffix shortens a slug of full length rather than lengthen it.
 *
 * <pre>{@code
 * UniqueIds ids = new UniqueIds();
 * ids.claim("smith2024");  // "smith2024"
 * ids.claim("Smith2024");  // "smith2024-2"
 * }</pre>
 */
public final class UniqueIds {

    private final Set<String> taken = new HashSet<>();

    /** The slug of {@code text}, made unique among the ids this instance gave out. */
    public String claim(String text) {
        String base = Slugs.of(text);
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
            String suffix = "-" + n;
            // Slugs.of(base + suffix) keeps the suffix whole only if the sum fits the slug length.
            id = Slugs.of(base + suffix).endsWith(suffix) ? Slugs.of(base + suffix)
                    : Slugs.of(base.substring(0, base.length() - suffix.length())) + suffix;
        }
        return id;
    }
}
