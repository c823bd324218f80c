package cn.policyportal.documents;

import java.util.Arrays;

/**
 * The character pairs of a text as sorted numbers, and the Dice coefficient over them: how much
 * of two articles' wording they share, whatever moved within them.
 */
final class Bigrams {

    private Bigrams() {
    }

    /** The sorted character pairs of {@code s} ({@code ab} is {@code a << 16 | b}). */
    static int[] of(String s) {
        int[] grams = new int[Math.max(0, s.length() - 1)];
        for (int i = 0; i + 1 < s.length(); i++) {
            grams[i] = s.charAt(i) << 16 | s.charAt(i + 1);
        }
        Arrays.sort(grams);
        return grams;
    }

    /** Twice the pairs {@code a} and {@code b} share over their sizes; 1 for two empty texts. */
    static double dice(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) {
            return a.length == b.length ? 1 : 0;
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
