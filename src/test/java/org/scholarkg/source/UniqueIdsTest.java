package org.scholarkg.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scholarkg.record.Slugs;

/** Ids unique within an import, and stable where IRIs are minted from their slugs. */
class UniqueIdsTest {

    @Test
    void aTakenSlugGetsANumber() {
        UniqueIds ids = new UniqueIds();
        assertThat(ids.claim("Smith 2024")).isEqualTo("smith-2024");
        assertThat(ids.claim("smith-2024")).isEqualTo("smith-2024-2");
        assertThat(ids.claim("SMITH 2024")).isEqualTo("smith-2024-3");
    }

    @Test
    void longSlugsStayDistinctWhenSluggedAgain() {
        String name = "Proceedings of the 2021 Conference on Empirical Methods in Natural Language Processing";
        UniqueIds ids = new UniqueIds();
        String first = ids.claim(name);
        String second = ids.claim(name.toLowerCase(java.util.Locale.ROOT));
        assertThat(second).isNotEqualTo(first).endsWith("-2");
        assertThat(Slugs.of(first)).isEqualTo(first);
        assertThat(Slugs.of(second)).isEqualTo(second).isNotEqualTo(Slugs.of(first));
    }
}
