package cn.policyportal.structure;

/**
 * Compares document titles the way people say them: 《》, spaces, the state's name 中华人民共和国 (as a
 * prefix or inside 《》: 关于适用《中华人民共和国保险法》… is 关于适用《保险法》…) and notes such as （试行）,
 * （2018年修正） or a file name's (2020-12-29) are optional. Two documents with the same normalised
 * title are versions of one rule.
 */
public final class TitleMatch {

    private TitleMatch() {
    }

    /** {@code title} reduced to what must match. */
    public static String normalise(String title) {
        String t = title.replace('(', '（').replace(')', '）').replace('<', '《').replace('>', '》')
                .replaceAll("[\\s《》〈〉“”\"]", "");
        t = t.replaceAll("（(?:试行|暂行|征求意见稿|草案|修订|修正|\\d{4}[^）]*)）", "");
        return t.replace("中华人民共和国", "");
    }

    /**
     * How well {@code query} names {@code title}: 4 equal, 3 the title ends with it, 2 the title
     * contains it, 1 its characters appear in the title in order (督查办法 → 党建工作督查实施办法),
     * 0 not at all. Both are normalised first.
     */
    public static int score(String query, String title) {
        return scoreNormalised(normalise(query), normalise(title));
    }

    /** As {@link #score}, for a query and a title both already normalised. */
    public static int scoreNormalised(String q, String t) {
        return scoreNormalised(q, t, 1);
    }

    /**
     * As {@link #scoreNormalised(String, String)}, but 0 for any score below {@code floor}: a
     * caller that already holds a title containing the query skips the slow in-order test of the
     * thousands of titles that follow.
     */
    public static int scoreNormalised(String q, String t, int floor) {
        if (q.isEmpty()) {
            return 0;
        }
        // An equal title, or one ending with the query, contains it too: most titles do not, and
        // one search for the query rules them out (comparing each title's end first cost more).
        int score = t.contains(q) ? (t.length() == q.length() ? 4 : t.endsWith(q) ? 3 : 2)
                : floor <= 1 && q.length() >= 3 && isSubsequence(q, t) ? 1 : 0;
        return score >= floor ? score : 0;
    }

    private static boolean isSubsequence(String q, String t) {
        int i = 0;
        for (int j = 0; j < t.length() && i < q.length(); j++) {
            if (t.charAt(j) == q.charAt(i)) {
                i++;
            }
        }
        return i == q.length();
    }
}
