package cn.policyportal.documents;

/**
 * The changed words between two texts, marked in HTML: what the old text loses in {@code <del>},
 * what the new one gains in {@code <ins>}, the rest escaped. Chinese has no spaces between words,
 * so the difference is taken character by character (a longest common subsequence) after the
 * common beginning and end are set aside.
 *
 * @param oldHtml the old text, escaped, its removed characters in {@code <del>}
 * @param newHtml the new text, escaped, its added characters in {@code <ins>}
 */
public record TextDiff(String oldHtml, String newHtml) {

    /** Above this many cells the middle of two texts is marked changed whole instead of aligned. */
    private static final long MAX_CELLS = 4_000_000L;

    /** The difference between {@code older} and {@code newer}. */
    public static TextDiff of(String older, String newer) {
        int prefix = 0;
        while (prefix < older.length() && prefix < newer.length() && older.charAt(prefix) == newer.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < older.length() - prefix && suffix < newer.length() - prefix
                && older.charAt(older.length() - 1 - suffix) == newer.charAt(newer.length() - 1 - suffix)) {
            suffix++;
        }
        String a = older.substring(prefix, older.length() - suffix);
        String b = newer.substring(prefix, newer.length() - suffix);
        boolean[][] kept = (long) a.length() * b.length() > MAX_CELLS
                ? new boolean[][] {new boolean[a.length()], new boolean[b.length()]} : common(a, b);
        String head = escape(older.substring(0, prefix));
        String tail = escape(older.substring(older.length() - suffix));
        return new TextDiff(head + marked(a, kept[0], "del") + tail, head + marked(b, kept[1], "ins") + tail);
    }

    /** Which characters of {@code a} and of {@code b} a longest common subsequence keeps. */
    private static boolean[][] common(String a, String b) {
        int[][] lcs = new int[a.length() + 1][b.length() + 1];
        for (int i = a.length() - 1; i >= 0; i--) {
            for (int j = b.length() - 1; j >= 0; j--) {
                lcs[i][j] = a.charAt(i) == b.charAt(j) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        boolean[] keptA = new boolean[a.length()];
        boolean[] keptB = new boolean[b.length()];
        for (int i = 0, j = 0; i < a.length() && j < b.length(); ) {
            if (a.charAt(i) == b.charAt(j)) {
                keptA[i++] = true;
                keptB[j++] = true;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return new boolean[][] {keptA, keptB};
    }

    /** {@code text} escaped, its runs of characters not {@code kept} wrapped in {@code tag}. */
    private static String marked(String text, boolean[] kept, String tag) {
        StringBuilder html = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int end = i;
            while (end < text.length() && kept[end] == kept[i]) {
                end++;
            }
            String run = escape(text.substring(i, end));
            html.append(kept[i] ? run : "<" + tag + ">" + run + "</" + tag + ">");
            i = end;
        }
        return html.toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
