package org.scholarkg.record;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which papers of different sources are the same work: the same DOI, else the same arXiv id, else the same
 * normalised title and year, else (for a title a source spelt differently: "Canonization" and
 * "Canonicalization") the same year, the same number of authors, the same first author's family name and
 * titles at least {@value #SIMILAR_TITLE} alike by edit distance. Each work keeps the id of its first record
 * in reading order (the <em>primary</em> record); the others are merged into it. Names alone never merge.
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

    private final Map<String, String> canonical;
    private final List<Merge> merges;

    private PaperIdentity(Map<String, String> canonical, List<Merge> merges) {
        this.canonical = canonical;
        this.merges = List.copyOf(merges);
    }

    /** Finds the merges among the papers of the files, in file order. */
    public static PaperIdentity of(List<RecordFile> files) {
        Map<String, String> byKey = new HashMap<>();
        Map<String, List<String[]>> byShape = new HashMap<>();
        Map<String, String> sourceOf = new HashMap<>();
        Map<String, String> canonical = new LinkedHashMap<>();
        List<Merge> merges = new ArrayList<>();
        for (RecordFile file : files) {
            for (PaperRecord p : file.papers()) {
                sourceOf.put(p.id(), file.source().name());
                String into = null;
                String by = null;
                for (String[] key : keys(p)) {
                    String found = byKey.get(key[0]);
                    if (found != null && into == null && !sourceOf.get(found).equals(file.source().name())) {
                        into = found;
                        by = key[1];
                    }
                }
                String shape = shape(p);
                String title = normalisedTitle(p.title());
                if (into == null && shape != null) {
                    for (String[] earlier : byShape.getOrDefault(shape, List.of())) {
                        // earlier = {paper id, normalised title}; titles of one source never merge.
                        if (!sourceOf.get(earlier[0]).equals(file.source().name())
                                && alike(earlier[1], title)) {
                            into = canonical.get(earlier[0]);
                            by = "authors, year and a similar title";
                            break;
                        }
                    }
                }
                String id = into == null ? p.id() : into;
                if (shape != null) {
                    byShape.computeIfAbsent(shape, k -> new ArrayList<>()).add(new String[] {p.id(), title});
                }
                canonical.put(p.id(), id);
                if (into != null) {
                    merges.add(new Merge(p.id(), file.source().name(), into, sourceOf.get(into), by));
                }
                for (String[] key : keys(p)) {
                    byKey.putIfAbsent(key[0], id);
                }
            }
        }
        return new PaperIdentity(canonical, merges);
    }

    /** The id a paper's statements use: its own, or the primary record's. */
    public String canonicalId(String paperId) {
        return canonical.getOrDefault(paperId, paperId);
    }

    /** True when the paper was merged into another source's paper. */
    public boolean isMerged(String paperId) {
        return !canonicalId(paperId).equals(paperId);
    }

    /** The merges, in reading order. */
    public List<Merge> merges() {
        return merges;
    }

    private static List<String[]> keys(PaperRecord p) {
        List<String[]> keys = new ArrayList<>();
        if (p.ids().doi() != null) {
            keys.add(new String[] {"doi:" + p.ids().doi().toLowerCase(Locale.ROOT), "DOI"});
        }
        if (p.ids().arxiv() != null) {
            keys.add(new String[] {"arxiv:" + p.ids().arxiv().replaceAll("v\\d+$", ""), "arXiv id"});
        }
        if (p.date() != null) {
            keys.add(new String[] {"title:" + normalisedTitle(p.title()) + ":" + p.date().year(), "title and year"});
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
        int longer = Math.max(a.length(), b.length());
        int allowed = (int) Math.floor((1 - SIMILAR_TITLE) * longer);
        return Math.abs(a.length() - b.length()) <= allowed && distanceWithin(a, b, allowed) <= allowed;
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
