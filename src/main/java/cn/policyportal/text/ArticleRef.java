package cn.policyportal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A numbered division of a document as its text names it: 第十六条, 第三百零七条之一, 第四章, 第二编,
 * 第3节, with Chinese, Arabic or full-width digits. This is the one place the form is written.
 *
 * @param level  {@link #ARTICLE}, {@link #CHAPTER}, {@link #SECTION} or {@link #PART}
 * @param number the division's number
 * @param sub    N of 第X条之N, else 0
 */
public record ArticleRef(char level, int number, int sub) {

    public static final char PART = '编';
    public static final char CHAPTER = '章';
    public static final char SECTION = '节';
    public static final char ARTICLE = '条';

    private static final Pattern FORM = Pattern.compile(
            "第([0-9０-９零〇一二两三四五六七八九十百千]+)([编章节条])(?:之([0-9０-９一二三四五六七八九十]+))?");
    /**
     * What follows a reference that is cited, not a heading: 第三十一条的决定》第一次修正 in an
     * amendment note, 第十条、第十一条 in a list.
     */
    private static final String CITATION_FOLLOWERS = "的》〉）)、，,。；";

    /** A reference found in a text, with where it stands. */
    public record Found(ArticleRef ref, int start, int end) {
    }

    /** Every reference in {@code text}, in order; a numeral that is no number is passed over. */
    public static List<Found> findAll(CharSequence text) {
        List<Found> found = new ArrayList<>();
        Matcher m = FORM.matcher(text);
        while (m.find()) {
            of(m).ifPresent(found::add);
        }
        return found;
    }

    /** The reference {@code text} starts with, if it starts with one. */
    public static Optional<Found> leading(CharSequence text) {
        Matcher m = FORM.matcher(text);
        return m.lookingAt() ? of(m) : Optional.empty();
    }

    /**
     * The heading {@code paragraph} opens with: a reference at its start that the next character
     * does not show to be a citation.
     */
    public static Optional<Found> heading(CharSequence paragraph) {
        return leading(paragraph).filter(f -> f.end() == paragraph.length()
                || CITATION_FOLLOWERS.indexOf(paragraph.charAt(f.end())) < 0);
    }

    /** {@code text} read whole as one reference, spaces ignored: 第十六条, 第 9 条, 第四章. */
    public static Optional<ArticleRef> parse(String text) {
        String compact = text == null ? "" : text.replaceAll("\\s+", "");
        return leading(compact).filter(f -> f.end() == compact.length()).map(Found::ref);
    }

    /**
     * An article number as written in a URL or a box: 16, 十六, 第十六条, 16-1, 十六之一 (the
     * article and 之 may be left out, and a hyphen stands for 之).
     */
    public static Optional<ArticleRef> parseArticleNumber(String text) {
        String compact = text == null ? "" : text.replaceAll("\\s+", "");
        if (compact.isEmpty()) {
            return Optional.empty();
        }
        String written = compact.startsWith("第") ? compact : "第" + compact;
        if (written.indexOf(ARTICLE) < 0) {
            String[] parts = written.split("[-之]", 2);
            written = parts[0] + ARTICLE + (parts.length > 1 ? "之" + parts[1] : "");
        }
        return parse(written).filter(ArticleRef::isArticle);
    }

    public boolean isArticle() {
        return level == ARTICLE;
    }

    /** As a document labels it: 第十六条, 第四章, 第三百零七条之一. */
    public String label() {
        return label(level, number, sub);
    }

    /** The label of division {@code number} (之{@code sub}, or 0) at {@code level}. */
    public static String label(char level, int number, int sub) {
        return "第" + ChineseNumerals.format(number) + level + (sub > 0 ? "之" + ChineseNumerals.format(sub) : "");
    }

    /** Orders articles as a document does: 第十条, 第十条之一, 第十一条. */
    public long sortKey() {
        return number * 1_000L + sub;
    }

    private static Optional<Found> of(Matcher m) {
        OptionalInt number = ChineseNumerals.parse(m.group(1));
        if (number.isEmpty()) {
            return Optional.empty();
        }
        int sub = m.group(3) == null ? 0 : ChineseNumerals.parse(m.group(3)).orElse(0);
        return Optional.of(new Found(new ArticleRef(m.group(2).charAt(0), number.getAsInt(), sub), m.start(), m.end()));
    }
}
