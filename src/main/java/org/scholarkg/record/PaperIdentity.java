package org.scholarkg.record;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import org.scholarkg.InputLocation;

/**
 * Which papers of different sources are the same work: the same DOI, else the same arXiv id, else the same
 * normalised title and year, else (for a title a source spelt differently: "Canonization" and
 * "Canonicalization") the same year, the same number of authors, the same first author's family name and
 * titles at least {@value #SIMILAR_TITLE} alike by edit distance. Each work keeps the id of its first record
 * in reading order (the <em>primary</em> record); the others are merged into it. Names alone never merge.
 *
 * <p>Built one paper at a time ({@link Builder}), so the records themselves need not stay in memory: per
 * paper it keeps the digests of its id and keys ({@link DigestTable}) and a few ints on the heap, about 100
 * bytes a paper, and its id and normalised title in a temporary file ({@link TextArena}).
 *
 * <pre>{@code
 * PaperIdentity identity = PaperIdentity.of(files);
 * identity.canonicalId("ma2024canonicalization")  // "ma-2024-canonicalization-perspective"
 * }</pre>
 */
public final class PaperIdentity {

    /** One merge: a paper of one source taken as a paper of another, and why. */
    public record Merge(String paper, String source, String into, String intoSource, String by) {
        @Override
        public String toString() {
            return "paper '" + paper + "' (" + source + ") is paper '" + into + "' (" + intoSource + "): same " + by;
        }
    }

    /** How alike two normalised titles must be (1 - edit distance / longer length) for the last rule. */
    static final double SIMILAR_TITLE = 0.85;

    private final Builder papers;

    private PaperIdentity(Builder papers) {
        this.papers = papers;
    }

    /** Finds the merges among the papers of the files, in file order. */
    public static PaperIdentity of(List<RecordFile> files) {
        Builder builder = new Builder();
        for (RecordFile file : files) {
            for (PaperRecord p : file.papers()) {
                builder.add(p, file.source(), null);
            }
        }
        return builder.build();
    }

    /** The id a paper's statements use: its own, or the primary record's. */
    public String canonicalId(String paperId) {
        int ordinal = papers.ids.get(paperId);
        return ordinal < 0 ? paperId : papers.idText.get(papers.canonical[ordinal]);
    }

    /** True when the paper was merged into another source's paper. */
    public boolean isMerged(String paperId) {
        int ordinal = papers.ids.get(paperId);
        return ordinal >= 0 && papers.canonical[ordinal] != ordinal;
    }

    /** True when the primary record of the paper's work has an abstract. */
    public boolean primaryHasAbstract(String paperId) {
        int ordinal = papers.ids.get(paperId);
        return ordinal >= 0 && papers.hasAbstract.get(papers.canonical[ordinal]);
    }

    /** The merges, in reading order. */
    public List<Merge> merges() {
        return List.copyOf(papers.merges);
    }

    /** The number of papers seen, merged ones included. */
    public int size() {
        return papers.count;
    }

    /**
     * Takes papers in reading order and decides each one's work as it comes. Not thread-safe; use each
     * builder for one {@link #build()}.
     */
    public static final class Builder {

        private static final int NONE = -1;

        private final DigestTable ids = new DigestTable();
        private final DigestTable keys = new DigestTable();
        private final DigestTable shapes = new DigestTable();
        private final TextArena idText = new TextArena();
        private final TextArena titleText = new TextArena();
        private final BitSet hasAbstract = new BitSet();
        private final List<SourceInfo> sources = new ArrayList<>();
        private final List<Merge> merges = new ArrayList<>();
        private int[] sourceOf = new int[1 << 10];
        private int[] canonical = new int[1 << 10];
        private int[] earlierInShape = new int[1 << 10];
        private int[] titleOf = new int[1 << 10];
        private int[] titleLength = new int[1 << 10];
        private long[] pairsHigh = new long[1 << 10];
        private long[] pairsLow = new long[1 << 10];
        private int[] line = new int[1 << 10];
        private int[] column = new int[1 << 10];
        private int count;

