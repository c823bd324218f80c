package cn.policyportal.ledger;

import java.util.ArrayList;
import java.util.List;

/**
 * A round's scope in the words the office uses on a notice: 全部举措, 《分工方案》中的举措, or a filter
 * spelled out (牵头部门为科研处、状态为已逾期的举措，共3项).
 */
final class ScopeLabel {

    private ScopeLabel() {
    }

    static String everyMeasure() {
        return "全部举措";
    }

    static String document(String title) {
        return "《" + title + "》中的举措";
    }

    /** {@code filter} spelled out, with the number of measures it selected; {@code docTitle} names its document. */
    static String of(MeasureQuery filter, String docTitle, int count) {
        List<String> parts = new ArrayList<>();
        if (filter.docId() != null) {
            parts.add("所属文件为《" + (docTitle == null ? filter.docId() : docTitle) + "》");
        }
        add(parts, "牵头部门为", filter.leadDept());
        add(parts, "协助部门为", filter.assistDept());
        add(parts, "牵头院领导为", filter.leader());
        if (!filter.statuses().isEmpty()) {
            parts.add("状态为" + String.join("或", filter.statuses().stream().sorted()
                    .map(code -> MeasureStatus.ofCode(code).label()).toList()));
        }
        if (filter.dueFrom() != null || filter.dueTo() != null) {
            parts.add(dueRange(filter));
        }
        if (filter.dueWithin() != null) {
            parts.add(filter.dueWithin() + "天内到期");
        }
        if (filter.ids() != null) {
            parts.add("此前轮次中未报送");
        }
        if (filter.text() != null) {
            parts.add("含“" + filter.text() + "”");
        }
        return String.join("、", parts) + "的举措，共" + count + "项";
    }

    private static void add(List<String> parts, String prefix, String value) {
        if (value != null) {
            parts.add(prefix + value);
        }
    }

    private static String dueRange(MeasureQuery filter) {
        if (filter.dueFrom() == null) {
            return "截止日期不晚于" + filter.dueTo();
        }
        if (filter.dueTo() == null) {
            return "截止日期不早于" + filter.dueFrom();
        }
        return "截止日期在" + filter.dueFrom() + "至" + filter.dueTo() + "之间";
    }
}
