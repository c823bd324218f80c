package cn.policyportal.measures;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Where a measure stands on a given date. */
public enum MeasureStatus {
    COMPLETED("已完成"),
    OVERDUE("已逾期"),
    IN_PROGRESS("推进中"),
    ONGOING("持续推进"),
    UNSCHEDULED("未定期限");

    private final String label;

    MeasureStatus(String label) {
        this.label = label;
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
