package cn.policyportal.clause;

import java.util.Arrays;

/**
 * The character pairs of a normalised title as sorted numbers (a pair {@code ab} is
 * {@code a << 16 | b}; a one-character title is its character), and the Dice coefficient over
 * them. Suggesting titles compares the query with every title in the corpus, so the titles' pairs
 * are made once and compared by merging two sorted arrays, without a string per pair.
 */
final class TitleGrams {

    /** Marks a lone character, which no pair of real characters can equal. */
    private static final int LONE = 0xFFFF;

    private TitleGrams() {
    }

    /** The sorted pairs of {@code s}; its one character when it has only one. */
    static int[] of(String s) {
        if (s.length() < 2) {
            return s.isEmpty() ? new int[0] : new int[] {s.charAt(0) << 16 | LONE};
        }
        int[] grams = new int[s.length() - 1];
        for (int i = 0; i + 1 < s.length(); i++) {
            grams[i] = s.charAt(i) << 16 | s.charAt(i + 1);
        }
        Arrays.sort(grams);
        return grams;
    }

    /** Twice the pairs {@code a} and {@code b} share (each counted as often as both have it), over their sizes. */
    static double dice(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        int shared = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            int c = Integer.compare(a[i], b[j]);
            if (c == 0) {
                shared++;
                i++;
                j++;
            } else if (c < 0) {
                i++;
            } else {
                j++;
            }
        }
        return 2.0 * shared / (a.length + b.length);
    }
}
