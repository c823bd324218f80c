package cn.policyportal.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Cuts the best passages of a unit's text around the words a search matched and marks them.
 *
 * <p>Every search matches text as characters (a word matches wherever its characters stand
 * together), so the words typed, with their synonyms and full forms, are exactly what to mark:
 * each occurrence, found in the folded text (巡視 marks 巡视), is wrapped in {@code <mark>}. The
 * passages follow sentence ends (。！？；) and are kept near {@link #PASSAGE_LENGTH} characters
 * (a short one runs on into the text after it); everything else is HTML-escaped, so text such as
 * {@code <script>} comes back as text.
 */
final class Snippets {

    static final int PASSAGE_LENGTH = 120;
    private static final int PASSAGES = 2;
    private static final String SEPARATOR = " … ";

    private Snippets() {
    }

    /** A match: where it starts and ends in the text. */
    private record Match(int start, int end) {
    }

    /**
     * The best passages of {@code text} with every occurrence of {@code words} marked; the text's
     * opening when none occurs.
     *
     * @param words folded search words (see {@link SearchQueries#fold})
     */
    static String of(String text, List<String> words) {
        String folded = SearchQueries.fold(text);
        List<Match> matches = matches(folded, words);
        if (matches.isEmpty()) {
            return opening(text);
        }
        List<int[]> passages = passages(text, matches);
        StringBuilder html = new StringBuilder();
        for (int[] p : passages) {
            if (!html.isEmpty()) {
                html.append(SEPARATOR);
            }
            int at = p[0];
            for (Match m : matches) {
                if (m.start() >= p[0] && m.end() <= p[1]) {
                    html.append(html(text.substring(at, m.start()))).append("<mark>")
                            .append(html(text.substring(m.start(), m.end()))).append("</mark>");
                    at = m.end();
                }
            }
            html.append(html(text.substring(at, p[1])));
        }
        return html.toString();
    }

    /** Every occurrence of the words, longest words first where they overlap, in text order. */
    private static List<Match> matches(String text, List<String> words) {
        List<String> longestFirst = words.stream().filter(w -> !w.isBlank()).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        boolean[] taken = new boolean[text.length()];
        List<Match> matches = new ArrayList<>();
        for (String word : longestFirst) {
            for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
                boolean free = true;
                for (int k = i; k < i + word.length() && free; k++) {
                    free = !taken[k];
                }
                if (free) {
                    for (int k = i; k < i + word.length(); k++) {
                        taken[k] = true;
                    }
                    matches.add(new Match(i, i + word.length()));
                }
            }
        }
        matches.sort(Comparator.comparingInt(Match::start));
        return matches;
    }

    /**
     * Up to two passages, in text order: the sentences around the matches, the sentence with the
     * most matches first chosen, each cut to about the passage length around its matches.
     */
    private static List<int[]> passages(String text, List<Match> matches) {
        List<int[]> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '！' || c == '？' || c == '；' || c == '\n' || i == text.length() - 1) {
                sentences.add(new int[] {start, i + 1});
                start = i + 1;
            }
        }
        List<int[]> scored = new ArrayList<>();
        int m = 0;
        for (int[] s : sentences) {
            int n = 0;
            while (m < matches.size() && matches.get(m).start() < s[1]) {
                n += matches.get(m++).start() >= s[0] ? 1 : 0;
            }
            if (n > 0) {
                scored.add(new int[] {s[0], s[1], n});
            }
        }
        scored.sort(Comparator.comparingInt((int[] s) -> -s[2]).thenComparingInt(s -> s[0]));
        List<int[]> chosen = new ArrayList<>();
        for (int[] s : scored.subList(0, Math.min(PASSAGES, scored.size()))) {
            chosen.add(trim(s, matches));
        }
        chosen.sort(Comparator.comparingInt(p -> p[0]));
        for (int k = 0; k < chosen.size(); k++) {
            int limit = k + 1 < chosen.size() ? chosen.get(k + 1)[0] : text.length();
            chosen.set(k, runOn(chosen.get(k), limit, matches));
        }
        return chosen;
    }

    /**
     * A passage much shorter than the passage length, such as an article's heading 第十六条 alone,
     * runs on into the text after it (up to {@code limit}, where the next passage starts), so that a
     * hit shows what it found and not only the words typed.
     */
    private static int[] runOn(int[] passage, int limit, List<Match> matches) {
        if (passage[1] - passage[0] >= PASSAGE_LENGTH / 2) {
            return passage;
        }
        int end = Math.min(limit, passage[0] + PASSAGE_LENGTH);
        for (Match m : matches) {
            if (m.start() < end && m.end() > end) {
                end = m.start();
            }
        }
        return new int[] {passage[0], Math.max(passage[1], end)};
    }

    /** A sentence cut to about the passage length, centred on its first match, never through a match. */
    private static int[] trim(int[] sentence, List<Match> matches) {
        int from = sentence[0];
        int to = sentence[1];
        if (to - from <= PASSAGE_LENGTH) {
            return new int[] {from, to};
        }
        Match first = matches.stream().filter(m -> m.start() >= sentence[0]).findFirst().orElseThrow();
        int start = Math.max(from, first.start() - PASSAGE_LENGTH / 3);
        int end = Math.min(to, start + PASSAGE_LENGTH);
        for (Match m : matches) {
            if (m.start() < end && m.end() > end) {
                end = m.end();
            }
            if (m.start() < start && m.end() > start) {
                start = m.start();
            }
        }
        return new int[] {start, end};
    }

    /** The opening of {@code text}, about a passage long and HTML-escaped, for a hit found without words. */
    static String opening(String text) {
        return html(text.length() > PASSAGE_LENGTH ? text.substring(0, PASSAGE_LENGTH) + SEPARATOR : text);
    }

    /** {@code text} cut to two passages' length and HTML-escaped: an article shown whole in a hit. */
    static String escape(String text) {
        return html(text.length() > PASSAGE_LENGTH * 2 ? text.substring(0, PASSAGE_LENGTH * 2) + SEPARATOR : text);
    }

    private static String html(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#x27;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
