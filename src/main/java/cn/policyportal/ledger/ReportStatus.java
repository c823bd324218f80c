package cn.policyportal.ledger;

import java.util.Locale;

/** Where a report is in its review. */
public enum ReportStatus {
    /** Saved by the department, not yet sent. */
    DRAFT("草稿"),
    /** Sent, waiting for the office. */
    SUBMITTED("待审核"),
    /** Sent back by the office with a reason; the department resubmits. */
    RETURNED("已退回"),
    /** Accepted by the office; it can no longer change. */
    ACCEPTED("已通过");

    private final String label;

    ReportStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the report counts as sent (报送): under review or accepted. */
    public boolean sent() {
        return this == SUBMITTED || this == ACCEPTED;
    }

    static ReportStatus ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
