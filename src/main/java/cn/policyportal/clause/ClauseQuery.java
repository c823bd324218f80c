package cn.policyportal.clause;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.policyportal.text.ArticleRef;

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

    /**
     * A year that names a version: before the title (2008年专利法), in brackets (公司法（2018年修正）,
     * 信托法(2001)) or with 版/修订/修正; not a year that is part of a title (2021年度考核办法,
     * 2035年远景目标纲要, 2021—2025年发展规划).
     */
    private static final Pattern YEAR = Pattern.compile("^((?:19|20)\\d{2})年(?:版|修订|修正)?(?!度)"
            + "|[（(]((?:19|20)\\d{2})年?(?:版|修订|修正)?[)）]"
            + "|((?:19|20)\\d{2})年?(?:版|修订|修正)");

    /** Reads {@code text} as a clause reference, if it is one. */
    public static Optional<ClauseQuery> parse(String text) {
        if (text == null || text.length() > 120) {
            return Optional.empty();
        }
        // Spaces may stand anywhere in a reference typed by hand (督查办法 第 9 条); titles never need them.
        String compact = text.replaceAll("\\s+", "");
        List<ArticleRef.Found> refs = ArticleRef.findAll(compact);
        if (refs.isEmpty() || refs.get(refs.size() - 1).end() != compact.length()) {
            return Optional.empty();
        }
        ArticleRef.Found last = refs.get(refs.size() - 1);
        if (last.ref().number() == 0) {
            return Optional.empty();
        }
        String title = compact.substring(0, last.start()).replaceAll("[《》\"“”]", "");
        Integer year = null;
        Matcher y = YEAR.matcher(title);
        if (y.find()) {
            year = Integer.parseInt(y.group(1) != null ? y.group(1) : y.group(2) != null ? y.group(2) : y.group(3));
            title = (title.substring(0, y.start()) + title.substring(y.end())).replaceAll("[（(]\\s*[）)]", "").strip();
        }
        return Optional.of(new ClauseQuery(title, year, String.valueOf(last.ref().level()), last.ref().number(),
                last.ref().sub()));
    }

    /** The unit as a document labels it: 第十六条, 第四章, 第三百零七条之一. */
    public String label() {
        return ArticleRef.label(level.charAt(0), number, sub);
    }
}
