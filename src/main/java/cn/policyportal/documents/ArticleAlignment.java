package cn.policyportal.documents;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import cn.policyportal.text.CharacterPairs;

/**
 * Pairs the articles of two versions of a rule: first those whose text is unchanged (by number,
 * then wherever they moved), then the most similar remaining pairs (character pairs shared, a
 * same-numbered pair preferred on a tie), down to {@link #MIN_SIMILARITY}. What is left of the
 * old version was removed, what is left of the new one added.
 */
final class ArticleAlignment {

    /** Below this share of character pairs two articles are not one article changed. */
    static final double MIN_SIMILARITY = 0.5;
    /** How far apart in the two lists a renumbered article is looked for: bounds the work on a long code. */
    private static final int WINDOW = 60;

    /** An article to align: its number key (16, or 16.01 for 之一 as {@code number*1000+sub}) and text. */
    record Article(long key, String label, String text) {
    }

    /** A pair: indexes into the old and the new list, either -1 when the article is on one side only. */
    record Pair(int older, int newer, double similarity) {
    }

    private ArticleAlignment() {
    }

    /** The pairs of {@code older} and {@code newer}, in the new version's order, removed articles after their predecessors. */
    static List<Pair> of(List<Article> older, List<Article> newer) {
        int[] match = new int[older.size()];
        Arrays.fill(match, -1);
        boolean[] taken = new boolean[newer.size()];
        double[] similarity = new double[older.size()];
        pairEqual(older, newer, match, taken, true);
        pairEqual(older, newer, match, taken, false);
        pairSimilar(older, newer, match, taken, similarity);
        return ordered(older, newer, match, similarity);
    }

    private static void pairEqual(List<Article> older, List<Article> newer, int[] match, boolean[] taken, boolean sameNumber) {
        for (int i = 0; i < older.size(); i++) {
            for (int j = 0; j < newer.size() && match[i] < 0; j++) {
                Article a = older.get(i);
                Article b = newer.get(j);
                if (!taken[j] && a.text().equals(b.text()) && (!sameNumber || a.key() == b.key())) {
                    match[i] = j;
                    taken[j] = true;
                }
            }
        }
    }

    private static void pairSimilar(List<Article> older, List<Article> newer, int[] match, boolean[] taken,
            double[] similarity) {
        record Candidate(int i, int j, double similarity, double rank) {
        }
        List<int[]> newGrams = newer.stream().map(a -> CharacterPairs.of(a.text())).toList();
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < older.size(); i++) {
            if (match[i] >= 0) {
                continue;
            }
            int[] grams = CharacterPairs.of(older.get(i).text());
            for (int j = Math.max(0, i - WINDOW); j < Math.min(newer.size(), i + WINDOW); j++) {
                double s = taken[j] ? 0 : older.get(i).text().equals(newer.get(j).text()) ? 1
                        : CharacterPairs.dice(grams, newGrams.get(j));
                if (s >= MIN_SIMILARITY) {
                    candidates.add(new Candidate(i, j, s, s + (older.get(i).key() == newer.get(j).key() ? 0.05 : 0)));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::rank).reversed());
        for (Candidate c : candidates) {
            if (match[c.i()] < 0 && !taken[c.j()]) {
                match[c.i()] = c.j();
                taken[c.j()] = true;
                similarity[c.i()] = c.similarity();
            }
        }
    }

    /** The pairs in the new version's order; a removed article follows the pair of the article before it. */
    private static List<Pair> ordered(List<Article> older, List<Article> newer, int[] match, double[] similarity) {
        int[] olderOf = new int[newer.size()];
        Arrays.fill(olderOf, -1);
        for (int i = 0; i < match.length; i++) {
            if (match[i] >= 0) {
                olderOf[match[i]] = i;
            }
        }
        List<Pair> pairs = new ArrayList<>();
        int nextOld = 0;
        for (int j = 0; j < newer.size(); j++) {
            int i = olderOf[j];
            if (i >= 0) {
                for (; nextOld < i; nextOld++) {
                    if (match[nextOld] < 0) {
                        pairs.add(new Pair(nextOld, -1, 0));
                    }
                }
                nextOld = Math.max(nextOld, i + 1);
                pairs.add(new Pair(i, j, similarity[i] == 0 ? 1 : similarity[i]));
            } else {
                pairs.add(new Pair(-1, j, 0));
            }
        }
        for (; nextOld < older.size(); nextOld++) {
            if (match[nextOld] < 0) {
                pairs.add(new Pair(nextOld, -1, 0));
            }
        }
        return pairs;
    }
}
