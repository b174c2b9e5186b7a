package org.scholarkg.record;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The compact tables behind the record index keep every entry through their growth. */
class CompactTablesTest {

    @Test
    void aDigestTableFindsEveryTextItWasGivenAndNoOther() {
        DigestTable table = new DigestTable();
        for (int i = 0; i < 200_000; i++) {
            assertThat(table.putIfAbsent("paper-" + i, i)).isEqualTo(-1);
        }
        assertThat(table.putIfAbsent("paper-17", 5)).isEqualTo(17);
        assertThat(table.put("paper-18", 99)).isEqualTo(18);
        assertThat(table.size()).isEqualTo(200_000);
        for (int i = 0; i < 200_000; i += 997) {
            assertThat(table.get("paper-" + i)).isEqualTo(i == 18 ? 99 : i);
        }
        assertThat(table.get("paper-200000")).isEqualTo(-1);
        assertThat(table.get("")).isEqualTo(-1);
    }

    @Test
    void aTextArenaGivesBackEveryTextAcrossChunksWhateverItsLengthOrScript() {
        TextArena arena = new TextArena();
        String huge = "x".repeat(3 << 20);
        int first = arena.add("Akyürek — 加藤 — Ωmega");
        for (int i = 0; i < 100_000; i++) {
            arena.add("a title of some length, number " + i);
        }
        int big = arena.add(huge);
        int empty = arena.add("");
        int last = arena.add("after the huge one");
        assertThat(arena.get(first)).isEqualTo("Akyürek — 加藤 — Ωmega");
        assertThat(arena.get(first + 1 + 54_321)).isEqualTo("a title of some length, number 54321");
        assertThat(arena.get(big)).isEqualTo(huge);
        assertThat(arena.get(empty)).isEmpty();
        assertThat(arena.get(last)).isEqualTo("after the huge one");
        assertThat(arena.size()).isEqualTo(100_004);
    }
}