        /**
         * Adds the next paper in reading order.
         *
         * @param at where the paper's id is written, or null when the paper has no file position
         * @return where a paper with the same id was added before, or null when the id is new (a paper whose
         *     id is taken is not added)
         */
        public InputLocation add(PaperRecord p, SourceInfo source, InputLocation at) {
            int ordinal = count;
            int taken = ids.putIfAbsent(p.id(), ordinal);
            if (taken >= 0) {
                SourceInfo earlier = sources.get(sourceOf[taken]);
                return line[taken] < 0 ? InputLocation.of(earlier.file())
                        : new InputLocation(earlier.file(), line[taken], column[taken]);
            }
            ensureCapacity(ordinal + 1);
            count++;
            int sourceIndex = sourceIndex(source);
            sourceOf[ordinal] = sourceIndex;
            idText.add(p.id());
            line[ordinal] = at == null ? NONE : at.line();
            column[ordinal] = at == null ? NONE : at.column();
            if (p.abstractText() != null) {
                hasAbstract.set(ordinal);
            }

            int into = NONE;
            String by = null;
            String title = normalisedTitle(p.title());
            List<String[]> paperKeys = keys(p, title);
            for (String[] key : paperKeys) {
                int found = keys.get(key[0]);
                if (found >= 0 && into == NONE && sourceOf[found] != sourceIndex) {
                    into = found;
                    by = key[1];
                }
            }
            String shape = shape(p);
            titleOf[ordinal] = NONE;
            earlierInShape[ordinal] = NONE;
            if (shape != null) {
                // This paper becomes the bucket's latest; the bucket is walked from the one before.
                int latest = shapes.put(shape, ordinal);
                TitlePairs pairs = new TitlePairs(title);
                if (into == NONE) {
                    // Walked from the latest paper back, the earliest alike paper wins, as in reading order.
                    // Titles of one source never merge.
                    TitleLetters letters = new TitleLetters(title);
                    for (int e = latest; e != NONE; e = earlierInShape[e]) {
                        if (sourceOf[e] != sourceIndex && lengthsAllow(titleLength[e], title.length())
                                && pairs.allow(pairsHigh[e], pairsLow[e], titleLength[e])
                                && alike(titleText.get(titleOf[e]), title, letters)) {
                            into = canonical[e];
                            by = "authors, year and a similar title";
                        }
                    }
                }
                titleOf[ordinal] = titleText.add(title);
                titleLength[ordinal] = title.length();
                pairsHigh[ordinal] = pairs.high;
                pairsLow[ordinal] = pairs.low;
                earlierInShape[ordinal] = latest;
            }
            int work = into == NONE ? ordinal : into;
            canonical[ordinal] = work;
            if (into != NONE) {
                merges.add(new Merge(p.id(), source.name(), idText.get(into), sources.get(sourceOf[into]).name(), by));
            }
            for (String[] key : paperKeys) {
                keys.putIfAbsent(key[0], work);
            }
            return null;
        }

        /** The identity of the papers added so far. */
        public PaperIdentity build() {
            return new PaperIdentity(this);
        }

        private int sourceIndex(SourceInfo source) {
            int last = sources.size() - 1;
            if (last >= 0 && sources.get(last).equals(source)) {
                return last;
            }
            sources.add(source);
            return last + 1;
        }

        private void ensureCapacity(int wanted) {
            if (wanted <= canonical.length) {
                return;
            }
            int size = Math.max(wanted, canonical.length + (canonical.length >> 1));
            sourceOf = Arrays.copyOf(sourceOf, size);
            canonical = Arrays.copyOf(canonical, size);
            earlierInShape = Arrays.copyOf(earlierInShape, size);
            titleOf = Arrays.copyOf(titleOf, size);
            titleLength = Arrays.copyOf(titleLength, size);
            pairsHigh = Arrays.copyOf(pairsHigh, size);
            pairsLow = Arrays.copyOf(pairsLow, size);
            line = Arrays.copyOf(line, size);
            column = Arrays.copyOf(column, size);
        }
    }

    private static List<String[]> keys(PaperRecord p, String normalisedTitle) {
        List<String[]> keys = new ArrayList<>(3);
        if (p.ids().doi() != null) {
            keys.add(new String[] {"doi:" + p.ids().doi().toLowerCase(Locale.ROOT), "DOI"});
        }
        if (p.ids().arxiv() != null) {
            keys.add(new String[] {"arxiv:" + p.ids().arxiv().replaceAll("v\\d+$", ""), "arXiv id"});
        }
        if (p.date() != null) {
            keys.add(new String[] {"title:" + normalisedTitle + ":" + p.date().year(), "title and year"});
        }
        return keys;
    }

