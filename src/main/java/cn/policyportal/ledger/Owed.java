package cn.policyportal.ledger;

import java.util.List;

/**
 * What one department still owes: the measures it leads without a report sent in the round, its
 * returned reports, and its overdue and soon-due measures.
 */
public record Owed(String department, Round round, List<MeasureView> unreported, List<MyMeasure> returned,
                   List<MeasureView> overdue, List<MeasureView> dueSoon) {
}
