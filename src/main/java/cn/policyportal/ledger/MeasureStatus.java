package cn.policyportal.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import cn.policyportal.measures.Deadline;
import cn.policyportal.measures.Measure;

/** Where a measure stands on a given date. */
public enum MeasureStatus {
    COMPLETED("已完成", "#2e7d32"),
    OVERDUE("已逾期", "#c62828"),
    IN_PROGRESS("推进中", "#1565c0"),
    ONGOING("持续推进", "#ef8f00"),
    UNSCHEDULED("未定期限", "#8a8a8a");

    private final String label;
    private final String color;

    MeasureStatus(String label, String color) {
        this.label = label;
        this.color = color;
    }

    /** The colour charts and badges give it: red for overdue, green for done. */
    public String color() {
        return color;
    }

    /** The Chinese label the portal shows. */
    public String label() {
        return label;
    }

    /** The code used in URLs and JSON, such as {@code in_progress}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status with {@code code}, or {@code null}. */
    public static MeasureStatus ofCode(String code) {
        for (MeasureStatus s : values()) {
            if (s.code().equals(code)) {
                return s;
            }
        }
        return null;
    }

    /**
     * The status of {@code measure} on {@code asOf}: completed when the latest change recorded on or
     * before that day is a completion; else overdue or in progress by its due date; else ongoing
     * (continuing or yearly work without a date); else unscheduled.
     *
     * @param history the recorded changes, oldest first
     */
    public static MeasureStatus of(Measure measure, List<StatusChange> history, LocalDate asOf) {
        StatusChange latest = null;
        for (StatusChange change : history) {
            if (!change.date().isAfter(asOf)) {
                latest = change;
            }
        }
        if (latest != null && latest.completed()) {
            return COMPLETED;
        }
        LocalDate due = measure.deadline().due();
        if (due != null) {
            return due.isBefore(asOf) ? OVERDUE : IN_PROGRESS;
        }
        Deadline.Kind kind = measure.deadline().kind();
        return kind == Deadline.Kind.ONGOING || kind == Deadline.Kind.RECURRING ? ONGOING : UNSCHEDULED;
    }
}
