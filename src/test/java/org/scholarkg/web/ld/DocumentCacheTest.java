package org.scholarkg.web.ld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The document cache keeps a document for the version it was made from, within its bound. */
class DocumentCacheTest {

    private static PreparedDocument doc(String text) {
        return new PreparedDocument(text.getBytes(StandardCharsets.UTF_8), "text/html", null, null, "\"e\"", null);
    }

    private static Supplier<PreparedDocument> counting(AtomicInteger made, String text) {
        return () -> {
            made.incrementAndGet();
            return doc(text);
        };
    }

    @Test
    void theSecondLookupOfAVersionIsAnsweredWithoutMaking() {
        DocumentCache cache = new DocumentCache(1 << 20);
        AtomicInteger made = new AtomicInteger();
        PreparedDocument first = cache.get("/doc/a.html", 7, counting(made, "a"));
        PreparedDocument second = cache.get("/doc/a.html", 7, counting(made, "a"));
        assertThat(second).isSameAs(first);
        assertThat(made).hasValue(1);
        assertThat(cache.hits()).isEqualTo(1);
        assertThat(cache.misses()).isEqualTo(1);
    }

    @Test
    void aNewVersionMakesTheDocumentAgainAndDropsTheOldOnes() {
        DocumentCache cache = new DocumentCache(1 << 20);
        AtomicInteger made = new AtomicInteger();
        cache.get("/doc/a.html", 7, counting(made, "before"));
        cache.get("/doc/b.html", 7, counting(made, "b"));
        PreparedDocument after = cache.get("/doc/a.html", 8, counting(made, "after"));
        assertThat(new String(after.body(), StandardCharsets.UTF_8)).isEqualTo("after");
        assertThat(cache.bytes()).isEqualTo(after.weight());
        // A reader whose transaction began before the write sees the old data: it makes its own, keeps nothing.
        PreparedDocument old = cache.get("/doc/a.html", 7, counting(made, "before"));
        assertThat(new String(old.body(), StandardCharsets.UTF_8)).isEqualTo("before");
        assertThat(new String(cache.get("/doc/a.html", 8, counting(made, "again")).body(), StandardCharsets.UTF_8))
                .isEqualTo("after");
        assertThat(made).hasValue(4);
    }

    @Test
    void theLeastRecentlyUsedGoFirstWhenFull() {
        long one = doc("x".repeat(1000)).weight();
        DocumentCache cache = new DocumentCache(3 * one);
        AtomicInteger made = new AtomicInteger();
        for (String key : new String[] {"a", "b", "c"}) {
            cache.get(key, 1, counting(made, "x".repeat(1000)));
        }
        cache.get("a", 1, counting(made, "x".repeat(1000)));
        cache.get("d", 1, counting(made, "x".repeat(1000)));
        assertThat(made).hasValue(4);
        assertThat(cache.bytes()).isLessThanOrEqualTo(3 * one);
        cache.get("a", 1, counting(made, "x".repeat(1000)));
        assertThat(made).as("a was used last but one: kept").hasValue(4);
        cache.get("b", 1, counting(made, "x".repeat(1000)));
        assertThat(made).as("b was the least recently used: dropped").hasValue(5);
    }

    @Test
    void nothingIsKeptForAnUnknownResourceOrWithoutRoom() {
        DocumentCache cache = new DocumentCache(1 << 20);
        AtomicInteger made = new AtomicInteger();
        Supplier<PreparedDocument> nothing = () -> {
            made.incrementAndGet();
            return null;
        };
        assertThat(cache.get("/doc/none.html", 1, nothing)).isNull();
        assertThat(cache.get("/doc/none.html", 1, nothing)).isNull();
        assertThat(made).hasValue(2);
        DocumentCache none = new DocumentCache(0);
        none.get("/doc/a.html", 1, counting(made, "a"));
        none.get("/doc/a.html", 1, counting(made, "a"));
        assertThat(made).hasValue(4);
        assertThat(none.bytes()).isZero();
        assertThatThrownBy(() -> new DocumentCache(-1)).hasMessageContaining("-1");
    }
}
