package cn.policyportal.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the 通报 says, before it is written as Word or HTML.
 *
 * @param title       the document's title
 * @param round       the round it reports on, or {@code null}
 * @param total       measures covered
 * @param byStatus    their count by status code, in {@link MeasureStatus} order: equal to {@code /api/stats/measures?by=status}
 * @param byState     the round's sent reports counted by 完成情况 label
 * @param reported    measures of the round with a report sent
 * @param accepted    of these, accepted
 * @param departments one row per lead department
 * @param overdue     the overdue measures with what their reports say
 * @param evidence    every evidence file of the round: measure task and file name
 */
public record ProgressSummary(String title, LocalDate asOf, Round round, int total, Map<String, Integer> byStatus,
                              Map<String, Integer> byState, int reported, int accepted, List<DepartmentRow> departments,
                              List<OverdueRow> overdue, List<String[]> evidence) {

    /** One lead department's line of the table. */
    public record DepartmentRow(String department, int total, Map<String, Integer> byStatus, int reported) {
    }

    /** An overdue measure: its task, departments, due date and the reason its report gives. */
    public record OverdueRow(String task, String departments, LocalDate due, String reason) {
    }

    /** The summary sentence: 截至2026年12月7日，在46项举措中，已完成X项，…… */
    public String sentence() {
        StringBuilder s = new StringBuilder("截至").append(asOf.getYear()).append('年').append(asOf.getMonthValue())
                .append('月').append(asOf.getDayOfMonth()).append("日，在").append(total).append("项举措中");
        for (MeasureStatus status : MeasureStatus.values()) {
            s.append('，').append(status.label()).append(byStatus.get(status.code())).append('项');
        }
        s.append('。');
        if (round != null) {
            s.append("“").append(round.name()).append("”中，各部门已报送").append(reported).append("项，审核通过")
                    .append(accepted).append("项");
            byState.forEach((label, n) -> s.append("，自报").append(label).append(n).append('项'));
            s.append('。');
        }
        return s.toString();
    }
}
