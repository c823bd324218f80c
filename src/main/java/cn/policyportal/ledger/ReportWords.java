package cn.policyportal.ledger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import cn.policyportal.snapshot.InvalidQueryException;

/**
 * The words a 进展 search looks for in reports, as the search box takes them: separated by spaces,
 * each required. A report holds a word when its progress, its return reason or one of its file
 * names contains it (Latin letters in any case); reports are short, so each is read whole rather than indexed.
 */
public record ReportWords(List<String> words) {

    private static final int MAX_LENGTH = 500;

    public ReportWords {
        words = List.copyOf(words);
    }

    /**
     * The words of {@code text}; none when it is {@code null} or blank.
     *
     * @throws InvalidQueryException for a text over 500 characters, as the search box refuses one
     */
    public static ReportWords of(String text) {
        if (text == null || text.isBlank()) {
            return new ReportWords(List.of());
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidQueryException("检索词过长（" + text.length() + " 字），请控制在 " + MAX_LENGTH + " 字以内");
        }
        return new ReportWords(Arrays.stream(text.strip().split("[\\s\\u3000]+")).filter(w -> !w.isEmpty())
                .distinct().toList());
    }

    /** Whether every word is in {@code r}'s progress, reason or file names. */
    boolean foundIn(Report r) {
        List<String> fields = new ArrayList<>(List.of(r.progress()));
        if (r.reason() != null) {
            fields.add(r.reason());
        }
        r.evidence().forEach(e -> fields.add(e.name()));
        return words.stream().allMatch(w -> fields.stream().anyMatch(f -> contains(f, w)));
    }

    private static boolean contains(String text, String word) {
        return folded(text).contains(folded(word));
    }

    /** {@code text} HTML-escaped, each occurrence of a word in {@code <mark>}: what the page may insert as HTML. */
    public String mark(String text) {
        if (text == null) {
            return null;
        }
        boolean[] marked = new boolean[text.length()];
        String lower = folded(text);
        for (String word : words) {
            String w = folded(word);
            for (int at = lower.indexOf(w); at >= 0 && !w.isEmpty(); at = lower.indexOf(w, at + 1)) {
                Arrays.fill(marked, at, Math.min(text.length(), at + w.length()), true);
            }
        }
        StringBuilder html = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            if (marked[i] && (i == 0 || !marked[i - 1])) {
                html.append("<mark>");
            }
            escape(html, text.charAt(i));
            if (marked[i] && (i == text.length() - 1 || !marked[i + 1])) {
                html.append("</mark>");
            }
        }
        return html.toString();
    }

    /**
     * The passage of {@code text} around its first matched word, at most {@code width} characters,
     * with … where it was cut, marked as {@link #mark} marks it.
     */
    public String snippet(String text, int width) {
        if (text.length() <= width) {
            return mark(text);
        }
        String lower = folded(text);
        int first = words.stream().mapToInt(w -> lower.indexOf(folded(w))).filter(i -> i >= 0).min().orElse(0);
        int from = Math.max(0, Math.min(first - width / 4, text.length() - width));
        int to = Math.min(text.length(), from + width);
        return (from > 0 ? "…" : "") + mark(text.substring(from, to)) + (to < text.length() ? "…" : "");
    }

    /**
     * {@code text} in lower case, one char for one: {@link String#toLowerCase} can lengthen a text
     * (İ becomes two chars), and positions found in the folded text mark the original.
     */
    private static String folded(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }

    private static void escape(StringBuilder html, char c) {
        switch (c) {
            case '<' -> html.append("&lt;");
            case '>' -> html.append("&gt;");
            case '&' -> html.append("&amp;");
            case '"' -> html.append("&quot;");
            case '\'' -> html.append("&#39;");
            default -> html.append(c);
        }
    }
}