    /** Year, number of authors and the first author's family name (the printed name's last word). */
    private static String shape(PaperRecord p) {
        if (p.date() == null || p.authors().isEmpty()) {
            return null;
        }
        String[] first = p.authors().get(0).printedName().strip().split("\\s+");
        return p.date().year() + ":" + p.authors().size() + ":" + normalisedTitle(first[first.length - 1]);
    }

    /**
     * True when two normalised titles are at least {@value #SIMILAR_TITLE} alike. Lengths that differ by
     * more than the distance allowed are rejected at once, and the distance is computed only within that
     * band, so a large group of papers by one author stays cheap to compare.
     */
    static boolean alike(String a, String b) {
        return alike(a, b, new TitleLetters(b));
    }

    /** {@link #alike(String, String)} with the letters of {@code b} counted once for many {@code a}. */
    private static boolean alike(String a, String b, TitleLetters lettersOfB) {
        int allowed = allowedEdits(a.length(), b.length());
        return Math.abs(a.length() - b.length()) <= allowed && lettersOfB.bagDistance(a) <= allowed
                && distanceWithin(a, b, allowed) <= allowed;
    }

    /** True unless the lengths alone rule the titles out. */
    private static boolean lengthsAllow(int a, int b) {
        return Math.abs(a - b) <= allowedEdits(a, b);
    }

    private static int allowedEdits(int lengthA, int lengthB) {
        return (int) Math.floor((1 - SIMILAR_TITLE) * Math.max(lengthA, lengthB));
    }

    /**
     * The pairs of adjacent letters of a title, hashed into 128 bits. A bit set for one title and not the
     * other stands for at least one pair the other lacks, and one edit removes at most two pairs, so more
     * than twice the allowed edits of such bits either way rule a pair of titles out without reading the
     * earlier title back; most different titles are ruled out so.
     */
    private static final class TitlePairs {
        final long high;
        final long low;
        private final int length;

        TitlePairs(String title) {
            long h = 0;
            long l = 0;
            for (int i = 1; i < title.length(); i++) {
                int hash = (title.charAt(i - 1) * 31 + title.charAt(i)) * 0x9E3779B1;
                int bit = hash >>> 25;
                if (bit < 64) {
                    l |= 1L << bit;
                } else {
                    h |= 1L << (bit - 64);
                }
            }
            high = h;
            low = l;
            length = title.length();
        }

        boolean allow(long otherHigh, long otherLow, int otherLength) {
            int allowed = allowedEdits(length, otherLength);
            int onlyHere = Long.bitCount(high & ~otherHigh) + Long.bitCount(low & ~otherLow);
            int onlyThere = Long.bitCount(otherHigh & ~high) + Long.bitCount(otherLow & ~low);
            return Math.max(onlyHere, onlyThere) <= 2 * allowed;
        }
    }

    /**
     * The letters of a title counted, for the bag distance: the larger of the number of letters one title
     * has that the other lacks, either way round. It never exceeds the edit distance (each edit changes at
     * most one letter of each bag), costs one pass over the title instead of the edit distance's band, and
     * rules out most pairs of different titles by itself.
     */
    private static final class TitleLetters {
        private static final int BUCKETS = 64;
        private final int[] counts = new int[BUCKETS];

        TitleLetters(String title) {
            for (int i = 0; i < title.length(); i++) {
                counts[title.charAt(i) & (BUCKETS - 1)]++;
            }
        }

        int bagDistance(String other) {
            int[] diff = counts.clone();
            for (int i = 0; i < other.length(); i++) {
                diff[other.charAt(i) & (BUCKETS - 1)]--;
            }
            int onlyHere = 0;
            int onlyThere = 0;
            for (int d : diff) {
                if (d > 0) {
                    onlyHere += d;
                } else {
                    onlyThere -= d;
                }
            }
            return Math.max(onlyHere, onlyThere);
        }
    }

    /** The edit distance, or {@code limit + 1} as soon as it is certain to exceed the limit. */
    private static int distanceWithin(String a, String b, int limit) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int best = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                best = Math.min(best, current[j]);
            }
            if (best > limit) {
                return limit + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** Lower case, accents, punctuation and spacing removed: "A Canonicalization Perspective ..." matches. */
    public static String normalisedTitle(String title) {
        return Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
