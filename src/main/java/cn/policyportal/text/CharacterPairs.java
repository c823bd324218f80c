package cn.policyportal.text;

import java.util.Arrays;

/**
 * The character pairs of a text as sorted numbers (a pair {@code ab} is {@code a << 16 | b}; a
 * one-character text is its character), and the Dice coefficient over them: how much wording two
 * titles or two articles share, whatever moved within them. Pairs are made once per text and
 * compared by merging two sorted arrays, without a string per pair.
 */
public final class CharacterPairs {

    /** Marks a lone character, which no pair of real characters can equal. */
    private static final int LONE = 0xFFFF;

    private CharacterPairs() {
    }

    /** The sorted pairs of {@code s}; its one character when it has only one. */
    public static int[] of(String s) {
        if (s.length() < 2) {
            return s.isEmpty() ? new int[0] : new int[] {s.charAt(0) << 16 | LONE};
        }
        int[] pairs = new int[s.length() - 1];
        for (int i = 0; i + 1 < s.length(); i++) {
            pairs[i] = s.charAt(i) << 16 | s.charAt(i + 1);
        }
        Arrays.sort(pairs);
        return pairs;
    }

    /** Twice the pairs {@code a} and {@code b} share (each counted as often as both have it) over their sizes. */
    public static double dice(int[] a, int[] b) {
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
