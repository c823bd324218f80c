package cn.policyportal.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;

import cn.policyportal.text.ChineseNumerals;

/** Splits an article's paragraphs into 款 (paragraphs), 项 （一） and 目 1. units. */
final class ArticleClauses {

    private ArticleClauses() {
    }

    static List<Unit> of(String articlePath, List<String> paragraphs) {
        List<Unit> clauses = new ArrayList<>();
        List<Unit> items = new ArrayList<>();
        List<Unit> subitems = new ArrayList<>();
        String clausePath = null;
        String itemPath = null;
        String clauseText = null;
        String itemText = null;
        int clauseNo = 0;
        for (String p : paragraphs) {
            Matcher item = Headings.ITEM.matcher(p);
            Matcher sub = Headings.SUBITEM.matcher(p);
            OptionalInt itemNo = item.matches() ? ChineseNumerals.parse(item.group(1)) : OptionalInt.empty();
            if (itemNo.isPresent() && clausePath != null) {
                flushItem(items, itemPath, itemText, subitems);
                itemPath = clausePath + "/i" + itemNo.getAsInt();
                itemText = p;
            } else if (sub.matches() && itemPath != null) {
                subitems.add(new Unit(UnitKind.SUBITEM, itemPath + "/m" + sub.group(1), sub.group(1) + ".", null,
                        Integer.parseInt(sub.group(1)), 0, List.of(p), List.of()));
            } else {
                flushItem(items, itemPath, itemText, subitems);
                flushClause(clauses, clausePath, clauseNo, clauseText, items);
                itemPath = null;
                clauseNo++;
                clausePath = articlePath + "/k" + clauseNo;
                clauseText = p;
            }
        }
        flushItem(items, itemPath, itemText, subitems);
        flushClause(clauses, clausePath, clauseNo, clauseText, items);
        return clauses;
    }

    private static void flushItem(List<Unit> items, String path, String text, List<Unit> subitems) {
        if (path != null) {
            String number = path.substring(path.lastIndexOf("/i") + 2);
            items.add(new Unit(UnitKind.ITEM, path, "（" + ChineseNumerals.format(Integer.parseInt(number)) + "）", null,
                    Integer.parseInt(number), 0, List.of(text), subitems));
            subitems.clear();
        }
    }

    private static void flushClause(List<Unit> clauses, String path, int number, String text, List<Unit> items) {
        if (path != null) {
            clauses.add(new Unit(UnitKind.CLAUSE, path, "第" + ChineseNumerals.format(number) + "款", null, number, 0,
                    List.of(text), items));
            items.clear();
        }
    }
}
