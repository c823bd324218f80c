package cn.policyportal.ledger;

import java.util.List;

/** A report with the measure it is about, as the office reviews it. */
public record ReportEntry(Report report, String task, List<String> leadDepts, String measureUrl) {
}
