package cn.policyportal.search;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.policyportal.structure.ChineseNumerals;

/**
 * An article number as written in a URL or a box: 16, 十六, 第十六条, 16-1, 十六之一.
 *
 * @param number the article number
 * @param sub    N of 之N, else 0
 */
record ArticleNumber(int number, int sub) {

    private static final Pattern FORM = Pattern.compile(
            "^第?\\s*([0-9０-９零〇一二两三四五六七八九十百千]+)\\s*条?\\s*(?:(?:之|-)\\s*([0-9一二三四五六七八九十]+))?$");

    /**
     * Reads {@code text}.
     *
     * @throws InvalidQueryException when it is not an article number
     */
    static ArticleNumber parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.strip());
        OptionalInt number = m.matches() ? ChineseNumerals.parse(m.group(1)) : OptionalInt.empty();
        if (number.isEmpty() || number.getAsInt() < 1) {
            throw new InvalidQueryException("“" + text + "”不是条文序号，请写成 16、十六 或 第十六条");
        }
        int sub = m.group(2) == null ? 0 : ChineseNumerals.parse(m.group(2)).orElse(0);
        return new ArticleNumber(number.getAsInt(), sub);
    }

    String label() {
        return "第" + ChineseNumerals.format(number) + "条" + (sub > 0 ? "之" + ChineseNumerals.format(sub) : "");
    }
}
