package cn.policyportal.search;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.policyportal.structure.ChineseNumerals;

/**
 * A reference to a unit as people type it: 巡视工作协作配合实施办法第十六条, 《党建工作督查实施办法（试行）》第九条,
 * 督查办法 第9条, 第十六条, 实施办法第四章, 2001年信托法第二十条.
 *
 * @param title  the document part, or empty when only the unit is named
 * @param year   a year named with the title, to pick one version
 * @param level  条, 章, 节 or 编
 * @param number the unit's number
 * @param sub    N of 第X条之N, else 0
 */
public record ClauseQuery(String title, Integer year, String level, int number, int sub) {

    private static final Pattern FORM = Pattern.compile(
            "^\\s*(.*?)\\s*第\\s*([0-9０-９零〇一二两三四五六七八九十百千]+)\\s*([条章节编])(?:之([一二三四五六七八九十]+))?\\s*$");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年?(?:版|修订|修正)?");

    /** Reads {@code text} as a clause reference, if it is one. */
    public static Optional<ClauseQuery> parse(String text) {
        if (text == null || text.length() > 120) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        OptionalInt number = ChineseNumerals.parse(m.group(2));
        if (number.isEmpty() || number.getAsInt() == 0) {
            return Optional.empty();
        }
        int sub = m.group(4) == null ? 0 : ChineseNumerals.parse(m.group(4)).orElse(0);
        String title = m.group(1).replaceAll("[《》\"“”]", "").strip();
        Integer year = null;
        Matcher y = YEAR.matcher(title);
        if (y.find()) {
            year = Integer.parseInt(y.group(1));
            title = (title.substring(0, y.start()) + title.substring(y.end())).replaceAll("[（(]\\s*[）)]", "").strip();
        }
        return Optional.of(new ClauseQuery(title, year, m.group(3), number.getAsInt(), sub));
    }

    /** The unit as a document labels it: 第十六条, 第四章, 第三百零七条之一. */
    public String label() {
        return "第" + ChineseNumerals.format(number) + level + (sub > 0 ? "之" + ChineseNumerals.format(sub) : "");
    }
}
