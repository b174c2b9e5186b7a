package org.scholarkg.web.ld;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Documents kept in memory, each for the store version it was made from (see {@link StoreVersion}): a lookup
 * finds a document only when it was made from the version the asking transaction sees, so nothing is served
 * that the store no longer says. The first lookup with a newer version drops every older document. Bounded by
 * the bytes the documents hold; the least recently used go first.
 *
 * <pre>{@code
 * DocumentCache cache = new DocumentCache(64L << 20);
 * PreparedDocument doc = cache.get("/doc/person/x.html", version, () -> render());
 * }</pre>
 */
public final class DocumentCache {

    /** The bound when none is configured: 64 MiB, some hundreds of person pages or thousands of paper pages. */
    public static final long DEFAULT_MAX_BYTES = 64L << 20;

    private final long maxBytes;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;
    private long latest = Long.MIN_VALUE;
    private long hits;
    private long misses;

    private record Entry(long version, PreparedDocument document) {
    }

    /** @param maxBytes the most bytes kept; 0 keeps nothing */
    public DocumentCache(long maxBytes) {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("cache size " + maxBytes + " must not be negative");
        }
        this.maxBytes = maxBytes;
    }

    /**
     * The document kept under the key for this version, or the one {@code make} makes, kept for next time.
     * {@code make} runs outside the cache's lock and may return null (nothing to keep, e.g. an unknown
     * resource); then this returns null.
     */
    public PreparedDocument get(String key, long version, Supplier<PreparedDocument> make) {
        synchronized (this) {
            advanceTo(version);
            Entry e = entries.get(key);
            if (e != null && e.version() == version) {
                hits++;
                return e.document();
            }
            misses++;
        }
        PreparedDocument made = make.get();
        if (made != null) {
            put(key, version, made);
        }
        return made;
    }

    /** Lookups answered from the cache. */
    public synchronized long hits() {
        return hits;
    }

    /** Lookups that made the document. */
    public synchronized long misses() {
        return misses;
    }

    /** The bytes the kept documents hold, roughly. */
    public synchronized long bytes() {
        return bytes;
    }

    private synchronized void put(String key, long version, PreparedDocument document) {
        // A reader of an older version (its transaction began before a write) keeps nothing: no one asks for it.
        if (version != latest || document.weight() > maxBytes) {
            return;
        }
        Entry old = entries.put(key, new Entry(version, document));
        bytes += document.weight() - (old == null ? 0 : old.document().weight());
        Iterator<Map.Entry<String, Entry>> eldest = entries.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            bytes -= eldest.next().getValue().document().weight();
            eldest.remove();
        }
    }

    private void advanceTo(long version) {
        if (version > latest) {
            latest = version;
            entries.clear();
            bytes = 0;
        }
    }
}
