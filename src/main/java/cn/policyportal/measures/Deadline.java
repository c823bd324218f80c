package cn.policyportal.measures;

import java.time.LocalDate;
import java.util.List;

/**
 * A 时间期限 as written and as dates.
 *
 * @param text       the original text, or {@code null} when the measure states none
 * @param kind       what sort of deadline it is
 * @param milestones the dates it names, in the order written
 */
public record Deadline(String text, Kind kind, List<LocalDate> milestones) {

    /** What sort of deadline a text states. */
    public enum Kind {
        /** One or more dates: 2021年9月底前完成. */
        DATE,
        /** Continuing work, possibly with dated steps: 持续推进, 长期坚持. */
        ONGOING,
        /** Repeated every year: 从2021年开始每年部署. */
        RECURRING,
        /** Stated but without a date: 按照国家有关部门工作推进进度. */
        UNSPECIFIED,
        /** No 时间期限 at all. */
        NONE
    }

    /** The deadline of a measure that states none. */
    public static final Deadline NONE = new Deadline(null, Kind.NONE, List.of());

    public Deadline {
        milestones = List.copyOf(milestones);
    }

    /** The due date: the first milestone, or {@code null}. */
    public LocalDate due() {
        return milestones.isEmpty() ? null : milestones.get(0);
    }
}
